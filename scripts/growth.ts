/**
 * `npm run growth`: extract() on 1 MB and on 4 MB of adversarial text (quote
 * marks, coordinated dates, title words, reporting clauses) must cost at most
 * 5x the 1 MB case (linear would be 4x; a quadratic step shows as ~16x).
 * Prints a table; `--check` exits 1 when a case is above 5x. Run by .ci/run
 * (too slow for the unit tests: about three minutes). Each case runs three
 * 1 MB/4 MB pairs and takes the median pair.
 */
import { extract } from '../src/index.js';

const CASES: Array<[string, string]> = [
  ['repeated quote marks', '"“”«» '],
  ['repeated "Jan. 1 and 2 and"', 'Jan. 1 and 2 and '],
  ['repeated title words', 'Deputy Foreign Minister President Secretary General '],
  ['repeated reporting clauses', 'Joe Biden said he warned that '],
];
const MB = 1024 * 1024;
const LIMIT = 5;

/** One timed extract, after a full garbage collection when node runs with --expose-gc (less noise from the last case's heap). */
function time(text: string): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  extract(text, { publishedAt: '2021-12-28' });
  return performance.now() - t0;
}

let failed = false;
const rows: string[] = [];
for (const [name, unit] of CASES) {
  const one = unit.repeat(Math.ceil(MB / unit.length));
  const four = unit.repeat(Math.ceil((4 * MB) / unit.length));
  time(one.slice(0, 50_000)); // warm up
  // Paired runs (1 MB then 4 MB, back to back) share the machine's load at that moment;
  // the median pair ratio counts. On a shared machine a slow run can still push a linear
  // case over the limit, so two more pairs are run before calling it a failure (a
  // quadratic step stays near 16x).
  const pairs: Array<[number, number]> = [];
  const pair = (): void => {
    pairs.push([time(one), time(four)]);
  };
  const medianPair = (): [number, number] => [...pairs].sort((a, b) => a[1] / a[0] - b[1] / b[0])[pairs.length >> 1]!;
  pair();
  pair();
  pair();
  if (medianPair()[1] / medianPair()[0] > LIMIT) {
    pair();
    pair();
  }
  const [t1, t4] = medianPair();
  const ratio = t4 / t1;
  if (ratio > LIMIT) failed = true;
  rows.push(`${name.padEnd(30)} ${t1.toFixed(0).padStart(7)} ms ${t4.toFixed(0).padStart(8)} ms   ${ratio.toFixed(2)}x${ratio > LIMIT ? '  ABOVE 5x' : ''}`);
}
console.log(`${'case'.padEnd(30)} ${'1 MB'.padStart(10)} ${'4 MB'.padStart(11)}   4 MB / 1 MB (limit ${LIMIT}x)`);
console.log(rows.join('\n'));
if (failed && process.argv.includes('--check')) process.exit(1);
