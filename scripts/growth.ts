/**
 * `npm run growth`: extract() on 1 MB and on 4 MB of adversarial text (quote
 * marks, coordinated dates, title words, reporting clauses) must cost at most
 * 5x the 1 MB case (linear would be 4x; a quadratic step shows as ~16x).
 * Prints a table; `--check` exits 1 when a case is above 5x. Run by .ci/run
 * (too slow for the unit tests: about two minutes). Each size is timed twice, the
 * faster run counts.
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
  let t1 = Math.min(time(one), time(one));
  let t4 = Math.min(time(four), time(four));
  // On a shared machine one slow run can push a linear case over the limit: measure
  // once more before calling it a failure (a quadratic step stays near 16x).
  if (t4 / t1 > LIMIT) {
    t1 = Math.min(t1, time(one));
    t4 = Math.min(t4, time(four));
  }
  const ratio = t4 / t1;
  if (ratio > LIMIT) failed = true;
  rows.push(`${name.padEnd(30)} ${t1.toFixed(0).padStart(7)} ms ${t4.toFixed(0).padStart(8)} ms   ${ratio.toFixed(2)}x${ratio > LIMIT ? '  ABOVE 5x' : ''}`);
}
console.log(`${'case'.padEnd(30)} ${'1 MB'.padStart(10)} ${'4 MB'.padStart(11)}   4 MB / 1 MB (limit ${LIMIT}x)`);
console.log(rows.join('\n'));
if (failed && process.argv.includes('--check')) process.exit(1);
