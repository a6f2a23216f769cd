/**
 * Robustness: property-based tests (fast-check) over random and adversarial
 * text, the `maxLength` option, and lexicon validation (shapes, `__proto__`).
 *
 * Properties, for any input: `extract` never throws; every span slices the
 * input exactly; every id a fact refers to resolves; the same input gives the
 * same output, byte for byte as JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, type Extraction, type TextSpan } from '../src/index.js';

/** Every span in an extraction, with where it was found (for messages). */
function spans(x: Extraction): Array<[string, TextSpan]> {
  const out: Array<[string, TextSpan]> = [];
  if (x.publishedAt.evidence) out.push(['publishedAt', x.publishedAt.evidence]);
  x.dates.forEach((d, i) => out.push([`dates[${i}]`, d.span]));
  x.actors.forEach((a) => a.mentions.forEach((m, i) => out.push([`${a.id}.mentions[${i}]`, m])));
  x.meetings.forEach((m) => {
    m.mentions.forEach((s, i) => out.push([`${m.id}.mentions[${i}]`, s]));
    if (m.date) out.push([`${m.id}.date`, m.date.span]);
    if (m.location) out.push([`${m.id}.location`, m.location.span]);
  });
  x.positions.forEach((p) => {
    out.push([`${p.id}.content`, p.content]);
    if (p.cue) out.push([`${p.id}.cue`, p.cue]);
  });
  return out;
}

function checkInvariants(text: string, publishedAt?: string): void {
  const x = extract(text, publishedAt ? { publishedAt } : undefined);
  for (const [where, s] of spans(x)) {
    if (text.slice(s.start, s.end) !== s.text || s.start < 0 || s.end > text.length || s.start > s.end) {
      throw new Error(`${where}: span [${s.start}, ${s.end}) does not slice the input to ${JSON.stringify(s.text)}`);
    }
  }
  const actorIds = new Set(x.actors.map((a) => a.id));
  const refs = [
    ...x.actors.flatMap((a) => (a.affiliation === undefined ? [] : [a.affiliation])),
    ...x.meetings.flatMap((m) => [...m.participants, ...m.leads]),
    ...x.positions.flatMap((p) => [p.holder, ...p.about]),
  ];
  for (const id of refs) if (!actorIds.has(id)) throw new Error(`id ${id} resolves to no actor`);
  const again = extract(text, publishedAt ? { publishedAt } : undefined);
  if (JSON.stringify(again) !== JSON.stringify(x)) throw new Error('two runs on the same input differ');
}

/** News-like fragments, so that random text exercises the extractors, not just the tokenizer. */
const FRAGMENTS = [
  'President Joe Biden', 'Vladimir Putin', 'Russia', 'NATO', 'the Kremlin', ' said ', ' told reporters ', ' warned that ',
  ' will meet ', ' talks ', ' between ', ' and ', ' in Geneva ', ' on January 10', ' Jan. 1 and 2 and ', ' last June',
  '"', '“', '”', '«', "'", '‘', '’', ', ', '. ', '\n', '\r\n', '\n\n', '\u0000', '<p>', '</p>', '<b>', '&amp;', '—', ' ',
  'Erdoğan', 'e\u0301', '👍🏽', '\uD800', '\uDC00', 'according to ', 'their summit', ' (OSCE) ', 'U.S.', '2021', 'Monday',
];

describe('robustness: properties over random and adversarial text', () => {
  it('arbitrary unicode strings (incl. lone surrogates, NUL, combining marks)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkInvariants(text, '2021-12-28')),
      { numRuns: 150 },
    );
  });

  it('news-like fragments in random order (quotes unbalanced and nested, CRLF, HTML, emoji)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), fc.boolean(), (parts, given) =>
        checkInvariants(parts.join(''), given ? '2021-12-28' : undefined),
      ),
      { numRuns: 200 },
    );
  });

  it('10,000 repetitions of one name; a 20,000-word sentence without punctuation', () => {
    checkInvariants('Vladimir Putin '.repeat(10_000));
    checkInvariants(Array.from({ length: 20_000 }, (_, i) => ['talks', 'Russia', 'said', 'meet', 'Biden', 'warned', 'the', 'summit'][i % 8]).join(' '));
  });
});

describe('robustness: maxLength', () => {
  it('rejects text above maxLength with a RangeError that says how to fix it', () => {
    expect(() => extract('a'.repeat(11), { maxLength: 10 })).toThrow(RangeError);
    expect(() => extract('a'.repeat(11), { maxLength: 10 })).toThrow(/above options\.maxLength \(10\)/);
    expect(extract('a'.repeat(10), { maxLength: 10 }).dates).toEqual([]);
  });

  it('defaults to 5,000,000 characters', () => {
    expect(() => extract(' '.repeat(5_000_001))).toThrow(/above options\.maxLength \(5000000\)/);
  });

  it('checks the option itself', () => {
    expect(() => extract('x', { maxLength: -1 })).toThrow(/options\.maxLength/);
    expect(() => extract('x', { maxLength: '10' as unknown as number })).toThrow(TypeError);
  });
});

describe('robustness: lexicon validation', () => {
  it.each([
    [{ actors: {} }, /"lexicon\.actors" must be an array/],
    [{ actors: [{ name: 'Globex' }] }, /"lexicon\.actors\[0\]\.type" must be one of person, organization, country, group/],
    [{ actors: [{ name: '', type: 'organization' }] }, /"lexicon\.actors\[0\]\.name" must be a non-empty string/],
    [{ actors: [{ name: 'Globex', type: 'organization', aliases: ['ok', 3] }] }, /"lexicon\.actors\[0\]\.aliases\[1\]"/],
    [{ titles: ['Chancellor', null] }, /"lexicon\.titles\[1\]"/],
    [{ cues: [{ word: 'quipped', stance: 'joke' }] }, /"lexicon\.cues\[0\]\.stance" must be one of/],
    [{ meetingWords: [{ word: 'huddle' }] }, /"lexicon\.meetingWords\[0\]\.kind" must be one of/],
    [{ actor: [] }, /"lexicon\.actor" is not a lexicon field/],
  ])('%j', (lexicon, message) => {
    expect(() => extract('Globex said on Monday.', { lexicon: lexicon as never })).toThrow(message);
    expect(() => createExtractor({ lexicon: lexicon as never })).toThrow(message);
  });

  it('a "__proto__" key from JSON is refused and pollutes nothing', () => {
    const lexicon = JSON.parse('{"__proto__": {"polluted": true}, "actors": []}') as never;
    expect(() => extract('Globex said on Monday.', { lexicon })).toThrow(/"lexicon\.__proto__" is not a lexicon field/);
    const entry = JSON.parse('{"actors": [{"name": "Globex", "type": "organization", "__proto__": {"polluted": true}}]}') as never;
    expect(() => extract('Globex said on Monday.', { lexicon: entry })).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('words that name Object.prototype members are plain words', () => {
    checkInvariants('The constructor said toString valueOf __proto__ hasOwnProperty prototype on Monday. Talks with the constructor will be held.', '2021-12-28');
  });
});
