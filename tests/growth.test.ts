/**
 * No pathological slowdown: on adversarial text, four times the input costs
 * at most about four times the time (the one timed check the project allows:
 * a growth ratio, not an absolute speed). A quadratic step anywhere (a tense
 * search over a 10,000-word run-on sentence, a refiner rescanning the text per
 * result) shows as a ratio near 16.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const ADVERSARIAL: Array<[string, string]> = [
  ['coordinated days', 'Jan. 1 and 2 and '],
  ['years in a run-on sentence', 'in 2014 and 2015, '],
  ['reporting clauses', 'the minister said on Monday that '],
  ['quote marks', '“”"\'‘’ '],
  ['reporting clauses with pronouns', 'Joe Biden said he warned that '],
  ['"according to" attributions', 'according to Vladimir Putin, '],
  ['meeting words with "their"', 'their summit with Xi Jinping and Joe Biden and '],
  ['meetings between parties', 'Biden and Putin will meet in talks between Russia and NATO, '],
];

describe('growth on adversarial text', () => {
  it.each(ADVERSARIAL)('%s: 4x the text costs under 8x the time (quadratic would be 16x)', (_name, unit) => {
    const small = unit.repeat(Math.ceil(40_000 / unit.length));
    const large = unit.repeat(Math.ceil(160_000 / unit.length));
    extract(small, { publishedAt: '2021-12-28' }); // warm up
    const tSmall = bestOf(3, () => extract(small, { publishedAt: '2021-12-28' }));
    const tLarge = bestOf(3, () => extract(large, { publishedAt: '2021-12-28' }));
    expect(tLarge / Math.max(tSmall, 1)).toBeLessThan(8);
  });

  it('publication-date inference: 4x the text costs under 8x the time (quadratic would be 16x)', () => {
    const unit = 'On March 3, 2021, officials said talks on June 5 had failed. ';
    const small = unit.repeat(Math.ceil(40_000 / unit.length));
    const large = unit.repeat(Math.ceil(160_000 / unit.length));
    extract(small);
    const tSmall = bestOf(3, () => extract(small));
    const tLarge = bestOf(3, () => extract(large));
    expect(tLarge / Math.max(tSmall, 1)).toBeLessThan(8);
  });
});
