/**
 * `npm run eval:te3`: date extraction measured on the TempEval-3 training data
 * (TimeBank + AQUAINT), scored as in TempEval-3 Task A (see scripts/te3.ts).
 *
 *   npx tsx scripts/eval-te3.ts [--verbose] [--errors FILE] [--json] [--check]
 *
 * The data folder is $TE3_DIR, else ../shared/te3-train next to the repository.
 * When it is absent the script says so and exits 0.
 *
 *   --verbose      every miss / extra / wrong value, grouped by kind, on stdout
 *   --errors FILE  the same as TSV: kind, doc, found text, found value, gold text, gold value, context
 *   --json         the numbers as JSON instead of the table
 *   --check        exit 1 when ALL value F1 is below tests/floors.json → te3.valueF1
 *                  (a fraction in 0..1; a number above 1 is read as a percentage)
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDates } from '../src/index.js';
import type { DateMention } from '../src/index.js';
import { loadTe3, scoreTe3, te3Errors } from './te3.js';
import type { Te3Corpus, Te3Error, Te3LoadedDoc, Te3Scores } from './te3.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Te3Subset = Te3Corpus | 'ALL';

export interface Te3Evaluation {
  /** The data folder used. */
  dir: string;
  TimeBank: Te3Scores;
  AQUAINT: Te3Scores;
  ALL: Te3Scores;
  /** Documents on which extractDates threw (scored as finding nothing). */
  crashed: string[];
  /** Found mentions whose span.text is not text.slice(start, end). */
  badSpans: number;
  ms: number;
}

export interface Te3Run {
  evaluation: Te3Evaluation;
  docs: Te3LoadedDoc[];
  found: DateMention[][];
}

/** The data folder: the argument, else $TE3_DIR, else ../shared/te3-train beside the repository. */
export function te3Dir(dir?: string): string {
  return resolve(dir ?? process.env.TE3_DIR ?? resolve(REPO_ROOT, '../shared/te3-train'));
}

/** Run extractDates on every document and keep what it found; null when the folder is absent. */
export function runTe3(dir?: string): Te3Run | null {
  const root = te3Dir(dir);
  if (!existsSync(root)) return null;
  const t0 = performance.now();
  const docs = loadTe3(root);
  const crashed: string[] = [];
  let badSpans = 0;
  const found = docs.map((doc): DateMention[] => {
    try {
      const dates = extractDates(doc.text, { publishedAt: doc.dct });
      for (const d of dates) if (doc.text.slice(d.span.start, d.span.end) !== d.span.text) badSpans++;
      return dates;
    } catch (err) {
      crashed.push(doc.docId);
      if (crashed.length <= 3) console.error(`eval-te3: extractDates threw on ${doc.docId}: ${(err as Error).stack ?? err}`);
      return [];
    }
  });
  const subset = (corpus: Te3Corpus): Te3Scores => {
    const idx = docs.map((d, i) => (d.corpus === corpus ? i : -1)).filter((i) => i >= 0);
    return scoreTe3(
      idx.map((i) => docs[i]!),
      idx.map((i) => found[i]!),
    );
  };
  const evaluation: Te3Evaluation = {
    dir: root,
    TimeBank: subset('TimeBank'),
    AQUAINT: subset('AQUAINT'),
    ALL: scoreTe3(docs, found),
    crashed,
    badSpans,
    ms: Math.round(performance.now() - t0),
  };
  return { evaluation, docs, found };
}

/** The TempEval-3 numbers of the current extractor, or null when the data folder is absent. */
export function evaluateTe3(dir?: string): Te3Evaluation | null {
  return runTe3(dir)?.evaluation ?? null;
}

/** tests/floors.json → te3.valueF1 as a fraction, or undefined when not set. */
export function te3ValueFloor(file = resolve(REPO_ROOT, 'tests/floors.json')): number | undefined {
  if (!existsSync(file)) return undefined;
  const floors = JSON.parse(readFileSync(file, 'utf8')) as { te3?: { valueF1?: unknown } } | null;
  const floor = floors?.te3?.valueF1;
  if (typeof floor !== 'number' || !Number.isFinite(floor)) return undefined;
  return floor > 1 ? floor / 100 : floor;
}

// ---------------------------------------------------------------------------
// Output

const pct = (x: number): string => (100 * x).toFixed(1);

export function formatTable(e: Te3Evaluation): string {
  const head = ['subset', 'docs', 'gold', 'found', 'rel P', 'rel R', 'rel F1', 'str P', 'str R', 'str F1', 'val P', 'val R', 'val F1', 'type F1'];
  const rows = (['TimeBank', 'AQUAINT', 'ALL'] as const).map((k) => {
    const s = e[k];
    return [
      k,
      String(s.docs),
      String(s.gold),
      String(s.found),
      pct(s.relaxed.precision),
      pct(s.relaxed.recall),
      pct(s.relaxed.f1),
      pct(s.strict.precision),
      pct(s.strict.recall),
      pct(s.strict.f1),
      pct(s.value.precision),
      pct(s.value.recall),
      pct(s.value.f1),
      pct(s.type.f1),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const KIND_TITLES: Record<Te3Error['kind'], string> = {
  miss: 'MISSES (gold not found)',
  extra: 'EXTRAS (found, not in gold)',
  value: 'WRONG VALUES (matched, value differs)',
};

export function formatErrors(errors: readonly Te3Error[]): string {
  const out: string[] = [];
  for (const kind of ['miss', 'extra', 'value'] as const) {
    const list = errors.filter((e) => e.kind === kind);
    out.push(`== ${KIND_TITLES[kind]}: ${list.length} ==`);
    for (const e of list) {
      const what =
        kind === 'miss'
          ? `"${e.goldText}" gold=${e.goldValue}`
          : kind === 'extra'
            ? `"${e.foundText}" found=${e.foundValue}`
            : `"${e.foundText}" found=${e.foundValue} | "${e.goldText}" gold=${e.goldValue}`;
      out.push(`${e.doc}\t${what}\t${e.context}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function errorsTsv(errors: readonly Te3Error[]): string {
  const cell = (s: string | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ');
  const lines = ['kind\tdoc\tfound_text\tfound_value\tgold_text\tgold_value\tcontext'];
  for (const e of errors) {
    lines.push([e.kind, e.doc, e.foundText, e.foundValue, e.goldText, e.goldValue, e.context].map(cell).join('\t'));
  }
  return lines.join('\n') + '\n';
}

function roundNumbers(x: unknown): unknown {
  if (typeof x === 'number') return Number.isInteger(x) ? x : Math.round(x * 10000) / 10000;
  if (Array.isArray(x)) return x.map(roundNumbers);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, roundNumbers(v)]));
  return x;
}

// ---------------------------------------------------------------------------
// CLI

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      verbose: { type: 'boolean', default: false },
      errors: { type: 'string' },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
    },
    strict: true,
  });

  const run = runTe3();
  if (!run) {
    console.log(`eval-te3: no TempEval-3 data at ${te3Dir()} (set TE3_DIR to point at it); skipping.`);
    return 0;
  }
  const { evaluation: e, docs, found } = run;

  if (values.verbose || values.errors) {
    const errors = te3Errors(docs, found);
    if (values.verbose) console.log(formatErrors(errors));
    if (values.errors) {
      writeFileSync(values.errors, errorsTsv(errors));
      console.error(`eval-te3: ${errors.length} errors written to ${values.errors}`);
    }
  }

  if (values.json) {
    console.log(JSON.stringify(roundNumbers(e), null, 2));
  } else {
    console.log(`TempEval-3 train (${e.dir}), TE3 Task A scoring, ${e.ms} ms`);
    console.log(formatTable(e));
    const a = e.ALL;
    console.log(
      `ALL: ${a.matches} relaxed / ${a.strictMatches} strict matches, ${a.valueCorrect} right values, ` +
        `${a.typeCorrect} right types, mod accuracy ${pct(a.modAccuracy)}%`,
    );
    if (e.crashed.length) console.log(`WARNING: extractDates threw on ${e.crashed.length} docs (scored as empty)`);
    if (e.badSpans) console.log(`WARNING: ${e.badSpans} found spans whose text != text.slice(start, end)`);
  }

  if (values.check) {
    const floor = te3ValueFloor();
    if (floor === undefined) {
      console.error('eval-te3 --check: no te3.valueF1 floor in tests/floors.json; nothing to check.');
    } else if (e.ALL.value.f1 < floor) {
      console.error(`eval-te3 --check: FAIL: ALL value F1 ${pct(e.ALL.value.f1)} < floor ${pct(floor)}`);
      return 1;
    } else {
      console.error(`eval-te3 --check: ok: ALL value F1 ${pct(e.ALL.value.f1)} >= floor ${pct(floor)}`);
    }
  }
  return 0;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) process.exitCode = main(process.argv.slice(2));
