/**
 * Tests of the meetings extractor (src/meetings/*): one table row per pattern
 * (verbs, nouns, party phrases, hyphenated parties, dates, places, formats,
 * statuses), in-document coreference, distributive plurals, negatives, the
 * caller's `lexicon.meetingWords`, and the invariants every meeting keeps.
 *
 * Every sentence below was written for this file (none comes from fixtures/).
 */
import { describe, expect, it } from 'vitest';
import { extract, extractMeetings, type Extraction, type Meeting } from '../src/index.js';

const PUBLISHED = '2023-03-15'; // a Wednesday

/** The participant names of a meeting, resolving actor ids. */
function names(x: Extraction, m: Meeting): string[] {
  return m.participants.map((id) => {
    const a = x.actors.find((actor) => actor.id === id);
    expect(a, `participant id ${id} resolves to no actor`).toBeDefined();
    return a!.name;
  });
}

interface Row {
  text: string;
  participants: string[];
  kind?: Meeting['kind'];
  format?: Meeting['format'] | null;
  date?: string | null;
  location?: string | null;
  status?: Meeting['status'];
  leads?: string[];
  topics?: string[];
}

const ROWS: Row[] = [
  // Verbs with coordinated subjects, "met (with) X", "spoke by phone with X", "host X".
  { text: 'Chinese President Xi Jinping and U.S. President Joe Biden will meet in Bali on Monday, the White House said.', participants: ['Xi Jinping', 'Joe Biden'], kind: 'meeting', date: '2023-03-20', location: 'Bali', status: 'planned' },
  { text: 'Secretary of State Antony Blinken met his Russian counterpart Sergei Lavrov in Geneva on Friday.', participants: ['Antony Blinken', 'Sergei Lavrov'], date: '2023-03-10', location: 'Geneva', status: 'held' },
  { text: 'French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Sunday, the Elysee said.', participants: ['Emmanuel Macron', 'Vladimir Putin'], kind: 'call', format: 'phone', date: '2023-03-12', status: 'held' },
  { text: 'Chancellor Olaf Scholz will host Emmanuel Macron in Berlin on Thursday.', participants: ['Olaf Scholz', 'Emmanuel Macron'], location: 'Berlin', status: 'planned', date: '2023-03-16' },
  // "X and Y held talks", a party phrase after the noun, "the Nth round of talks".
  { text: 'Foreign ministers of Russia and Ukraine held talks in Antalya on Thursday but made no progress.', participants: ['Russia', 'Ukraine'], kind: 'talks', date: '2023-03-09', location: 'Antalya', status: 'held', format: 'in-person' },
  { text: 'The summit between Kim Jong Un and Donald Trump in Hanoi was cut short.', participants: ['Kim Jong Un', 'Donald Trump'], kind: 'summit', location: 'Hanoi', date: null },
  { text: 'India and China held the 19th round of military talks on Monday.', participants: ['India', 'China'], kind: 'talks', date: '2023-03-13', status: 'held' },
  { text: 'Prime Minister Narendra Modi held a virtual meeting with Australian Prime Minister Anthony Albanese on Thursday.', participants: ['Narendra Modi', 'Anthony Albanese'], kind: 'call', format: 'video', status: 'held' },
  // Hyphenated and slashed parties.
  { text: 'Serbia-Kosovo talks will resume in Brussels on March 18.', participants: ['Serbia', 'Kosovo'], date: '2023-03-18', location: 'Brussels', status: 'planned' },
  { text: 'The EU-China summit, scheduled for April 1, will be held by video link.', participants: ['European Union', 'China'], kind: 'summit', format: 'video', date: '2023-04-01', status: 'planned' },
  // Status: proposals, tentative modals, cancellations, resumptions.
  { text: 'Iran proposed talks with Saudi Arabia on its nuclear programme.', participants: ['Iran', 'Saudi Arabia'], status: 'proposed', topics: ['its nuclear programme'] },
  { text: 'Israel and Hamas could hold indirect talks in Cairo next week, Egyptian officials said.', participants: ['Israel', 'Hamas'], status: 'proposed', location: 'Cairo' },
  { text: 'The planned summit between Egypt and Ethiopia was called off on Monday.', participants: ['Egypt', 'Ethiopia'], kind: 'summit', status: 'cancelled' },
  { text: 'Japan and South Korea agreed to resume security talks suspended since 2018.', participants: ['Japan', 'South Korea'], status: 'planned', date: null },
  // One group meeting, its topic.
  { text: 'NATO defence ministers will meet in Brussels next month to discuss Ukraine.', participants: ['NATO'], date: '2023-04', location: 'Brussels', status: 'planned', topics: ['Ukraine'] },
  // Leads.
  { text: 'Talks between Armenia and Azerbaijan will be led by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov.', participants: ['Armenia', 'Azerbaijan'], leads: ['Ararat Mirzoyan', 'Jeyhun Bayramov'], status: 'planned' },
];

describe('meetings: one pattern per row', () => {
  for (const row of ROWS) {
    it(row.text, () => {
      const x = extract(row.text, { publishedAt: PUBLISHED });
      expect(x.meetings, JSON.stringify(x.meetings.map((m) => names(x, m)))).toHaveLength(1);
      const m = x.meetings[0]!;
      expect(names(x, m).sort()).toEqual([...row.participants].sort());
      if (row.kind) expect(m.kind).toBe(row.kind);
      if (row.format !== undefined) expect(m.format ?? null).toBe(row.format);
      if (row.date !== undefined) expect(m.date?.value ?? null).toBe(row.date);
      if (row.location !== undefined) expect(m.location?.name ?? null).toBe(row.location);
      if (row.status) expect(m.status).toBe(row.status);
      if (row.leads) expect(m.leads.map((id) => x.actors.find((a) => a.id === id)?.name)).toEqual(row.leads);
      if (row.topics) expect(m.topics).toEqual(row.topics);
    });
  }
});

describe('meetings: negatives', () => {
  const NONE = [
    'Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.',
    'The talks were productive, the minister said.',
    'Prime Minister Rishi Sunak called for calm and urged both sides to respect the ceasefire.',
    'The company held a press conference on Tuesday to present its results.',
    'Any discussions about tariffs would be premature, the European Commission said.',
    'The meeting room on the third floor was closed for repairs.',
    'Canada meets the criteria for membership, the report found.',
    'Officials speaking on condition of anonymity said the plan had stalled.',
  ];
  for (const text of NONE) it(text, () => expect(extractMeetings(text, { publishedAt: PUBLISHED })).toEqual([]));
});

describe('meetings: coreference', () => {
  it('follows "the talks", "this meeting" back to one meeting and keeps a past summit apart', () => {
    const text =
      'Officials from Armenia and Azerbaijan will hold talks in Washington on May 1. The talks, which will be led by Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov, will focus on a peace treaty. This meeting follows a summit in Prague in October.';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.meetings).toHaveLength(2);
    const [talks, summit] = x.meetings;
    expect(names(x, talks!).sort()).toEqual(['Armenia', 'Azerbaijan']);
    expect(talks!.mentions.map((s) => s.text)).toEqual(['talks', 'The talks', 'This meeting']);
    expect(talks!.date?.value).toBe('2023-05-01');
    expect(talks!.location?.name).toBe('Washington');
    expect(talks!.status).toBe('planned');
    expect(summit!.kind).toBe('summit');
    expect(summit!.date?.value).toBe('2022-10');
    expect(summit!.location?.name).toBe('Prague');
    expect(summit!.status).toBe('held');
  });

  it('keeps meetings on different days apart and gives each its own date', () => {
    const text =
      'Talks between Serbia and Kosovo will take place on April 3, followed on April 4 by a meeting between Serbia and the European Union.';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.meetings.map((m) => [names(x, m).sort().join('+'), m.date?.value])).toEqual([
      ['Kosovo+Serbia', '2023-04-03'],
      ['European Union+Serbia', '2023-04-04'],
    ]);
  });

  it('lets "Meetings with X and Y" refer to each meeting it names', () => {
    const text =
      'A meeting between Iran and the European Union is planned for May 2. A meeting between Iran and the United Nations will follow on May 3. Meetings with the EU and the UN should focus on sanctions.';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.meetings).toHaveLength(2);
    for (const m of x.meetings) expect(m.mentions.some((s) => s.text.startsWith('Meetings with'))).toBe(true);
  });

  it('reads "their" as the two leaders named before it, and "their last call" as an earlier call', () => {
    const text =
      'President Joe Biden and President Xi Jinping will speak by phone on Friday. During their last call in November, the two sides discussed trade.';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.meetings).toHaveLength(2);
    const [next, last] = x.meetings;
    expect(next!.status).toBe('planned');
    expect(next!.date?.value).toBe('2023-03-17');
    expect(last!.status).toBe('held');
    expect(names(x, last!).sort()).toEqual(['Joe Biden', 'Xi Jinping']);
  });
});

describe('meetings: lexicon and invariants', () => {
  it('takes extra meeting nouns from lexicon.meetingWords', () => {
    const text = 'Ministers from Chile and Peru will hold a huddle in Lima on Friday.';
    expect(extractMeetings(text, { publishedAt: PUBLISHED })).toEqual([]);
    const found = extractMeetings(text, { publishedAt: PUBLISHED, lexicon: { meetingWords: [{ word: 'huddle', kind: 'meeting' }] } });
    expect(found).toHaveLength(1);
    expect(found[0]!.location?.name).toBe('Lima');
  });

  it('gives every mention exact offsets and every participant an actor', () => {
    const text =
      'Officials from Armenia and Azerbaijan will hold talks in Washington on May 1. This meeting follows a summit in Prague in October.';
    const x = extract(text, { publishedAt: PUBLISHED });
    expect(x.meetings.length).toBeGreaterThan(0);
    for (const m of x.meetings) {
      for (const s of m.mentions) expect(text.slice(s.start, s.end)).toBe(s.text);
      if (m.location) expect(text.slice(m.location.span.start, m.location.span.end)).toBe(m.location.span.text);
      for (const id of [...m.participants, ...m.leads]) expect(x.actors.some((a) => a.id === id)).toBe(true);
    }
    expect(x.meetings.map((m) => m.id)).toEqual(x.meetings.map((_, i) => `meeting${i + 1}`));
  });
});
