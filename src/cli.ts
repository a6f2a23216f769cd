#!/usr/bin/env node
/**
 * `npx newsfacts <files|dirs|->`: extract facts from articles on disk or
 * stdin, on all cores, and print a readable digest or JSON. Bad inputs are
 * reported on stderr and skipped; the exit code says whether any failed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractMany, mergeArticles, type Extraction, type ManyInput } from './node/index.js';

const USAGE = `Usage: newsfacts [options] <file|dir|->...

Extracts dates, actors, meetings and stated positions from English news articles.

Inputs
  FILE.txt, FILE.md     an article as plain text
  FILE.html, FILE.htm   an article as HTML: tags, scripts and styles are stripped and
                        entities decoded; offsets refer to the stripped text, which
                        --json/--jsonl output includes as "text"
  FILE.jsonl            one article per line: {"id": "...", "text": "...", "publishedAt": "YYYY-MM-DD"}
  DIR                   every .txt/.md/.html/.htm/.jsonl file below it, in name order
  -                     stdin: JSONL when every non-empty line is such an object, else one article

Options
  --json                print one JSON document: an array of {id, source, text?, extraction},
                        or the Digest with --merge
  --jsonl               print one JSON line per article as soon as it is done
  --merge               merge all articles into one Digest (mergeArticles): one story
  --published-at DATE   publication date for articles that give none (else inferred)
  --only LIST           comma-separated lists to keep: dates,actors,meetings,positions
                        (JSON keeps actors too when meetings or positions are kept)
  --concurrency N       worker threads (default: all cores; 1 extracts in the main thread)
  --no-progress         never draw the progress bar (it is drawn on stderr only when
                        stderr is a terminal)
  -h, --help            this help

Exit status: 0 when every input was read and extracted, 1 when any failed (each
failure is reported on stderr and skipped), 2 for a usage error.`;

const LISTS = ['dates', 'actors', 'meetings', 'positions'] as const;
type ListName = (typeof LISTS)[number];
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.jsonl']);

interface Args {
  inputs: string[];
  json: boolean;
  jsonl: boolean;
  merge: boolean;
  publishedAt?: string;
  only?: ListName[];
  concurrency?: number;
  progress: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { inputs: [], json: false, jsonl: false, merge: false, progress: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--merge') args.merge = true;
    else if (a === '--no-progress') args.progress = false;
    else if (a === '--published-at') args.publishedAt = value();
    else if (a === '--only') {
      const names = value().split(',').map((s) => s.trim()).filter(Boolean);
      for (const n of names) if (!(LISTS as readonly string[]).includes(n)) throw new UsageError(`--only: unknown list "${n}" (use ${LISTS.join(', ')})`);
      args.only = names as ListName[];
    } else if (a === '--concurrency') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--concurrency must be a whole number >= 1');
      args.concurrency = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError('no input: give files, directories or - for stdin');
  if (args.json && args.jsonl) throw new UsageError('--json and --jsonl are exclusive');
  if (args.merge && args.jsonl) throw new UsageError('--merge prints one Digest: use --json or the readable output');
  return args;
}

// ---------------------------------------------------------------------------
// Reading inputs.

interface Article {
  id: string;
  source: string;
  text: string;
  publishedAt?: string;
  /** Whether the text was stripped from HTML (then JSON output includes it). */
  stripped: boolean;
}

/** Every file below a directory with a known extension, in name order. */
function filesIn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...filesIn(path));
    else if (TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
  }
  return out;
}

const ENTITIES: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' });

/** HTML → text: scripts, styles and tags removed (block tags become line breaks), entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[code.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function jsonlArticles(content: string, source: string): Article[] {
  const out: Article[] = [];
  content.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${n + 1}: not valid JSON`);
    }
    const r = record as { id?: unknown; text?: unknown; publishedAt?: unknown };
    if (!r || typeof r !== 'object' || typeof r.text !== 'string') throw new Error(`${source}:${n + 1}: expected {"id", "text", "publishedAt"}`);
    out.push({
      id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `${source}:${n + 1}`,
      source: `${source}:${n + 1}`,
      text: r.text,
      publishedAt: typeof r.publishedAt === 'string' ? r.publishedAt : undefined,
      stripped: false,
    });
  });
  return out;
}

function looksLikeJsonl(content: string): boolean {
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => /^\s*\{/.test(l) && /"text"\s*:/.test(l));
}

function articlesOf(path: string, content: string): Article[] {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || (path === '-' && looksLikeJsonl(content))) return jsonlArticles(content, path === '-' ? 'stdin' : path);
  if (ext === '.html' || ext === '.htm') return [{ id: path, source: path, text: htmlToText(content), stripped: true }];
  return [{ id: path === '-' ? 'stdin' : path, source: path === '-' ? 'stdin' : path, text: content, stripped: false }];
}

// ---------------------------------------------------------------------------
// Output.

function keepOnly(x: Extraction, only: ListName[] | undefined): Partial<Extraction> {
  if (!only) return x;
  const out: Partial<Extraction> = { publishedAt: x.publishedAt };
  // Meetings and positions name actors by id: the actors come along.
  const names = only.includes('meetings') || only.includes('positions') ? [...new Set<ListName>([...only, 'actors'])] : only;
  for (const name of names) (out as Record<string, unknown>)[name] = x[name];
  return out;
}

function readable(article: Article, x: Extraction, only: ListName[] | undefined): string {
  const show = (name: ListName): boolean => !only || only.includes(name);
  const nameOf = (id: string): string => x.actors.find((a) => a.id === id)?.name ?? id;
  const lines = [`== ${article.source}  (published ${x.publishedAt.value ?? 'unknown'}, ${x.publishedAt.source})`];
  if (show('dates')) lines.push(`dates (${x.dates.length}): ${x.dates.map((d) => `${d.span.text} = ${d.value}`).join('; ')}`);
  if (show('actors')) lines.push(`actors (${x.actors.length}): ${x.actors.map((a) => `${a.name} [${a.type}]`).join('; ')}`);
  if (show('meetings')) {
    lines.push(`meetings (${x.meetings.length}):`);
    for (const m of x.meetings) lines.push(`  ${m.kind} ${m.status}: ${m.participants.map(nameOf).join(', ')}${m.date ? ` on ${m.date.value}` : ''}${m.location ? ` in ${m.location.name}` : ''}`);
  }
  if (show('positions')) {
    lines.push(`positions (${x.positions.length}):`);
    for (const p of x.positions) lines.push(`  ${nameOf(p.holder)} (${p.stance}, ${p.form}): ${p.content.text.length > 100 ? `${p.content.text.slice(0, 99)}…` : p.content.text}`);
  }
  return lines.join('\n');
}

/** A progress bar on stderr: done/total, rate and ETA, redrawn at most every 100 ms. */
function progressBar(total: number, enabled: boolean): { tick(): void; done(): void } {
  if (!enabled) return { tick: () => undefined, done: () => undefined };
  const started = Date.now();
  let count = 0;
  let last = 0;
  const draw = (): void => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const eta = rate > 0 ? Math.ceil((total - count) / rate) : 0;
    const width = 24;
    const filled = total > 0 ? Math.round((count / total) * width) : width;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} articles · ${rate.toFixed(1)}/s · ETA ${eta}s `);
  };
  return {
    tick(): void {
      count++;
      const now = Date.now();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done(): void {
      draw();
      process.stderr.write('\n');
    },
  };
}

// ---------------------------------------------------------------------------

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`newsfacts: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = 0;
  const fail = (what: string, e: unknown): void => {
    failed++;
    process.stderr.write(`\nnewsfacts: skipped ${what}: ${e instanceof Error ? e.message : String(e)}\n`);
  };
  // Read every input first (the progress bar needs the total); a bad file is reported and skipped.
  const articles: Article[] = [];
  for (const input of args.inputs) {
    try {
      if (input === '-') {
        articles.push(...articlesOf('-', await readStdin()));
        continue;
      }
      const paths = statSync(input).isDirectory() ? filesIn(input) : [input];
      for (const path of paths) {
        try {
          const bytes = readFileSync(path);
          const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          articles.push(...articlesOf(path, content));
        } catch (e) {
          fail(path, e instanceof TypeError ? new Error('not UTF-8 text') : e);
        }
      }
    } catch (e) {
      fail(input, e);
    }
  }
  const bar = progressBar(articles.length, args.progress && process.stderr.isTTY === true);
  const inputs: ManyInput[] = articles.map((a) => ({ id: a.id, text: a.text, publishedAt: a.publishedAt ?? args.publishedAt }));
  const done: Array<{ article: Article; extraction: Extraction }> = [];
  const json: unknown[] = [];
  for await (const r of extractMany(inputs, { concurrency: args.concurrency })) {
    bar.tick();
    const article = articles[r.index]!;
    if (r.error) {
      fail(article.source, r.error);
      continue;
    }
    if (args.merge) done.push({ article, extraction: r.extraction });
    else if (args.jsonl) process.stdout.write(`${JSON.stringify({ id: article.id, source: article.source, ...(article.stripped ? { text: article.text } : {}), extraction: keepOnly(r.extraction, args.only) })}\n`);
    else if (args.json) json.push({ id: article.id, source: article.source, ...(article.stripped ? { text: article.text } : {}), extraction: keepOnly(r.extraction, args.only) });
    else process.stdout.write(`${readable(article, r.extraction, args.only)}\n\n`);
  }
  bar.done();
  if (args.merge) {
    const digest = mergeArticles(done.map((d) => d.extraction), { ids: done.map((d) => d.article.id) });
    process.stdout.write(args.json ? `${JSON.stringify(digest, null, 2)}\n` : `${readableDigest(digest)}\n`);
  } else if (args.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (failed) process.stderr.write(`newsfacts: ${failed} input(s) failed\n`);
  return failed ? 1 : 0;
}

function readableDigest(d: ReturnType<typeof mergeArticles>): string {
  const nameOf = (id: string): string => d.actors.find((a) => a.id === id)?.name ?? id;
  const lines = [`== digest of ${d.articles.length} articles: ${d.actors.length} actors, ${d.meetings.length} meetings, ${d.positions.length} positions`];
  for (const id of d.timeline) {
    const m = d.meetings.find((x) => x.id === id)!;
    lines.push(`  ${m.date?.value ?? 'undated'}  ${m.kind} ${m.status}: ${m.participants.map(nameOf).join(', ')}${m.location ? ` in ${m.location.name}` : ''}  (${m.sources.length} article(s))`);
  }
  return lines.join('\n');
}

// Run when executed (not when imported by a test).
const invoked = process.argv[1] ?? '';
if (/cli\.(js|ts|mjs)$/.test(invoked) || /newsfacts$/.test(invoked)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`newsfacts: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
