/**
 * Tests of the positions extractor (src/positions/*): quotes in every style,
 * split and multi-paragraph quotes, unbalanced quote marks, reported speech
 * (subject + verb, inverted "…, X said", "according to X", participles,
 * coordinated verbs and complements, noun cues), stances, negatives (no
 * holder → no position), `lexicon.cues`, and the invariants every position keeps.
 *
 * Every sentence below was written for this file (none comes from fixtures/).
 */
import { describe, expect, it } from 'vitest';
import { extract, extractPositions, type Extraction, type Position } from '../src/index.js';
import { findQuotes } from '../src/positions/quotes.js';

const PUBLISHED = '2023-03-15';

function holderName(x: Extraction, p: Position): string {
  const a = x.actors.find((actor) => actor.id === p.holder);
  expect(a, `holder id ${p.holder} resolves to no actor`).toBeDefined();
  return a!.name;
}

/** [holder, stance, form, content] of every position, in order. */
function summary(text: string, options: Parameters<typeof extract>[1] = { publishedAt: PUBLISHED }): Array<[string, string, string, string]> {
  const x = extract(text, options);
  return x.positions.map((p) => [holderName(x, p), p.stance, p.form, p.content.text]);
}

describe('positions: quotes', () => {
  it.each([
    ['straight quotes, speaker after', '"We will not give up an inch of our land," Ukrainian President Volodymyr Zelenskyy said on Sunday.', 'Volodymyr Zelenskyy', 'We will not give up an inch of our land'],
    ['curly quotes, "said X"', '“The door to dialogue remains open,” said NATO Secretary General Jens Stoltenberg.', 'Jens Stoltenberg', 'The door to dialogue remains open'],
    ['guillemets', '« Nous restons prudents », a dit Emmanuel Macron. Emmanuel Macron said: « The talks must continue. »', 'Emmanuel Macron', 'The talks must continue.'],
    ['speaker before, colon', 'German Chancellor Olaf Scholz said: "Europe must stand together."', 'Olaf Scholz', 'Europe must stand together.'],
    ['nested single quotes', '"We follow the rule of ‘nothing about Ukraine without Ukraine,’" Secretary of State Antony Blinken said.', 'Antony Blinken', 'We follow the rule of ‘nothing about Ukraine without Ukraine,’'],
  ])('%s', (_name, text, holder, content) => {
    const found = summary(text).filter(([, , form]) => form === 'quote');
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(holder);
    expect(found[0]![3]).toBe(content);
  });

  it('joins a split quote around its attribution', () => {
    const text = '"The purpose of the visit is clear," Kremlin spokesman Dmitry Peskov told reporters, "to discuss energy cooperation."';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.positions).toHaveLength(1);
    const p = x.positions[0]!;
    expect(holderName(x, p)).toBe('Dmitry Peskov');
    expect(p.form).toBe('quote');
    expect(p.cue?.text).toBe('told');
    expect(p.content.text.startsWith('The purpose of the visit is clear')).toBe(true);
    expect(p.content.text.endsWith('to discuss energy cooperation.')).toBe(true);
  });

  it('resolves "he said" after a quote to the person named before', () => {
    const text = 'Russian Deputy Foreign Minister Sergei Ryabkov spoke after the talks. "The atmosphere was businesslike," he said.';
    expect(summary(text)).toEqual([['Sergei Ryabkov', 'statement', 'quote', 'The atmosphere was businesslike']]);
  });

  it('continues a quote that runs across paragraphs, and an unbalanced mark never swallows the article', () => {
    const text =
      'Finnish President Sauli Niinisto said: "Our decision is final.\n\n"We will apply together with Sweden."\n\n' +
      'An opening mark " with no closing mark.\n\nPolish President Andrzej Duda said Poland would host more troops.';
    const x = extract(text, { publishedAt: PUBLISHED });
    const quote = x.positions.find((p) => p.form === 'quote');
    expect(quote && holderName(x, quote)).toBe('Sauli Niinisto');
    expect(quote!.content.text).toContain('We will apply together with Sweden');
    const last = x.positions.find((p) => p.content.text.includes('host more troops'));
    expect(last && holderName(x, last)).toBe('Andrzej Duda');
  });

  it('finds quotes in one linear pass, balanced or not', () => {
    expect(findQuotes('a "b" c “d” e « f » g').map((q) => q.closed)).toEqual([true, true, true]);
    const open = findQuotes('He said "this never closes.\n\nNext paragraph.');
    expect(open).toHaveLength(1);
    expect(open[0]!.closed).toBe(false);
    expect(open[0]!.end).toBeLessThanOrEqual('He said "this never closes.'.length);
  });
});

describe('positions: reported speech', () => {
  const ROWS: Array<[string, string, Array<[string, string, string, string]>]> = [
    ['verb + that', 'French President Emmanuel Macron warned that any attack on a NATO member would trigger a collective response.', [['Emmanuel Macron', 'warning', 'paraphrase', 'any attack on a NATO member would trigger a collective response']]],
    ['denial', 'Iran denied supplying drones to Russia.', [['Iran', 'denial', 'paraphrase', 'supplying drones to Russia']]],
    ['refusal', 'China rejected the accusations as groundless.', [['China', 'refusal', 'paraphrase', 'the accusations as groundless']]],
    ['accusation', 'Turkish President Recep Tayyip Erdogan accused Sweden of harbouring militants.', [['Recep Tayyip Erdogan', 'accusation', 'paraphrase', 'Sweden of harbouring militants']]],
    ['demand', 'Russian Foreign Minister Sergei Lavrov demanded that NATO withdraw its forces from Eastern Europe.', [['Sergei Lavrov', 'demand', 'paraphrase', 'NATO withdraw its forces from Eastern Europe']]],
    ['called for', 'Indian Prime Minister Narendra Modi called for an immediate ceasefire.', [['Narendra Modi', 'demand', 'paraphrase', 'an immediate ceasefire']]],
    ['inverted attribution, intent from the content', 'Japan is ready to provide more aid to Ukraine, Japanese Prime Minister Fumio Kishida said.', [['Fumio Kishida', 'intent', 'paraphrase', 'Japan is ready to provide more aid to Ukraine']]],
    ['according to, after', 'The sanctions will remain in place, according to the European Commission.', [['European Commission', 'statement', 'paraphrase', 'The sanctions will remain in place']]],
    ['according to, before', 'According to the United Nations, more than 8 million people have fled Ukraine.', [['United Nations', 'statement', 'paraphrase', 'more than 8 million people have fled Ukraine']]],
    ['coordinated complements', 'President Joe Biden said the United States would continue to support Ukraine and that sanctions would be tightened.', [['Joe Biden', 'statement', 'paraphrase', 'the United States would continue to support Ukraine'], ['Joe Biden', 'statement', 'paraphrase', 'sanctions would be tightened']]],
    ['participle shares the holder', 'The Kremlin has repeatedly denied the claims, saying the troops are on exercises.', [['Kremlin', 'denial', 'paraphrase', 'the claims'], ['Kremlin', 'statement', 'paraphrase', 'the troops are on exercises']]],
    ['quoted fragment → mixed, refusal from the content', 'Polish President Andrzej Duda said Poland "will not accept" any deal made without Ukraine.', [['Andrzej Duda', 'refusal', 'mixed', 'Poland "will not accept" any deal made without Ukraine']]],
    ['noun cue with a possessor', 'Prime Minister Viktor Orban repeated his insistence that sanctions be lifted.', [['Viktor Orban', 'demand', 'paraphrase', 'sanctions be lifted']]],
    ['coordinated verbs share the subject', 'Serbia denies any involvement and demands that the investigation be closed.', [['Serbia', 'denial', 'paraphrase', 'any involvement'], ['Serbia', 'demand', 'paraphrase', 'the investigation be closed']]],
  ];
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('positions: negatives (no holder, no claim)', () => {
  it.each([
    'The weather was cold and the streets were empty.',
    'The report said nothing about the cost.',
    'Officials are expected to announce the results next week.',
    'Russia has been accused of war crimes.',
    '"This is unacceptable," he said.',
    'The said agreement expired in 2020.',
  ])('%s', (text) => {
    expect(extractPositions(text, { publishedAt: PUBLISHED })).toEqual([]);
  });
});

describe('positions: lexicon, invariants, adversarial input', () => {
  it('takes extra reporting words from lexicon.cues', () => {
    const text = 'Chilean President Gabriel Boric quipped that the summit was a success.';
    expect(extractPositions(text)).toEqual([]);
    const found = extractPositions(text, { lexicon: { cues: [{ word: 'quipped', stance: 'statement' }] } });
    expect(found.map((p) => p.content.text)).toEqual(['the summit was a success']);
  });

  it('gives every position exact offsets and ids that resolve', () => {
    const text =
      '“We are ready,” said Ukrainian Foreign Minister Dmytro Kuleba. Kuleba added that Kyiv expects more air defence systems, according to a statement. Moscow denied the report.';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.positions.length).toBeGreaterThanOrEqual(3);
    x.positions.forEach((p, i) => {
      expect(p.id).toBe(`position${i + 1}`);
      expect(text.slice(p.content.start, p.content.end)).toBe(p.content.text);
      if (p.cue) expect(text.slice(p.cue.start, p.cue.end)).toBe(p.cue.text);
      for (const id of [p.holder, ...p.about]) expect(x.actors.some((a) => a.id === id)).toBe(true);
    });
  });

  it('reads 5 MB of nothing but quote marks without throwing, in linear time', () => {
    const unit = '"“”«»„';
    const small = unit.repeat(Math.ceil((1.25 * 1024 * 1024) / unit.length));
    const large = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    findQuotes(small);
    let t0 = performance.now();
    findQuotes(small);
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    expect(() => findQuotes(large)).not.toThrow();
    const tLarge = performance.now() - t0;
    expect(tLarge / Math.max(tSmall, 1)).toBeLessThan(8);
    expect(() => extractPositions(large.slice(0, 1024 * 1024))).not.toThrow();
  });
});
