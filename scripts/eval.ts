/**
 * `npm run eval`: runs `extract` on every gold fixture and prints, per extractor,
 * one row per article and a micro-averaged OVERALL row (counts are summed over
 * articles before dividing, so long articles weigh more - as in TempEval).
 *
 *   --verbose  every miss, extra, duplicate and attribute mismatch, with offsets
 *   --json     the numbers as JSON instead of tables (with --verbose: plus issues)
 *   --check    compare OVERALL metrics with tests/floors.json; exit 1 if any is below
 *
 * `evaluateFixtures()` is exported for tests.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { FIXTURES_DIR, REPO_ROOT, loadFixtures } from './fixtures.js';
import {
  EXTRACTORS,
  METRIC_NAMES,
  articleMetrics,
  articleRatios,
  emptyCounts,
  ratioValue,
  scoreArticle,
  sumCounts,
  type ArticleCounts,
  type ArticleMetrics,
  type ExtractorName,
  type Gold,
  type Issue,
  type Ratio,
  type ScoredExtraction,
} from './score.js';

export const FLOORS_FILE: string = join(REPO_ROOT, 'tests', 'floors.json');

export interface ArticleResult {
  id: string;
  article: string;
  counts: ArticleCounts;
  metrics: ArticleMetrics;
  issues: Issue[];
  /** Set when `extract` threw; the article is then scored as an empty extraction. */
  error?: string;
}

export interface EvaluationResult {
  overall: { counts: ArticleCounts; metrics: ArticleMetrics };
  articles: ArticleResult[];
}

export type ExtractFn = (text: string, gold: Gold) => ScoredExtraction;

const EMPTY_EXTRACTION: ScoredExtraction = { dates: [], actors: [], meetings: [], positions: [] };

/** The library under test, called as a user would: with the article's reference date. */
const defaultExtract: ExtractFn = (text, gold) => extract(text, { publishedAt: gold.publishedAt });

/**
 * Scores every fixture. An extractor that throws does not stop the run: the
 * article scores as empty (all misses) and the error is reported, so one crash
 * cannot hide the other articles' numbers.
 */
export function evaluateFixtures(options: { dir?: string; extract?: ExtractFn } = {}): EvaluationResult {
  const run = options.extract ?? defaultExtract;
  const articles = loadFixtures(options.dir ?? FIXTURES_DIR).map((fx): ArticleResult => {
    let extraction = EMPTY_EXTRACTION;
    let error: string | undefined;
    try {
      extraction = run(fx.text, fx.gold);
    } catch (e) {
      error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    }
    const score = scoreArticle(extraction, fx.gold);
    return { id: fx.id, article: fx.gold.article, ...score, ...(error !== undefined ? { error } : {}) };
  });
  const counts = articles.length > 0 ? sumCounts(articles.map((a) => a.counts)) : emptyCounts();
  return { overall: { counts, metrics: articleMetrics(counts) }, articles };
}

// ---------------------------------------------------------------------------
// Floors (--check).

export type Floors = { [E in ExtractorName]?: Partial<Record<(typeof METRIC_NAMES)[E][number], number>> };

/** Reads tests/floors.json; a missing file means "no floors". */
export function readFloors(file: string = FLOORS_FILE): Floors {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

/**
 * Every floor the overall metrics miss, as readable lines. Unknown extractor or
 * metric names are failures too: a typo must not silently disable a floor.
 */
export function checkFloors(metrics: ArticleMetrics, floors: Floors): string[] {
  const failures: string[] = [];
  for (const [extractor, perMetric] of Object.entries(floors as Record<string, unknown>)) {
    // "te3" holds the TempEval-3 floor, checked by scripts/eval-te3.ts.
    if (extractor === 'te3') continue;
    if (!(EXTRACTORS as readonly string[]).includes(extractor)) {
      failures.push(`unknown extractor "${extractor}" in floors (expected one of ${EXTRACTORS.join(', ')})`);
      continue;
    }
    const name = extractor as ExtractorName;
    const known = METRIC_NAMES[name] as readonly string[];
    const actual = metrics[name] as Record<string, number>;
    for (const [metric, floor] of Object.entries((perMetric ?? {}) as Record<string, unknown>)) {
      if (!known.includes(metric)) {
        failures.push(`unknown metric "${name}.${metric}" in floors (expected one of ${known.join(', ')})`);
      } else if (typeof floor !== 'number' || !Number.isFinite(floor)) {
        failures.push(`floor for ${name}.${metric} is not a number: ${JSON.stringify(floor)}`);
      } else if ((actual[metric] ?? 0) < floor - 1e-9) {
        failures.push(`${name}.${metric} = ${fmt(actual[metric] ?? 0)} is below its floor ${fmt(floor)}`);
      }
    }
  }
  return failures;
}

// ---------------------------------------------------------------------------
// Printing.

/** Column headings for the tables (the JSON keeps the full metric names). */
const SHORT: Record<string, string> = {
  spanPrecision: 'P',
  spanRecall: 'R',
  spanF1: 'F1',
  valueF1: 'valF1',
  valueAcc: 'valAcc',
  modAcc: 'modAcc',
  precision: 'P',
  recall: 'R',
  f1: 'F1',
  typeAcc: 'type',
  titleAcc: 'title',
  affiliationAcc: 'affil',
  participantF1: 'partF1',
  dateAcc: 'date',
  locationAcc: 'loc',
  statusAcc: 'status',
  stanceAcc: 'stance',
  formAcc: 'form',
};

function fmt(x: number): string {
  return x.toFixed(3);
}

/** A ratio with an empty denominator prints as "—": nothing was there to measure (its value is 0). */
function fmtRatio(r: Ratio): string {
  return r.den === 0 ? '—' : fmt(ratioValue(r));
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' ');
}

function table(extractor: ExtractorName, result: EvaluationResult): string {
  const metrics = METRIC_NAMES[extractor] as readonly string[];
  const header = [extractor.toUpperCase(), 'tp', 'fp', 'fn', 'opt', ...metrics.map((m) => SHORT[m] ?? m)];
  const widths = [9, 4, 4, 4, 4, ...metrics.map(() => 7)];
  const line = (label: string, counts: ArticleCounts): string => {
    const c = counts[extractor];
    const ratios = articleRatios(counts)[extractor] as Record<string, Ratio>;
    const cells = [label, String(c.tp), String(c.fp), String(c.fn), String(c.optionalMatched)];
    return row([...cells, ...metrics.map((m) => fmtRatio(ratios[m] ?? { num: 0, den: 0 }))], widths);
  };
  const rule = '-'.repeat(row(header, widths).length);
  return [
    row(header, widths),
    rule,
    ...result.articles.map((a) => line(a.error !== undefined ? `${a.id} ERR` : a.id, a.counts)),
    rule,
    line('OVERALL', result.overall.counts),
  ].join('\n');
}

function clip(s: string, max = 90): string {
  const oneLine = JSON.stringify(s);
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 2)}…"`;
}

function formatIssue(issue: Issue): string {
  const where = issue.start !== undefined ? `[${issue.start},${issue.end})` : '[no offsets]';
  const kind = issue.kind === 'mismatch' ? `WRONG ${issue.field ?? ''}` : issue.kind.toUpperCase();
  const parts = [`  ${issue.extractor.padEnd(9)} ${kind.padEnd(18)} ${where.padEnd(12)} ${clip(issue.text)}`];
  if (issue.found !== undefined) parts.push(`found: ${issue.found}`);
  if (issue.gold !== undefined) parts.push(`gold: ${issue.gold}`);
  return parts.join('\n      ');
}

function verboseReport(result: EvaluationResult): string {
  return result.articles
    .map((a) => {
      const head = `=== ${a.id} (${a.article}): ${a.issues.length} issue(s)`;
      const error = a.error !== undefined ? [`  extract() threw:\n    ${a.error.split('\n').join('\n    ')}`] : [];
      return [head, ...error, ...a.issues.map(formatIssue)].join('\n');
    })
    .join('\n\n');
}

function printTables(result: EvaluationResult): void {
  console.log(`newsfacts evaluation: ${result.articles.length} gold articles, micro-averaged OVERALL`);
  console.log('tp/fp/fn count required gold only; opt = found items that hit optional gold (not scored);');
  console.log('accuracies are over the tp matches; "—" = empty denominator (the value is 0 in --json).\n');
  for (const extractor of EXTRACTORS) console.log(`${table(extractor, result)}\n`);
  for (const a of result.articles) {
    if (a.error !== undefined) console.log(`${a.id}: extract() threw: ${a.error.split('\n')[0] ?? ''}`);
  }
}

function jsonReport(result: EvaluationResult, withIssues: boolean): unknown {
  return {
    overall: result.overall,
    articles: result.articles.map(({ issues, ...rest }) => (withIssues ? { ...rest, issues } : rest)),
  };
}

// ---------------------------------------------------------------------------
// CLI.

const USAGE = 'usage: tsx scripts/eval.ts [--verbose] [--json] [--check]';

function main(argv: readonly string[]): number {
  const flags = new Set(argv);
  const unknown = [...flags].filter((f) => !['--verbose', '--json', '--check', '--help', '-h'].includes(f));
  if (unknown.length > 0 || flags.has('--help') || flags.has('-h')) {
    if (unknown.length > 0) console.error(`unknown argument(s): ${unknown.join(' ')}`);
    console.error(USAGE);
    return unknown.length > 0 ? 2 : 0;
  }
  const result = evaluateFixtures();
  if (flags.has('--json')) console.log(JSON.stringify(jsonReport(result, flags.has('--verbose')), null, 2));
  else {
    printTables(result);
    if (flags.has('--verbose')) console.log(verboseReport(result));
  }
  if (!flags.has('--check')) return 0;

  // With --json, stdout stays pure JSON: the check speaks on stderr.
  const say = flags.has('--json') ? console.error : console.log;
  const failures = checkFloors(result.overall.metrics, readFloors());
  const crashed = result.articles.filter((a) => a.error !== undefined).map((a) => `extract() threw on ${a.id} (${a.article})`);
  const all = [...crashed, ...failures];
  if (all.length === 0) {
    say(`check: every floor in ${FLOORS_FILE} is met`);
    return 0;
  }
  say(`check FAILED (${all.length}):\n${all.map((f) => `  ${f}`).join('\n')}`);
  return 1;
}

/** True when this file is the program being run (not imported by a test). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) process.exitCode = main(process.argv.slice(2));
