/**
 * Throughput benchmark: how much does extract() cost on top of the wink-nlp
 * analysis it is built on, and how do wink and chrono compare?
 *
 *   npm run bench                        # builds dist/, then runs this file
 *   npx tsx bench/bench.ts [--rounds N] [--size MB] [--warmup N] [--json]
 *
 * Corpus: the five fixture articles (fixtures/*.txt, each with the publishedAt
 * of its NNN.gold.json) repeated round-robin until the corpus holds --size MiB
 * of UTF-8 text. Articles stay separate: every contender is called once per
 * article, exactly as a user would call extract().
 *
 * Contenders, each measured in its OWN child process (this script re-spawns
 * itself with `--only <name>`) so that peak RSS figures don't mix and one
 * contender's JIT/GC state can't leak into another's timing:
 *
 *   readDoc   nlp.readDoc(text) then doc.tokens().out(). The nlp instance
 *             (winkNLP(model)) is created once, outside timing. wink runs its
 *             whole pipeline (tokenize, sentence split, NER, POS, ...) eagerly
 *             inside readDoc; tokens().out() is added so that the lazily built
 *             token collection and the string array of token values are
 *             counted too. This is the floor extract() stands on.
 *   chrono    chrono.casual.parse(text, refDate), refDate = the article's
 *             publishedAt as a Date (built once, outside timing).
 *   extract   extract(text, { publishedAt }) from the BUILT package
 *             (dist/index.js, imported dynamically), not from src/.
 *
 * Each child: build corpus → record baseline RSS → import its library → warm-up
 * pass(es) over the whole corpus (not timed; for extract this also pays the
 * lazy wink model load) → N timed rounds, each one pass over the corpus, with a
 * GC between rounds (--expose-gc) → report the median round as JSON on stdout.
 *
 * tokens/s is always "corpus tokens (as counted by wink) / time", for every
 * contender, so rows are comparable even though chrono doesn't tokenize with
 * wink. MB means MiB (2^20 bytes of UTF-8).
 *
 * Then, with plain `node` (no tsx) in fresh processes, median of 5 spawns each:
 * cold `await import(dist/index.js)`, cold `require(dist/index.cjs)`, and the
 * first extract() call after import (wink's model loads lazily on first use,
 * so that first call, not the import, pays for it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const FIXTURES = join(ROOT, 'fixtures');
const DIST_ESM = join(ROOT, 'dist', 'index.js');
const DIST_NODE = join(ROOT, 'dist', 'node.js');
const DIST_CJS = join(ROOT, 'dist', 'index.cjs');
const SELF = fileURLToPath(import.meta.url);
const MIB = 1024 * 1024;
const COLD_SPAWNS = 5;

const CONTENDERS = ['readDoc', 'chrono', 'extract'] as const;
type ContenderName = (typeof CONTENDERS)[number];

// ---------------------------------------------------------------------------
// Arguments

interface Args {
  rounds: number;
  sizeMB: number;
  warmup: number;
  json: boolean;
  only: ContenderName | undefined;
  /** Child mode: readDoc and extract() in alternating rounds in one process. */
  paired: boolean;
}

function usage(message: string): never {
  process.stderr.write(
    `bench: ${message}\nusage: tsx bench/bench.ts [--rounds N] [--size MB] [--warmup N] [--json]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { rounds: 5, sizeMB: 1, warmup: 1, json: false, only: undefined, paired: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--rounds': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) usage('--rounds must be an integer >= 1');
        args.rounds = n;
        break;
      }
      case '--size': {
        const n = Number(value());
        if (!Number.isFinite(n) || n <= 0) usage('--size must be a positive number of MB');
        args.sizeMB = n;
        break;
      }
      case '--warmup': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) usage('--warmup must be an integer >= 0');
        args.warmup = n;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--paired':
        args.paired = true;
        break;
      case '--only': {
        const v = value();
        if (!(CONTENDERS as readonly string[]).includes(v)) usage(`--only must be one of ${CONTENDERS.join(', ')}`);
        args.only = v as ContenderName;
        break;
      }
      case '-h':
      case '--help':
        usage('help');
        break;
      default:
        usage(`unknown argument ${flag}`);
    }
  }
  return args;
}

// ---------------------------------------------------------------------------
// Corpus

interface Article {
  id: string;
  text: string;
  publishedAt: string;
  ref: Date;
}

function loadFixtures(): Article[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no fixture articles in ${FIXTURES}`);
  return files.map((file) => {
    const id = file.slice(0, 3);
    const gold = JSON.parse(readFileSync(join(FIXTURES, `${id}.gold.json`), 'utf8')) as { publishedAt?: unknown };
    if (typeof gold.publishedAt !== 'string') throw new Error(`${id}.gold.json has no string publishedAt`);
    const ref = new Date(gold.publishedAt);
    if (Number.isNaN(ref.getTime())) throw new Error(`${id}.gold.json: bad publishedAt ${gold.publishedAt}`);
    return { id, text: readFileSync(join(FIXTURES, file), 'utf8'), publishedAt: gold.publishedAt, ref };
  });
}

interface Corpus {
  articles: Article[];
  bytes: number;
  fixtures: number;
}

/** Repeat the fixtures round-robin until at least `sizeMB` MiB of UTF-8 text. */
function buildCorpus(sizeMB: number): Corpus {
  const fixtures = loadFixtures();
  const target = sizeMB * MIB;
  const articles: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const a = fixtures[i % fixtures.length]!;
    articles.push(a);
    bytes += Buffer.byteLength(a.text, 'utf8');
  }
  return { articles, bytes, fixtures: fixtures.length };
}

// ---------------------------------------------------------------------------
// Child: measure one contender

/** Per-article work; the returned number feeds a checksum so nothing is optimised away. */
type Work = (a: Article) => number;

async function setup(name: ContenderName): Promise<Work> {
  switch (name) {
    case 'readDoc': {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model); // once, outside timing
      return (a) => {
        const doc = nlp.readDoc(a.text);
        return doc.tokens().out().length; // force the lazy token collection + value strings
      };
    }
    case 'chrono': {
      const chrono = await import('chrono-node');
      return (a) => chrono.casual.parse(a.text, a.ref).length;
    }
    case 'extract': {
      if (!existsSync(DIST_ESM)) throw new Error(`${DIST_ESM} not found: run \`npm run build\` first`);
      const lib = (await import(pathToFileURL(DIST_ESM).href)) as typeof import('../src/index.js');
      return (a) => {
        const r = lib.extract(a.text, { publishedAt: a.publishedAt });
        return r.dates.length + r.actors.length + r.meetings.length + r.positions.length + 1;
      };
    }
  }
}

interface ChildResult {
  name: ContenderName;
  articles: number;
  bytes: number;
  rounds: number[];
  medianMs: number;
  minMs: number;
  warmupMs: number[];
  checksum: number;
  /** Corpus token count according to wink (only the readDoc child knows it). */
  tokens: number | null;
  /** maxRSS after building the corpus, before importing the contender's library. */
  baseRssMB: number;
  /** Process-lifetime maxRSS (process.resourceUsage().maxRSS). */
  peakRssMB: number;
  /** Largest heapUsed seen after a round (before the between-rounds GC). */
  peakHeapMB: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function runChild(args: Args, name: ContenderName): Promise<ChildResult> {
  const corpus = buildCorpus(args.sizeMB);
  gc();
  const baseRssMB = maxRssMB();
  const work = await setup(name);

  const pass = (): { ms: number; sum: number } => {
    let sum = 0;
    const t0 = performance.now();
    for (const a of corpus.articles) sum += work(a);
    return { ms: performance.now() - t0, sum };
  };

  const warmupMs: number[] = [];
  for (let i = 0; i < args.warmup; i++) warmupMs.push(pass().ms);

  const rounds: number[] = [];
  let checksum = 0;
  let peakHeap = 0;
  for (let i = 0; i < args.rounds; i++) {
    gc();
    const { ms, sum } = pass();
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    rounds.push(ms);
    checksum = sum;
  }

  return {
    name,
    articles: corpus.articles.length,
    bytes: corpus.bytes,
    rounds,
    medianMs: median(rounds),
    minMs: Math.min(...rounds),
    warmupMs,
    checksum,
    tokens: name === 'readDoc' ? checksum : null,
    baseRssMB,
    peakRssMB: maxRssMB(),
    peakHeapMB: peakHeap / MIB,
  };
}

/**
 * The headline ratio: readDoc and extract() take turns, round by round, in one
 * process, and the ratio is the median of the per-round ratios. On a shared
 * machine, load that comes and goes then hits both sides of each ratio alike,
 * where separate processes (the table) can catch it on one side only.
 */
async function runPaired(args: Args): Promise<{ ratios: number[]; medianRatio: number }> {
  const corpus = buildCorpus(args.sizeMB);
  const readDoc = await setup('readDoc');
  const extract = await setup('extract');
  const pass = (work: Work): number => {
    const t0 = performance.now();
    for (const a of corpus.articles) work(a);
    return performance.now() - t0;
  };
  for (let i = 0; i < args.warmup; i++) (pass(readDoc), pass(extract));
  const ratios: number[] = [];
  for (let i = 0; i < Math.max(args.rounds, 5); i++) {
    gc();
    const r = pass(readDoc);
    gc();
    ratios.push(pass(extract) / r);
  }
  return { ratios, medianRatio: median(ratios) };
}

function spawnPaired(args: Args): { ratios: number[]; medianRatio: number } {
  const argv = [...process.execArgv, '--expose-gc', SELF, '--paired', '--rounds', String(args.rounds), '--size', String(args.sizeMB), '--warmup', String(args.warmup)];
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 16 * MIB });
  if (r.status !== 0) throw new Error(`child --paired failed (status ${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout) as { ratios: number[]; medianRatio: number };
}

// ---------------------------------------------------------------------------
// Parent: spawn children, cold-start probes, report

function spawnContender(args: Args, name: ContenderName): ChildResult {
  const argv = [
    ...process.execArgv, // tsx's --require/--import loader hooks
    '--expose-gc',
    SELF,
    '--only',
    name,
    '--rounds',
    String(args.rounds),
    '--size',
    String(args.sizeMB),
    '--warmup',
    String(args.warmup),
  ];
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 16 * MIB });
  if (r.status !== 0) {
    throw new Error(`child --only ${name} failed (status ${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`);
  }
  try {
    return JSON.parse(r.stdout) as ChildResult;
  } catch {
    throw new Error(`child --only ${name} printed something that isn't JSON:\n${r.stdout}\n${r.stderr}`);
  }
}

/** Run `node <nodeArgs>` (plain node, no tsx) `n` times; each prints {ms} JSON. */
/**
 * articles/s through `extractMany` with one thread and with every core, in a
 * fresh plain-node process importing the built `dist/node.js`.
 */
function multiCore(args: Args): { articles: number; rows: Array<{ concurrency: number; articlesPerSec: number }> } {
  const corpus = buildCorpus(args.sizeMB);
  const file = join(mkdtempSync(join(tmpdir(), 'newsfacts-bench-')), 'corpus.json');
  writeFileSync(file, JSON.stringify(corpus.articles.map((a) => ({ text: a.text, publishedAt: a.publishedAt }))));
  const cores = cpus().length;
  const script = `
    import { readFileSync } from 'node:fs';
    const { createBatchExtractor } = await import(${JSON.stringify(pathToFileURL(DIST_NODE).href)});
    const inputs = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));
    const out = [];
    for (const concurrency of [...new Set([1, ${cores}])]) {
      // One warm pool per setting: workers load the model once, as in a service.
      const batch = createBatchExtractor({ concurrency });
      const pass = async () => { const t0 = performance.now(); let n = 0; for await (const r of batch.extractMany(inputs)) if (r.extraction) n++; return n / ((performance.now() - t0) / 1000); };
      await pass();
      const rates = [await pass(), await pass(), await pass()].sort((a, b) => a - b);
      await batch.close();
      out.push({ concurrency, articlesPerSec: rates[1] });
    }
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`extractMany child failed: ${r.stderr}`);
  return { articles: corpus.articles.length, rows: JSON.parse(r.stdout.trim().split('\n').pop()!) };
}

function coldProbe(nodeArgs: string[], n: number): { medianMs: number; runs: number[] } {
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, nodeArgs, { encoding: 'utf8', cwd: ROOT });
    if (r.status !== 0) throw new Error(`cold probe failed (status ${r.status ?? r.signal}):\n${r.stderr}`);
    const { ms } = JSON.parse(r.stdout) as { ms: number };
    runs.push(ms);
  }
  return { medianMs: median(runs), runs };
}

interface ColdResults {
  esmImport: { medianMs: number; runs: number[] };
  cjsRequire: { medianMs: number; runs: number[] };
  firstExtract: { medianMs: number; runs: number[] };
  secondExtract: { medianMs: number; runs: number[] };
  firstExtractArticle: string;
}

function coldStart(): ColdResults {
  const esmUrl = JSON.stringify(pathToFileURL(DIST_ESM).href);
  const cjsPath = JSON.stringify(DIST_CJS);
  const ms = 'Number(process.hrtime.bigint() - t0) / 1e6';

  const esmImport = coldProbe(
    [
      '--input-type=module',
      '-e',
      `const t0 = process.hrtime.bigint(); await import(${esmUrl}); process.stdout.write(JSON.stringify({ ms: ${ms} }));`,
    ],
    COLD_SPAWNS,
  );
  const cjsRequire = coldProbe(
    ['-e', `const t0 = process.hrtime.bigint(); require(${cjsPath}); process.stdout.write(JSON.stringify({ ms: ${ms} }));`],
    COLD_SPAWNS,
  );

  // First extract() in a fresh process, after the import (timed separately above):
  // this is where the lazy winkNLP(model) happens. The second call is reported for contrast.
  const first = loadFixtures()[0]!;
  const fixturePath = JSON.stringify(join(FIXTURES, readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()[0]!));
  const firstSecond: Array<{ first: number; second: number }> = [];
  for (let i = 0; i < COLD_SPAWNS; i++) {
    const code = [
      `import { readFileSync } from 'node:fs';`,
      `const { extract } = await import(${esmUrl});`,
      `const text = readFileSync(${fixturePath}, 'utf8');`,
      `const opts = { publishedAt: ${JSON.stringify(first.publishedAt)} };`,
      `let t0 = process.hrtime.bigint(); extract(text, opts); const first = ${ms};`,
      `t0 = process.hrtime.bigint(); extract(text, opts); const second = ${ms};`,
      `process.stdout.write(JSON.stringify({ first, second }));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: ROOT });
    if (r.status !== 0) throw new Error(`first-extract probe failed (status ${r.status ?? r.signal}):\n${r.stderr}`);
    firstSecond.push(JSON.parse(r.stdout) as { first: number; second: number });
  }
  const firstRuns = firstSecond.map((x) => x.first);
  const secondRuns = firstSecond.map((x) => x.second);
  return {
    esmImport,
    cjsRequire,
    firstExtract: { medianMs: median(firstRuns), runs: firstRuns },
    secondExtract: { medianMs: median(secondRuns), runs: secondRuns },
    firstExtractArticle: `${first.id} (${Buffer.byteLength(first.text, 'utf8')} bytes)`,
  };
}

interface Row {
  name: ContenderName;
  articlesPerSec: number;
  tokensPerSec: number | null;
  mbPerSec: number;
  msPerArticle: number;
  peakRssMB: number;
  baseRssMB: number;
  /** (slowest − fastest timed round) / median, as a fraction: a rough noise gauge. */
  spread: number;
}

function toRow(r: ChildResult, tokens: number | null): Row {
  const s = r.medianMs / 1000;
  return {
    name: r.name,
    articlesPerSec: r.articles / s,
    tokensPerSec: tokens === null ? null : tokens / s,
    mbPerSec: r.bytes / MIB / s,
    msPerArticle: r.medianMs / r.articles,
    peakRssMB: r.peakRssMB,
    baseRssMB: r.baseRssMB,
    spread: (Math.max(...r.rounds) - r.minMs) / r.medianMs,
  };
}

function fmt(n: number | null, digits: number): string {
  if (n === null) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));

  if (args.only) {
    const result = await runChild(args, args.only);
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  if (args.paired) {
    process.stdout.write(JSON.stringify(await runPaired(args)) + '\n');
    return;
  }

  if (!existsSync(DIST_ESM) || !existsSync(DIST_CJS)) {
    process.stderr.write(`bench: ${DIST_ESM} / ${DIST_CJS} not found: run \`npm run build\` first (or \`npm run bench\`).\n`);
    process.exit(1);
  }

  const started = performance.now();
  const log = (msg: string): void => {
    if (!args.json) process.stderr.write(msg);
  };

  const results: ChildResult[] = [];
  for (const name of CONTENDERS) {
    log(`bench: ${name} ... `);
    const r = spawnContender(args, name);
    log(`median round ${r.medianMs.toFixed(0)} ms\n`);
    results.push(r);
  }
  log('bench: readDoc and extract() in alternating rounds ... ');
  const paired = spawnPaired(args);
  log(`median ratio ${paired.medianRatio.toFixed(2)}\n`);
  log('bench: cold import / first call ...\n');
  const cold = coldStart();
  log('bench: extractMany on 1 and on all cores ...\n');
  const multi = multiCore(args);

  const tokens = results.find((r) => r.name === 'readDoc')?.tokens ?? null;
  const rows = results.map((r) => toRow(r, tokens));
  const byName = (n: ContenderName): Row | undefined => rows.find((r) => r.name === n);
  const ext = byName('extract');
  const rd = byName('readDoc');
  const ch = byName('chrono');
  const ratio = ext && rd ? ext.msPerArticle / rd.msPerArticle : null;
  const chronoRatio = ch && rd ? ch.msPerArticle / rd.msPerArticle : null;
  const corpus = results[0]!;
  const totalSec = (performance.now() - started) / 1000;

  const env = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
  };

  if (args.json) {
    process.stdout.write(
      JSON.stringify(
        {
          env,
          options: { rounds: args.rounds, sizeMB: args.sizeMB, warmup: args.warmup },
          corpus: { articles: corpus.articles, bytes: corpus.bytes, tokens },
          rows,
          extractOverReadDoc: paired.medianRatio,
          extractOverReadDocSeparateProcesses: ratio,
          pairedRatios: paired.ratios,
          chronoOverReadDoc: chronoRatio,
          cold,
          raw: results,
          totalSec,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }

  const out: string[] = [];
  out.push(
    `newsfacts bench — ${env.node} ${env.platform}, ${env.cores} x ${env.cpu}`,
    `corpus: ${corpus.articles} articles (5 fixtures repeated), ${fmt(corpus.bytes / MIB, 2)} MiB, ` +
      `${tokens === null ? '?' : fmt(tokens, 0)} wink tokens; ${args.warmup} warm-up pass(es), ` +
      `median of ${args.rounds} timed round(s); one child process per contender`,
    '',
    table(
      ['name', 'articles/s', 'tokens/s', 'MB/s', 'ms/article', 'peak RSS MB', 'spread'],
      rows.map((r) => [
        r.name,
        fmt(r.articlesPerSec, 0),
        fmt(r.tokensPerSec, 0),
        fmt(r.mbPerSec, 2),
        fmt(r.msPerArticle, 3),
        fmt(r.peakRssMB, 0),
        `${(r.spread * 100).toFixed(0)}%`,
      ]),
    ),
    '',
  );
  out.push(
    `extract() costs ${paired.medianRatio.toFixed(2)}x bare readDoc  (median of ${paired.ratios.length} paired rounds in one process; ` +
      `from the table's separate processes: ${ratio === null ? '?' : ratio.toFixed(2)}x)`,
  );
  if (chronoRatio !== null) out.push(`chrono.casual.parse costs ${chronoRatio.toFixed(2)}x bare readDoc`);
  out.push(
    `(spread = (slowest - fastest round) / median; run-to-run noise on a shared 2-core box is ~15%)`,
    `(peak RSS = process maxRSS of each child, incl. tsx + corpus; before importing its library each child was at ` +
      results.map((r) => `${r.name} ${fmt(r.baseRssMB, 0)}`).join(', ') +
      ' MB)',
    '',
    `extractMany (newsfacts/node, worker threads; ${multi.articles} articles, median of 3 passes after a warm-up pass):`,
    ...multi.rows.map((r) => `  concurrency ${String(r.concurrency).padEnd(2)} ${fmt(r.articlesPerSec, 0).padStart(6)} articles/s${r.concurrency === 1 ? '  (in the calling thread)' : `  (${(r.articlesPerSec / multi.rows[0]!.articlesPerSec).toFixed(2)}x the single thread)`}`),
    '',
    `cold start (plain node, fresh process, median of ${COLD_SPAWNS}):`,
    `  await import('dist/index.js')   ${fmt(cold.esmImport.medianMs, 1)} ms`,
    `  require('dist/index.cjs')       ${fmt(cold.cjsRequire.medianMs, 1)} ms`,
    `  first extract() call            ${fmt(cold.firstExtract.medianMs, 1)} ms  (lazy wink model load + article ${cold.firstExtractArticle})`,
    `  second extract() call           ${fmt(cold.secondExtract.medianMs, 1)} ms  (same article, model loaded)`,
    '',
    `total bench time ${totalSec.toFixed(1)} s`,
  );
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
