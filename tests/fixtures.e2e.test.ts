/**
 * End to end on the five gold fixtures: every article goes through the public
 * `extract()`, every span slices the text, the output is deterministic, and
 * the overall scores stay at or above the floors in tests/floors.json (floors
 * are set at what the code reaches, rounded down; they only move up).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { loadFixtures } from '../scripts/fixtures.js';
import { checkFloors, evaluateFixtures, readFloors } from '../scripts/eval.js';
import { evaluateTe3, te3ValueFloor } from '../scripts/eval-te3.js';

const fixtures = loadFixtures();

describe('fixtures end to end', () => {
  it('has the five gold articles', () => {
    expect(fixtures.map((f) => f.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('article %s: spans slice the text, output is deterministic', (_id, fx) => {
    const facts = extract(fx.text, { publishedAt: fx.gold.publishedAt });
    expect(facts.publishedAt).toEqual({ value: fx.gold.publishedAt, source: 'given' });
    expect(facts.dates.length).toBeGreaterThan(0);
    for (const d of facts.dates) {
      expect(fx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
      expect(d.value).toMatch(/^(?:\d{2,4}|P|PT|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX)/);
    }
    expect(JSON.stringify(extract(fx.text, { publishedAt: fx.gold.publishedAt }))).toBe(JSON.stringify(facts));
  });

  it('finds every required gold date with its value (article 000)', () => {
    const fx = fixtures[0]!;
    const found = extract(fx.text, { publishedAt: fx.gold.publishedAt }).dates;
    for (const g of fx.gold.dates.filter((d) => !d.optional)) {
      const hit = found.find((d) => d.span.start < g.end && g.start < d.span.end);
      expect(hit?.value, `${g.text} at ${g.start}`).toBe(g.value);
    }
  });

  it('stays at or above the score floors (npm run eval)', () => {
    const { overall } = evaluateFixtures();
    expect(checkFloors(overall.metrics, readFloors())).toEqual([]);
  });
});

describe('TempEval-3 training set', () => {
  const floor = te3ValueFloor();
  const evaluation = evaluateTe3();
  it.skipIf(evaluation === null)('value F1 stays at or above its floor (npm run eval:te3)', () => {
    expect(evaluation!.crashed).toEqual([]);
    expect(evaluation!.badSpans).toBe(0);
    expect(evaluation!.ALL.value.f1).toBeGreaterThanOrEqual(floor ?? 0);
  });
});
