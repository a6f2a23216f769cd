/**
 * Tests of mergeArticles (src/merge/*): the five fixture articles as one story,
 * unrelated stories that must stay apart, conflicts between articles, undated
 * meetings, near-duplicate positions, actors behind ambiguous aliases, and
 * input validation.
 *
 * Apart from the fixtures, every article below was written for this file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type Actor, type Digest, type Extraction, type Meeting } from '../src/index.js';
import { mergeArticles } from '../src/merge/index.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const FIXTURE_IDS = ['000', '001', '002', '003', '004'];

function fixture(id: string): Extraction {
  const gold = JSON.parse(readFileSync(new URL(`${id}.gold.json`, FIXTURES), 'utf8')) as { article: string; publishedAt: string };
  const text = readFileSync(new URL(gold.article, FIXTURES), 'utf8');
  return extract(text, { publishedAt: gold.publishedAt });
}

function nameOf(d: Digest, id: string): string {
  return d.actors.find((a) => a.id === id)?.name ?? `?${id}`;
}

/** One line per merged meeting, printed when an assertion fails. */
function dump(d: Digest): string {
  return d.meetings
    .map(
      (m) =>
        `${m.id} ${m.kind} [${m.participants.map((id) => nameOf(d, id)).join(', ')}] ${m.date?.value ?? 'undated'} ` +
        `${m.location?.name ?? ''} sources: ${m.sources.map((s) => `${s.article}:${s.id}`).join(' ')}`,
    )
    .join('\n');
}

/** The merged meetings on `date` (a prefix: '2021-06' also finds '2021-06-16') whose participants include `names`. */
function find(d: Digest, date: string, names: string[]): Digest['meetings'] {
  return d.meetings.filter(
    (m) => m.date?.value.startsWith(date) === true && names.every((n) => m.participants.some((id) => nameOf(d, id) === n)),
  );
}

/** Every id in the Digest resolves: to a Digest actor, or (in sources) to an item of that article. */
function expectConsistent(d: Digest, extractions: Extraction[]): void {
  const actorIds = new Set(d.actors.map((a) => a.id));
  const article = (id: string): Extraction => extractions[d.articles.indexOf(id)]!;
  for (const a of d.actors) {
    if (a.affiliation !== undefined) expect(actorIds.has(a.affiliation), `${a.id} affiliation`).toBe(true);
    expect(a.mentions).toEqual([]);
    for (const s of a.sources) expect(article(s.article).actors.some((x) => x.id === s.id)).toBe(true);
  }
  for (const m of d.meetings) {
    for (const id of [...m.participants, ...m.leads]) expect(actorIds.has(id), `${m.id} actor ${id}`).toBe(true);
    expect(m.mentions).toEqual([]);
    for (const s of m.sources) {
      const source = article(s.article).meetings.find((x) => x.id === s.id);
      expect(source, `${m.id} source ${s.article}:${s.id}`).toBeDefined();
      expect(s.mentions).toEqual(source!.mentions);
    }
  }
  for (const p of d.positions) {
    for (const id of [p.holder, ...p.about]) expect(actorIds.has(id), `${p.id} actor ${id}`).toBe(true);
    for (const s of p.sources) expect(article(s.article).positions.some((x) => x.id === s.id)).toBe(true);
  }
  expect([...d.timeline].sort()).toEqual(d.meetings.map((m) => m.id).sort());
}

describe('mergeArticles: the five fixture articles as one story', () => {
  const extractions = FIXTURE_IDS.map(fixture);
  const digest = mergeArticles(extractions, { ids: FIXTURE_IDS });

  const EVENTS: Array<{ what: string; date: string; names: string[]; articles?: string[] }> = [
    { what: 'US–Russia talks', date: '2022-01-10', names: ['United States', 'Russia'], articles: FIXTURE_IDS },
    { what: 'Russia–NATO talks', date: '2022-01-12', names: ['Russia', 'NATO'] },
    { what: 'Russia–OSCE meeting', date: '2022-01-13', names: ['Russia', 'Organization for Security and Cooperation in Europe'] },
    { what: 'Biden–Putin Geneva summit', date: '2021-06', names: ['Joe Biden', 'Vladimir Putin'] },
    { what: 'Biden–Putin video call', date: '2021-12-07', names: ['Joe Biden', 'Vladimir Putin'] },
    { what: 'Biden–Putin phone call', date: '2021-12-30', names: ['Joe Biden', 'Vladimir Putin'] },
    { what: 'Blinken–Zelenskyy meeting', date: '2021-12-29', names: ['Antony Blinken', 'Volodymyr Zelenskyy'] },
  ];

  it.each(EVENTS)('has the $what ($date) exactly once', ({ date, names, articles }) => {
    const found = find(digest, date, names);
    expect(found.length, `merged meetings:\n${dump(digest)}`).toBe(1);
    if (articles) expect(found[0]!.sources.map((s) => s.article), `merged meetings:\n${dump(digest)}`).toEqual(articles);
  });

  it('has those seven events and nothing else (undated mentions join their event)', () => {
    expect(digest.meetings.length, `merged meetings:\n${dump(digest)}`).toBe(7);
    // 004 writes "Russia and NATO … are set to meet" with no date: it joins the one Russia–NATO event.
    const nato = find(digest, '2022-01-12', ['Russia', 'NATO'])[0]!;
    expect(nato.sources.map((s) => s.article)).toEqual(['000', '001', '002', '004']);
  });

  it('keeps the agreed attributes and reports disagreements as conflicts', () => {
    const talks = find(digest, '2022-01-10', ['United States', 'Russia'])[0]!;
    expect(talks.location?.name).toBe('Geneva');
    expect(talks.series).toBe('Strategic Security Dialogue');
    expect(talks.conflicts).toEqual([]);
    const summit = find(digest, '2021-06', ['Joe Biden', 'Vladimir Putin'])[0]!;
    expect(summit.kind).toBe('summit');
    expect(summit.conflicts).toContainEqual({
      field: 'kind',
      values: [
        { value: 'summit', articles: ['000', '001', '002'] },
        { value: 'meeting', articles: ['004'] },
      ],
    });
  });

  it('orders the timeline by date', () => {
    const dates = digest.timeline.map((id) => digest.meetings.find((m) => m.id === id)!.date?.value);
    expect(dates).toEqual(['2021-06', '2021-12-07', '2021-12-29', '2021-12-30', '2022-01-10', '2022-01-12', '2022-01-13']);
  });

  it('merges actors across articles, with each article\'s mentions in its source', () => {
    const putin = digest.actors.filter((a) => a.name === 'Vladimir Putin');
    expect(putin).toHaveLength(1);
    expect(putin[0]!.sources.map((s) => s.article)).toEqual(FIXTURE_IDS);
    expect(putin[0]!.aliases).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin']));
    expect(nameOf(digest, putin[0]!.affiliation!)).toBe('Russia');
    const x000 = extractions[0]!.actors.find((a) => a.name === 'Vladimir Putin')!;
    expect(putin[0]!.sources[0]).toEqual({ article: '000', id: x000.id, mentions: x000.mentions });
    for (const name of ['United States', 'Russia', 'Ukraine', 'NATO', 'Joe Biden']) {
      expect(digest.actors.filter((a) => a.name === name), name).toHaveLength(1);
    }
    expect(digest.actors.map((a) => a.id)).toEqual(digest.actors.map((_, i) => `actor${i + 1}`));
  });

  it('keeps every id consistent', () => {
    expect(digest.articles).toEqual(FIXTURE_IDS);
    expectConsistent(digest, extractions);
  });
});

describe('mergeArticles: articles written for the test', () => {
  const JAPAN_KOREA_1 =
    'TOKYO — Japan and South Korea remain locked in a trade dispute over export controls on semiconductor materials. ' +
    'Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol will hold a summit in Seoul on May 7, ' +
    'officials said. Kishida said Japan would lift its export controls on semiconductor materials if Seoul dropped its ' +
    'complaint at the World Trade Organization.';
  const JAPAN_KOREA_2 =
    'SEOUL — South Korean President Yoon Suk Yeol will host Japanese Prime Minister Fumio Kishida at a summit in Seoul on ' +
    'May 7. Japan would lift its export controls on semiconductor materials if Seoul dropped its complaint at the World ' +
    'Trade Organization, Kishida said on Thursday.';
  const EU_CHINA =
    'BRUSSELS — The European Union and China will hold a summit in Brussels on May 7, the European Commission said. ' +
    'Chinese Premier Li Qiang said Beijing was ready to work with Brussels.';

  it('keeps two unrelated summits on the same day apart, and merges each story\'s own reports', () => {
    const xs = [
      extract(JAPAN_KOREA_1, { publishedAt: '2023-04-20' }),
      extract(JAPAN_KOREA_2, { publishedAt: '2023-04-21' }),
      extract(EU_CHINA, { publishedAt: '2023-04-21' }),
    ];
    const d = mergeArticles(xs, { ids: ['jk1', 'jk2', 'euc'] });
    expect(d.meetings.length, dump(d)).toBe(2);
    const seoul = find(d, '2023-05-07', ['Fumio Kishida', 'Yoon Suk Yeol']);
    expect(seoul, dump(d)).toHaveLength(1);
    expect(seoul[0]!.sources.map((s) => s.article)).toEqual(['jk1', 'jk2']);
    expect(seoul[0]!.location?.name).toBe('Seoul');
    const brussels = find(d, '2023-05-07', ['European Union', 'China']);
    expect(brussels, dump(d)).toHaveLength(1);
    expect(brussels[0]!.sources.map((s) => s.article)).toEqual(['euc']);
    // Kishida's claim, reported by both Japan–Korea articles in nearly the same words, is one position.
    const kishida = d.positions.filter((p) => nameOf(d, p.holder) === 'Fumio Kishida');
    expect(kishida).toHaveLength(1);
    expect(kishida[0]!.sources.map((s) => s.article)).toEqual(['jk1', 'jk2']);
    expect(kishida[0]!.content).toEqual(xs[0]!.positions[0]!.content);
    expect(kishida[0]!.sources[1]!.mentions).toEqual([xs[1]!.positions.find((p) => p.content.text.startsWith('Japan would'))!.content]);
    // No actor of one story is merged with one of the other.
    for (const a of d.actors) {
      const stories = new Set(a.sources.map((s) => (s.article === 'euc' ? 'eu' : 'jk')));
      expect(stories.size, a.name).toBe(1);
    }
    expectConsistent(d, xs);
  });

  it('reports two places for one event (same day, same parties) as a conflict', () => {
    const xs = [
      extract('Armenia and Azerbaijan will hold talks in Washington on May 1, the State Department said.', { publishedAt: '2023-04-20' }),
      extract('Armenia and Azerbaijan will hold talks in Vienna on May 1, diplomats said.', { publishedAt: '2023-04-21' }),
    ];
    const d = mergeArticles(xs, { ids: ['a', 'b'] });
    expect(d.meetings.length, dump(d)).toBe(1);
    const talks = d.meetings[0]!;
    expect(talks.date?.value).toBe('2023-05-01');
    expect(talks.location?.name).toBe('Washington'); // a tie: the first article's
    expect(talks.conflicts).toEqual([
      { field: 'location', values: [{ value: 'Washington', articles: ['a'] }, { value: 'Vienna', articles: ['b'] }] },
    ]);
  });

  it('merges an undated meeting into the one dated event of the same parties, and only when there is one', () => {
    const held = extract('Russia and NATO held talks in Brussels on March 1.', { publishedAt: '2023-03-15' });
    const next = extract('Russia and NATO will hold talks again on April 20.', { publishedAt: '2023-03-15' });
    const undated = extract('Russia and NATO are set to meet, a diplomat said.', { publishedAt: '2023-03-16' });

    const one = mergeArticles([held, undated]);
    expect(one.articles).toEqual(['0', '1']);
    expect(one.meetings.length, dump(one)).toBe(1);
    expect(one.meetings[0]!.sources.map((s) => s.article)).toEqual(['0', '1']);
    expect(one.meetings[0]!.conflicts.map((c) => c.field)).toContain('status');

    const two = mergeArticles([held, next, undated]);
    expect(two.meetings.length, dump(two)).toBe(3);
    expect(two.timeline).toEqual(['meeting1', 'meeting2', 'meeting3']);
    expect(two.meetings[2]!.date).toBeUndefined();
  });

  it('does not merge two unnamed officials who share only the word "spokesperson"', () => {
    // Both belong to the United States, so only the proper-name rule keeps them apart.
    const xs = [
      extract('A State Department spokesperson said the United States would send more aid. The spokesperson said it would arrive soon.', { publishedAt: '2023-03-16' }),
      extract('A Pentagon spokesperson said the United States would not send troops. The spokesperson said the decision was final.', { publishedAt: '2023-03-16' }),
    ];
    for (const x of xs) expect(x.actors.some((a) => a.aliases.includes('spokesperson'))).toBe(true);
    const d = mergeArticles(xs);
    const spokespeople = d.actors.filter((a) => a.titles.includes('spokesperson'));
    expect(spokespeople.map((a) => a.name)).toEqual(['State Department spokesperson', 'Pentagon spokesperson']);
    expect(spokespeople.map((a) => a.sources.length)).toEqual([1, 1]);
    expect(d.actors.filter((a) => a.name === 'United States')).toHaveLength(1);
  });

  it('merges the same claim reported twice in other words, but not a different claim, stance or holder', () => {
    const xs = [
      extract('Russian President Vladimir Putin said Russia would keep its troops in Belarus until the end of the year.', { publishedAt: '2023-03-16' }),
      extract('Russia would keep its troops in Belarus until next year, Putin told reporters on Thursday.', { publishedAt: '2023-03-16' }),
      extract('Putin said Russia would withdraw its troops from Belarus.', { publishedAt: '2023-03-16' }),
      extract('Ukraine would keep its troops in Belarus, Zelenskyy told reporters on Thursday.', { publishedAt: '2023-03-16' }),
    ];
    const d = mergeArticles(xs);
    const putin = d.positions.filter((p) => nameOf(d, p.holder) === 'Vladimir Putin');
    // Word-set overlap 0.69 for the first two; 0.36 for the withdrawal claim.
    expect(putin.map((p) => p.sources.map((s) => s.article))).toEqual([['0', '1'], ['2']]);
    expect(putin[0]!.content.text).toBe('Russia would keep its troops in Belarus until the end of the year');
    expect(putin[0]!.sources[1]!.mentions.map((m) => m.text)).toEqual(['Russia would keep its troops in Belarus until next year']);
    expect(d.positions.map((p) => p.id)).toEqual(d.positions.map((_, i) => `position${i + 1}`));
    expectConsistent(d, xs);
  });
});

describe('mergeArticles: rules on hand-built extractions', () => {
  const span = { start: 0, end: 1, text: 'x' };
  const actor = (id: string, name: string, type: Actor['type'], more: Partial<Actor> = {}): Actor => ({
    id, name, type, titles: [], aliases: [name], mentions: [span], ...more,
  });
  const meeting = (id: string, participants: string[], more: Partial<Meeting> = {}): Meeting => ({
    id, kind: 'meeting', participants, leads: [], status: 'held', topics: [], mentions: [span], ...more,
  });
  const date = (value: string): Meeting['date'] => ({ span, value, type: 'date', relative: false });
  const x = (actors: Actor[], meetings: Meeting[] = []): Extraction => ({
    publishedAt: { value: null, source: 'none' }, dates: [], actors, meetings, positions: [], extra: {},
  });

  it('merges a person through a shared proper-name alias, and lifts people to their country', () => {
    const a = x(
      [actor('a1', 'Antony Blinken', 'person', { aliases: ['Antony Blinken', 'Blinken'], affiliation: 'a2' }), actor('a2', 'United States', 'country'), actor('a3', 'Ukraine', 'country')],
      [meeting('m1', ['a1', 'a3'], { date: date('2021-12-29') })],
    );
    const b = x(
      [actor('b1', 'Blinken', 'person', { affiliation: 'b2', titles: ['Secretary of State'] }), actor('b2', 'United States', 'country'), actor('b3', 'Ukraine', 'country')],
      [meeting('m1', ['b2', 'b3'])],
    );
    const d = mergeArticles([a, b]);
    const blinken = d.actors.filter((p) => p.type === 'person');
    expect(blinken).toHaveLength(1);
    expect(blinken[0]).toMatchObject({ name: 'Antony Blinken', titles: ['Secretary of State'], aliases: ['Antony Blinken', 'Blinken'] });
    // Blinken stands for the United States, so the undated US–Ukraine meeting is the same event.
    expect(d.meetings.length, dump(d)).toBe(1);
    expect(d.meetings[0]!.participants.map((id) => nameOf(d, id))).toEqual(['United States', 'Ukraine']);
  });

  it('keeps people of different countries apart even when they share a name', () => {
    const a = x([actor('a1', 'Kim', 'person', { affiliation: 'a2' }), actor('a2', 'North Korea', 'country')]);
    const b = x([actor('b1', 'Kim', 'person', { affiliation: 'b2' }), actor('b2', 'South Korea', 'country')]);
    expect(mergeArticles([a, b]).actors.filter((p) => p.name === 'Kim')).toHaveLength(2);
  });

  it('keeps unnamed officials with one name but different bodies apart', () => {
    const a = x([actor('a1', 'spokesperson', 'person', { affiliation: 'a2' }), actor('a2', 'State Department', 'organization')]);
    const b = x([actor('b1', 'spokesperson', 'person', { affiliation: 'b2' }), actor('b2', 'Pentagon', 'organization')]);
    const c = x([actor('c1', 'spokesperson', 'person', { affiliation: 'c2' }), actor('c2', 'State Department', 'organization')]);
    const d = mergeArticles([a, b, c]);
    expect(d.actors.filter((p) => p.name === 'spokesperson').map((p) => p.sources.map((s) => s.article))).toEqual([['0', '2'], ['1']]);
  });

  it('never merges a summit with a call, nor two different days, nor two meetings of one article', () => {
    const actors = [actor('p', 'Russia', 'country'), actor('q', 'China', 'country')];
    const a = x(actors, [
      meeting('m1', ['p', 'q'], { kind: 'summit', date: date('2023-03-20') }),
      meeting('m2', ['p', 'q'], { kind: 'call', date: date('2023-03') }),
    ]);
    const b = x(actors, [
      meeting('m1', ['p', 'q'], { kind: 'call', date: date('2023-03-20') }),
      meeting('m2', ['p', 'q'], { kind: 'meeting', date: date('2023-03-21') }),
    ]);
    const d = mergeArticles([a, b]);
    expect(dump(d).split('\n')).toHaveLength(3);
    // a's vague March call is b's call of 2023-03-20; the date kept is the most specific one.
    const call = d.meetings.find((m) => m.kind === 'call')!;
    expect(call.sources.map((s) => `${s.article}:${s.id}`)).toEqual(['0:m2', '1:m1']);
    expect(call.date?.value).toBe('2023-03-20');
  });

  it('never merges two meetings of one article: its extractor already told them apart', () => {
    const actors = [actor('p', 'Russia', 'country'), actor('q', 'China', 'country')];
    const a = x(actors, [meeting('m1', ['p', 'q'], { date: date('2023-03-20') }), meeting('m2', ['p', 'q'])]);
    expect(mergeArticles([a]).meetings.map((m) => m.sources.map((s) => s.id))).toEqual([['m1'], ['m2']]);
    // A second article's undated meeting of the same parties is ambiguous between the two, so it stays apart too.
    const b = x(actors, [meeting('m1', ['p', 'q'])]);
    expect(mergeArticles([a, b]).meetings).toHaveLength(3);
  });

  it('keeps Russia–US and Russia–NATO apart (each names a party the other lacks)', () => {
    const a = x([actor('r', 'Russia', 'country'), actor('u', 'United States', 'country')], [meeting('m1', ['r', 'u'])]);
    const b = x([actor('r', 'Russia', 'country'), actor('n', 'NATO', 'organization')], [meeting('m1', ['r', 'n'])]);
    expect(mergeArticles([a, b]).meetings).toHaveLength(2);
  });
});

describe('mergeArticles: input', () => {
  const empty: Extraction = { publishedAt: { value: null, source: 'none' }, dates: [], actors: [], meetings: [], positions: [], extra: {} };

  it('returns an empty Digest for no articles', () => {
    expect(mergeArticles([])).toEqual({ articles: [], actors: [], meetings: [], positions: [], timeline: [] });
  });

  it('names "extractions" when it is not a list of extractions', () => {
    expect(() => mergeArticles('text' as unknown as Extraction[])).toThrow(TypeError);
    expect(() => mergeArticles('text' as unknown as Extraction[])).toThrow(/mergeArticles\(extractions\) must be an array.*got string/);
    expect(() => mergeArticles([empty, null as unknown as Extraction])).toThrow(/mergeArticles\(extractions\) item 1 .*got null/);
    expect(() => mergeArticles([{ actors: [], meetings: [] } as unknown as Extraction])).toThrow(/mergeArticles\(extractions\) item 0/);
  });

  it('names "options.ids" when the ids do not fit', () => {
    expect(() => mergeArticles([empty, empty], { ids: ['a'] })).toThrow(TypeError);
    expect(() => mergeArticles([empty, empty], { ids: ['a'] })).toThrow(/mergeArticles\(options\.ids\).*got 1 for 2/);
    expect(() => mergeArticles([empty, empty], { ids: ['a', 'a'] })).toThrow(/options\.ids.*repeated/);
    expect(() => mergeArticles([empty], { ids: [1] as unknown as string[] })).toThrow(/options\.ids.*non-string/);
    expect(() => mergeArticles([empty], { ids: 'a' as unknown as string[] })).toThrow(/options\.ids.*got string/);
    expect(() => mergeArticles([empty], 'a' as unknown as { ids: string[] })).toThrow(/mergeArticles\(options\) must be an object/);
  });

  it('does not modify its input', () => {
    const xs = FIXTURE_IDS.slice(0, 2).map(fixture);
    const before = JSON.stringify(xs);
    mergeArticles(xs, { ids: ['x', 'y'] });
    expect(JSON.stringify(xs)).toBe(before);
  });
});
