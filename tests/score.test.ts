/**
 * Self-check of the evaluation scorer (scripts/score.ts): the gold itself, turned
 * into an Extraction, must score perfectly on every fixture; a few hand-made
 * cases pin down the counting rules of GUIDE.md.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, DateMention, Meeting, Position, TextSpan } from '../src/index.js';
import { loadFixtures } from '../scripts/fixtures.js';
import {
  METRIC_NAMES,
  EXTRACTORS,
  normalizeName,
  prf,
  scoreActors,
  scoreArticle,
  scoreDates,
  scoreMeetings,
  scorePositions,
  sumCounts,
  titlesMatch,
  type Gold,
  type GoldActor,
  type GoldDate,
  type GoldMeeting,
  type GoldPosition,
  type ScoredExtraction,
} from '../scripts/score.js';
import { checkFloors, evaluateFixtures } from '../scripts/eval.js';

const NO_SPAN: TextSpan = { start: 0, end: 0, text: '' };

function span(s: { start: number; end: number; text: string }): TextSpan {
  return { start: s.start, end: s.end, text: s.text };
}

function dateOf(g: GoldDate): DateMention {
  const d: DateMention = { span: span(g), value: g.value, type: g.type as DateMention['type'], relative: false };
  if (g.mod !== undefined) d.mod = g.mod as NonNullable<DateMention['mod']>;
  return d;
}

/** The gold key as an Extraction: actors get ids, and every name reference becomes that id. */
function extractionFromGold(gold: Gold): ScoredExtraction {
  const idOf = new Map<string, string>();
  gold.actors.forEach((a, i) => idOf.set(normalizeName(a.name), `a${i}`));
  // Names that are not gold actors (none today) stay as they are: the scorer reads them as bare names.
  const ref = (name: string): string => idOf.get(normalizeName(name)) ?? name;
  const actors: Actor[] = gold.actors.map((a, i) => ({
    id: `a${i}`,
    name: a.name,
    type: a.type as Actor['type'],
    titles: [...a.titles],
    aliases: [...a.aliases],
    mentions: [],
    ...(a.affiliation !== undefined ? { affiliation: ref(a.affiliation) } : {}),
  }));
  const meetings: Meeting[] = gold.meetings.map((m, i) => ({
    id: `m${i}`,
    kind: m.kind as Meeting['kind'],
    participants: m.participants.map(ref),
    leads: (m.leads ?? []).map(ref),
    status: m.status as Meeting['status'],
    topics: m.topics ?? [],
    mentions: m.evidence.map(span),
    ...(m.date !== undefined ? { date: { span: NO_SPAN, value: m.date, type: 'date' as const, relative: false } } : {}),
    ...(m.location !== undefined ? { location: { name: m.location, span: NO_SPAN } } : {}),
  }));
  const positions: Position[] = gold.positions.map((p, i) => ({
    id: `p${i}`,
    holder: ref(p.holder),
    stance: p.stance as Position['stance'],
    form: p.form as Position['form'],
    content: span(p.evidence),
    about: p.about ?? [],
  }));
  return { dates: gold.dates.map(dateOf), actors, meetings, positions };
}

describe('gold scored against itself', () => {
  const fixtures = loadFixtures();

  it('finds the fixtures', () => {
    expect(fixtures.map((f) => f.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const f of fixtures) expect(f.textFile.endsWith(f.gold.article)).toBe(true);
  });

  for (const fx of fixtures) {
    it(`${fx.id}: every metric is 1, nothing is FP or FN`, () => {
      const score = scoreArticle(extractionFromGold(fx.gold), fx.gold);
      expect(score.issues).toEqual([]);
      for (const extractor of EXTRACTORS) {
        const c = score.counts[extractor];
        expect(c.fp, `${extractor} fp`).toBe(0);
        expect(c.fn, `${extractor} fn`).toBe(0);
        expect(c.tp, `${extractor} tp`).toBeGreaterThan(0);
        // Every optional gold item is found, and none of them counts.
        const optional = (fx.gold[extractor] as Array<{ optional?: boolean }>).filter((g) => g.optional).length;
        expect(c.optionalMatched, `${extractor} optional`).toBe(optional);
        for (const metric of METRIC_NAMES[extractor]) {
          expect((score.metrics[extractor] as Record<string, number>)[metric], `${extractor}.${metric}`).toBe(1);
        }
      }
    });
  }

  it('micro-averages: summed counts of perfect articles are perfect', () => {
    const all = fixtures.map((fx) => scoreArticle(extractionFromGold(fx.gold), fx.gold).counts);
    const total = sumCounts(all);
    expect(total.dates.tp).toBe(all.reduce((n, c) => n + c.dates.tp, 0));
    expect(prf(total.positions)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('dates', () => {
  const gold: GoldDate[] = [
    { text: 'Jan. 10', start: 10, end: 17, value: '2022-01-10', type: 'date' },
    { text: 'early January', start: 30, end: 43, value: '2022-01', type: 'date', mod: 'START' },
    { text: 'two hours', start: 60, end: 69, value: 'P2H', type: 'duration', optional: true },
  ];
  const found = (start: number, end: number, value: string, mod?: DateMention['mod']): DateMention => ({
    span: { start, end, text: 'x'.repeat(end - start) },
    value,
    type: 'date',
    relative: true,
    ...(mod ? { mod } : {}),
  });

  it('an overlapping date with the wrong value is a span TP but a value miss', () => {
    const { counts, issues } = scoreDates([found(14, 17, '2022-01-11'), found(30, 43, '2022-01', 'START')], gold);
    expect(counts).toMatchObject({ tp: 2, fp: 0, fn: 0, valueCorrect: 1, modCorrect: 2 });
    expect(issues).toEqual([expect.objectContaining({ kind: 'mismatch', field: 'value', found: '2022-01-11' })]);
    // value F1 = 2·1 / (2 found + 2 gold)
    const metrics = scoreArticle({ dates: [found(14, 17, '2022-01-11'), found(30, 43, '2022-01', 'START')], actors: [], meetings: [], positions: [] }, { ...emptyGold(), dates: gold }).metrics.dates;
    expect(metrics.valueF1).toBe(0.5);
    expect(metrics.valueAcc).toBe(0.5);
    expect(metrics.spanF1).toBe(1);
  });

  it('a found optional date is neither TP nor FP, and is left out of value F1', () => {
    const { counts } = scoreDates([found(10, 17, '2022-01-10'), found(60, 69, 'P2H')], gold);
    expect(counts).toMatchObject({ tp: 1, fp: 0, fn: 1, optionalMatched: 1, valueCorrect: 1 });
    const m = scoreArticle({ dates: [found(10, 17, '2022-01-10'), found(60, 69, 'P2H')], actors: [], meetings: [], positions: [] }, { ...emptyGold(), dates: gold }).metrics.dates;
    expect(m.spanPrecision).toBe(1);
    expect(m.spanRecall).toBe(0.5);
    expect(m.valueF1).toBeCloseTo((2 * 1) / (1 + 2));
  });

  it('a missing mod is wrong against a gold mod; absent equals absent', () => {
    const { counts } = scoreDates([found(10, 17, '2022-01-10'), found(30, 43, '2022-01')], gold);
    expect(counts).toMatchObject({ tp: 2, modCorrect: 1 });
  });

  it('one found span over two gold dates takes the first; the other is a FN', () => {
    const { counts } = scoreDates([found(10, 43, '2022-01-10')], gold);
    expect(counts).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('empty inputs give 0, never NaN', () => {
    const m = scoreArticle({ dates: [], actors: [], meetings: [], positions: [] }, emptyGold()).metrics;
    for (const extractor of EXTRACTORS) {
      for (const value of Object.values(m[extractor] as Record<string, number>)) expect(value).toBe(0);
    }
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

function emptyGold(): Gold {
  return { article: 'x.txt', publishedAt: '2021-12-28', dates: [], actors: [], meetings: [], positions: [] };
}

function actor(id: string, name: string, extra: Partial<Actor> = {}): Actor {
  return { id, name, type: 'country', titles: [], aliases: [], mentions: [], ...extra };
}

const GOLD_ACTORS: GoldActor[] = [
  { name: 'United States', type: 'country', aliases: ['U.S.', 'Washington'], titles: [] },
  { name: 'Russia', type: 'country', aliases: ['Moscow'], titles: [] },
  { name: 'Joe Biden', type: 'person', aliases: ['Biden'], titles: ['President'], affiliation: 'United States' },
  { name: 'Kremlin', type: 'organization', aliases: ['the Kremlin'], titles: [], affiliation: 'Russia' },
  { name: 'the West', type: 'group', aliases: ['Western'], titles: [], optional: true },
];

describe('actors', () => {
  it('two found actors for one gold actor: one TP and one FP', () => {
    const found = [actor('a', 'United States'), actor('b', 'Washington')];
    const { counts, issues } = scoreActors(found, GOLD_ACTORS);
    expect(counts).toMatchObject({ tp: 1, fp: 1, fn: 3 });
    expect(issues.filter((i) => i.kind === 'duplicate').map((i) => i.text)).toEqual(['Washington']);
  });

  it('names match case-, punctuation- and leading-"the"-insensitively', () => {
    expect(normalizeName('The U.S.')).toBe(normalizeName('us'));
    const { counts } = scoreActors([actor('a', 'US'), actor('k', 'the kremlin', { type: 'organization', affiliation: 'r' }), actor('r', 'Moscow')], GOLD_ACTORS);
    expect(counts).toMatchObject({ tp: 3, fp: 0, fn: 1, affiliationCorrect: 3 });
  });

  it('an optional actor found is no FP, even twice', () => {
    const { counts } = scoreActors([actor('w', 'West', { type: 'group' }), actor('w2', 'Western', { type: 'group' })], GOLD_ACTORS);
    expect(counts).toMatchObject({ tp: 0, fp: 0, optionalMatched: 2 });
  });

  it('type, titles and affiliation are checked on matches', () => {
    const found = [
      actor('us', 'U.S.'),
      actor('b', 'Biden', { type: 'person', titles: ['U.S. President'], affiliation: 'us' }),
      actor('k', 'Kremlin', { type: 'country', titles: ['spokesman'] }),
    ];
    const { counts } = scoreActors(found, GOLD_ACTORS);
    expect(counts).toMatchObject({ tp: 3, typeCorrect: 2, titleCorrect: 2, affiliationCorrect: 2 });
    expect(titlesMatch(['Deputy Foreign Minister'], ['deputy foreign minister'])).toBe(true);
    expect(titlesMatch([], ['President'])).toBe(false);
    expect(titlesMatch(['President'], [])).toBe(false);
    expect(titlesMatch([], [])).toBe(true);
  });
});

describe('meetings', () => {
  const gold: GoldMeeting[] = [
    {
      kind: 'talks',
      participants: ['United States', 'Russia'],
      date: '2022-01-10',
      location: 'Geneva',
      status: 'planned',
      evidence: [
        { text: 'security talks', start: 0, end: 14 },
        { text: 'the meeting', start: 100, end: 111 },
      ],
    },
  ];
  const meeting = (id: string, participants: string[], mentions: Array<[number, number]>, extra: Partial<Meeting> = {}): Meeting => ({
    id,
    kind: 'talks',
    participants,
    leads: [],
    status: 'planned',
    topics: [],
    mentions: mentions.map(([start, end]) => ({ start, end, text: '' })),
    ...extra,
  });
  const actors = [actor('us', 'U.S.'), actor('ru', 'Russia'), actor('b', 'Biden', { type: 'person', affiliation: 'us' })];
  const ctx = { found: actors, gold: GOLD_ACTORS };

  it('a gold meeting found as two meetings: one TP and one FP', () => {
    const found = [meeting('m1', ['us', 'ru'], [[0, 14]]), meeting('m2', ['us', 'ru'], [[100, 111]])];
    const { counts } = scoreMeetings(found, gold, ctx);
    expect(counts).toMatchObject({ tp: 1, fp: 1, fn: 0, participantF1Sum: 1, dateCorrect: 0, locationCorrect: 0, statusCorrect: 1 });
  });

  it('a found person participant matches through its affiliation; attributes are compared', () => {
    const found = [
      meeting('m1', ['b'], [[105, 120]], {
        date: { span: NO_SPAN, value: '2022-01-10', type: 'date', relative: true },
        location: { name: 'GENEVA', span: NO_SPAN },
        status: 'held',
      }),
    ];
    const { counts } = scoreMeetings(found, gold, ctx);
    expect(counts).toMatchObject({ tp: 1, fp: 0, dateCorrect: 1, locationCorrect: 1, statusCorrect: 0 });
    expect(counts.participantF1Sum).toBeCloseTo((2 * 1) / 3);
  });

  it('no shared participant, or no overlapping mention: no match', () => {
    const ukraine = actor('ua', 'Ukraine');
    const found = [meeting('m1', ['ua'], [[0, 14]]), meeting('m2', ['us', 'ru'], [[50, 60]])];
    const { counts } = scoreMeetings(found, gold, { found: [...actors, ukraine], gold: GOLD_ACTORS });
    expect(counts).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });
});

describe('positions', () => {
  const gold: GoldPosition[] = [
    { holder: 'Joe Biden', stance: 'warning', form: 'paraphrase', evidence: { text: 'a', start: 10, end: 50 } },
    { holder: 'unnamed official', stance: 'statement', form: 'quote', evidence: { text: 'b', start: 60, end: 90 }, optional: true },
  ];
  const position = (id: string, holder: string, start: number, end: number, extra: Partial<Position> = {}): Position => ({
    id,
    holder,
    stance: 'warning',
    form: 'paraphrase',
    content: { start, end, text: '' },
    about: [],
    ...extra,
  });
  const ctx = { found: [actor('b', 'President Biden', { aliases: ['Biden'], type: 'person' }), actor('r', 'Russia')], gold: GOLD_ACTORS };

  it('matches on overlapping content and holder alias; stance and form are compared', () => {
    const { counts } = scorePositions([position('p1', 'b', 30, 55, { form: 'quote' }), position('p2', 'r', 10, 50)], gold, ctx);
    expect(counts).toMatchObject({ tp: 1, fp: 1, fn: 0, stanceCorrect: 1, formCorrect: 0 });
  });

  it('a holder that is no actor id is read as a bare name (optional unnamed official)', () => {
    const { counts } = scorePositions([position('p1', 'unnamed official', 60, 70)], gold, ctx);
    expect(counts).toMatchObject({ tp: 0, fp: 0, fn: 1, optionalMatched: 1 });
  });
});

describe('eval harness', () => {
  it('evaluates the gold as a perfect extractor', () => {
    const result = evaluateFixtures({ extract: (_text, gold) => extractionFromGold(gold) });
    expect(result.articles).toHaveLength(5);
    expect(result.overall.metrics.dates.spanF1).toBe(1);
    expect(result.overall.metrics.meetings.participantF1).toBe(1);
    expect(checkFloors(result.overall.metrics, { dates: { spanF1: 1, valueF1: 1 }, positions: { formAcc: 1 } })).toEqual([]);
  });

  it('reports floors that are missed, or misspelled', () => {
    const result = evaluateFixtures({ extract: () => ({ dates: [], actors: [], meetings: [], positions: [] }) });
    const failures = checkFloors(result.overall.metrics, { dates: { spanF1: 0.5 }, actors: { f2: 0.1 } as never, nope: {} } as never);
    expect(failures).toHaveLength(3);
  });

  it('survives an extractor that throws', () => {
    const result = evaluateFixtures({
      extract: () => {
        throw new Error('boom');
      },
    });
    expect(result.articles.every((a) => a.error?.includes('boom'))).toBe(true);
    expect(result.overall.counts.dates.fn).toBeGreaterThan(0);
  });
});
