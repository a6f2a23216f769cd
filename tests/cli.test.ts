/**
 * The CLI (`dist/cli.js`, the package's `bin`) and `extractMany` from
 * `newsfacts/node`, run from the built package as a user runs them: files,
 * directories, stdin JSONL, HTML, a bad file among good ones, --merge, and the
 * progress bar drawn in a pseudo-terminal (util-linux `script`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const FIXTURE = join(ROOT, 'fixtures/000_6a2d887f5964f505.txt');

beforeAll(() => {
  // The CLI and the worker threads run the built files: build once when missing.
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/worker.js'))) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 180_000);

function run(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('newsfacts CLI', () => {
  it('documents every flag in --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--json', '--jsonl', '--merge', '--published-at', '--only', '--concurrency', '--no-progress', '--help']) expect(r.stdout).toContain(flag);
  });

  it('prints a readable digest of a file', () => {
    const r = run([FIXTURE, '--published-at', '2021-12-28', '--concurrency', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('meetings (4):');
    expect(r.stdout).toContain('talks planned: Russia, United States on 2022-01-10 in Geneva');
  });

  it('reports a bad file, skips it, goes on, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0xfd]));
    const r = run([join(dir, 'missing.txt'), join(dir, 'bad.txt'), FIXTURE, '--only', 'dates']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('bad.txt: not UTF-8 text');
    expect(r.stdout).toContain('dates (');
  });

  it('reads JSONL from stdin and streams JSON lines in input order', () => {
    const input = [
      JSON.stringify({ id: 'first', text: 'Iran denied supplying drones to Russia.', publishedAt: '2023-01-01' }),
      JSON.stringify({ id: 'second', text: 'China rejected the accusations.' }),
    ].join('\n');
    const r = run(['-', '--jsonl', '--only', 'positions', '--concurrency', '2'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; extraction: { positions: unknown[]; actors: unknown[] } });
    expect(lines.map((l) => l.id)).toEqual(['first', 'second']);
    expect(lines[0]!.extraction.positions).toHaveLength(1);
    expect(lines[0]!.extraction.actors.length).toBeGreaterThan(0);
  });

  it('strips HTML and reports offsets into the text it returns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
    const file = join(dir, 'a.html');
    writeFileSync(file, '<html><head><style>p{}</style></head><body><h1>Talks</h1><p>Iran and Saudi Arabia will hold talks in Baghdad on March&nbsp;20.</p></body></html>');
    const r = run([file, '--json', '--published-at', '2023-03-15']);
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout) as Array<{ text: string; extraction: { dates: Array<{ span: { start: number; end: number; text: string } }> } }>;
    expect(doc!.text).not.toContain('<');
    for (const d of doc!.extraction.dates) expect(doc!.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
    expect(doc!.extraction.dates.map((d) => d.span.text)).toContain('March 20');
  });

  it('merges a folder into one digest with --merge', () => {
    const r = run([join(ROOT, 'fixtures'), '--merge', '--json', '--concurrency', '2']);
    expect(r.code).toBe(0);
    const digest = JSON.parse(r.stdout) as { articles: string[]; meetings: Array<{ sources: unknown[] }>; timeline: string[] };
    expect(digest.articles).toHaveLength(5);
    expect(digest.timeline.length).toBe(digest.meetings.length);
  });

  it('draws a progress bar with rate and ETA on a terminal', () => {
    const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) return; // util-linux `script` is missing: nothing to drive a pseudo-terminal with
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${JSON.stringify(join(ROOT, 'fixtures'))} --only dates --concurrency 1`;
    const r = spawnSync('script', ['-q', '-e', '-c', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[#+-*\] 5\/5 articles · [\d.]+\/s · ETA \d+s/);
    // Not on a pipe: the same run without a terminal draws nothing.
    expect(run([join(ROOT, 'fixtures'), '--only', 'dates', '--concurrency', '1']).stderr).not.toContain('articles ·');
  });
});

describe('extractMany (newsfacts/node)', () => {
  it('streams results in input order on worker threads, an error in its place', async () => {
    const { extractMany } = (await import(join(ROOT, 'dist/node.js'))) as typeof import('../src/node/index.js');
    const texts = ['Iran denied supplying drones to Russia.', 'Officials from Armenia and Azerbaijan will hold talks in Washington on May 1.', 'China rejected the accusations.'];
    const inputs = [texts[0]!, { id: 'x', text: texts[1]!, publishedAt: '2023-03-15' }, 42 as unknown as string, texts[2]!];
    const results = [];
    for await (const r of extractMany(inputs, { concurrency: 2 })) results.push(r);
    expect(results.map((r) => r.id)).toEqual(['0', 'x', '2', '3']);
    expect(results[2]!.error).toBeInstanceOf(Error);
    expect(results[1]!.extraction).toEqual(extract(texts[1]!, { publishedAt: '2023-03-15' }));
    expect(results[3]!.extraction?.positions).toHaveLength(1);
  }, 60_000);
});
