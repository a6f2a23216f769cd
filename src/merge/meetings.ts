/**
 * Meetings across articles: one Digest meeting per real event.
 *
 * Two article-level meetings are the same event when nothing about them
 * disagrees: their parties (countries and bodies, a person counting as the
 * country they belong to) overlap with one side naming a subset of the other's,
 * their dates name overlapping periods, their kinds can describe one event, and
 * their places agree. Every member of a merged meeting must agree with every
 * other (no chaining), and one article contributes at most one meeting to an
 * event, because its extractor already told its meetings apart.
 */
import type { Conflict, DateMention, Meeting, Source } from '../types.js';
import { type DigestActor, nameKey, unionCaseless } from './actors.js';
import { partyOf } from '../core/actorTokens.js';
import { intersects, isSubset, sameSet } from '../core/sets.js';

export type DigestMeeting = Meeting & { sources: Source[]; conflicts: Conflict[] };

/** An article-level meeting with its participants already in Digest actor ids. */
interface Item {
  article: number;
  index: number;
  meeting: Meeting;
  participants: string[];
  leads: string[];
  /** Party level: each participant lifted to its country (or topmost body). */
  parties: Set<string>;
  /** The people among the participants, and whether there is nobody else. */
  people: Set<string>;
  onlyPeople: boolean;
  /** The period the date names, in days since 1970 (inclusive). */
  range?: [number, number];
  place?: string;
}

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;

/**
 * The days a TIMEX3 value covers: '2021' a year, '2021-12' a month,
 * '2021-12-07' (with or without a time) a day, '2021-W52' an ISO week,
 * '2021-Q4' a quarter. Anything else ('PRESENT_REF', 'XXXX-06', durations)
 * says nothing checkable about when, so it counts as no date.
 */
export function dateRange(value: string | undefined): [number, number] | undefined {
  if (!value) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const d = day(+m[1]!, +m[2]!, +m[3]!);
    return [d, d];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [day(+m[1]!, +m[2]!, 1), day(+m[1]!, +m[2]! + 1, 1) - 1];
  m = /^(\d{4})$/.exec(value);
  if (m) return [day(+m[1]!, 1, 1), day(+m[1]! + 1, 1, 1) - 1];
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 is the week holding January 4th; weeks start on Monday.
    const jan4 = day(+m[1]!, 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return [monday, monday + 6];
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = +m[2]!;
    return [day(+m[1]!, q * 3 - 2, 1), day(+m[1]!, q * 3 + 1, 1) - 1];
  }
  return undefined;
}

/** '2021-12' and '2021-12-07' may be one day; '2021-12-07' and '2021-12-30' are not. A missing date never disagrees. */
function datesAgree(a?: [number, number], b?: [number, number]): boolean {
  return !a || !b || (a[0] <= b[1] && b[0] <= a[1]);
}

/** A summit is met in person; a call or (video) conference is not one. */
const CLASHING_KINDS = new Set(['summit|call', 'summit|conference']);
function kindsAgree(a: Meeting['kind'], b: Meeting['kind']): boolean {
  return !CLASHING_KINDS.has(`${a}|${b}`) && !CLASHING_KINDS.has(`${b}|${a}`);
}

/** "Geneva" and "Geneva, Switzerland" are one place: equal keys, or one the other's first words. */
function placesAgree(a?: string, b?: string): boolean {
  return !a || !b || a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * Parties agree when they overlap and one side names only parties the other
 * names too: an article that lists fewer parties ("talks with NATO" against
 * "talks between Russia and NATO") reports the same event, while Russia–US and
 * Russia–NATO (each side has a party the other lacks) are two events.
 */
function partiesAgree(a: Item, b: Item): boolean {
  if (!intersects(a.parties, b.parties)) return false;
  if (!isSubset(a.parties, b.parties) && !isSubset(b.parties, a.parties)) return false;
  // Two meetings of people only, with nobody in common, are two meetings (Blinken–Lavrov beside Biden–Putin).
  if (a.onlyPeople && b.onlyPeople && !intersects(a.people, b.people)) return false;
  return true;
}

/** Same single day and the same parties: strong enough that a different place is a reporting conflict, not a second event. */
function sameDayAndParties(a: Item, b: Item): boolean {
  return (
    a.range !== undefined &&
    b.range !== undefined &&
    a.range[0] === a.range[1] &&
    a.range[0] === b.range[0] &&
    b.range[0] === b.range[1] &&
    sameSet(a.parties, b.parties)
  );
}

function agree(a: Item, b: Item): boolean {
  return (
    kindsAgree(a.meeting.kind, b.meeting.kind) &&
    datesAgree(a.range, b.range) &&
    partiesAgree(a, b) &&
    (placesAgree(a.place, b.place) || sameDayAndParties(a, b))
  );
}


/** The party a Digest actor stands for (src/core/actorTokens.ts). */
function digestParty(id: string, actors: Map<string, DigestActor>): string {
  return partyOf(id, (x) => actors.get(x));
}

/**
 * Narrows ambiguous candidates with ever weaker evidence of identity; a step
 * that keeps nobody is skipped. An item joins only when one candidate remains,
 * so an undated "Russia and NATO will meet" joins the one Russia–NATO event of
 * the story, and stays apart when the story has two.
 */
function pick(item: Item, candidates: Item[][]): Item[] | undefined {
  const union = (c: Item[]): Set<string> => new Set(c.flatMap((i) => [...i.parties]));
  const steps: Array<(c: Item[]) => boolean> = [
    (c) => sameSet(union(c), item.parties),
    (c) => c.some((i) => intersects(i.people, item.people)),
    (c) => c.some((i) => i.meeting.kind === item.meeting.kind),
    (c) => c.some((i) => i.place !== undefined && i.place === item.place),
  ];
  let left = candidates;
  for (const step of steps) {
    if (left.length <= 1) break;
    const kept = left.filter(step);
    if (kept.length > 0) left = kept;
  }
  return left.length === 1 ? left[0] : undefined;
}

/** Days a meeting's date spans; undated sorts after every date (a number, so comparisons never give NaN). */
function width(i: Item): number {
  return i.range ? i.range[1] - i.range[0] : Number.MAX_SAFE_INTEGER;
}

function cluster(items: Item[]): Item[][] {
  // Most specific dates first: they settle the events, and vaguer mentions then join the one they fit.
  const ordered = [...items].sort((a, b) => width(a) - width(b) || a.article - b.article || a.index - b.index);
  const clusters: Item[][] = [];
  for (const item of ordered) {
    const candidates = clusters.filter((c) => c.every((o) => o.article !== item.article && agree(o, item)));
    const target = pick(item, candidates);
    if (target) target.push(item);
    else clusters.push([item]);
  }
  for (const c of clusters) c.sort((a, b) => a.article - b.article || a.index - b.index);
  return clusters.sort((a, b) => a[0]!.article - b[0]!.article || a[0]!.index - b[0]!.index);
}

interface Group<T> {
  value: T;
  articles: string[];
}

/**
 * Groups the members' values of one field (members without a value abstain),
 * in order of first appearance; `same` says when two values agree.
 */
function vote<T>(items: Item[], ids: string[], get: (i: Item) => T | undefined, same: (a: T, b: T) => boolean): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const i of items) {
    const v = get(i);
    if (v === undefined) continue;
    const article = ids[i.article]!;
    const g = groups.find((x) => same(x.value, v));
    if (g) {
      if (!g.articles.includes(article)) g.articles.push(article);
    } else groups.push({ value: v, articles: [article] });
  }
  return groups;
}

/** The group most articles back (ties → the first article's). */
function winner<T>(groups: Group<T>[]): T | undefined {
  let best: Group<T> | undefined;
  for (const g of groups) if (!best || g.articles.length > best.articles.length) best = g;
  return best?.value;
}

/**
 * One level of participants, as the extractor reports them: the people when
 * every party has a person among the participants, else the parties.
 */
function participantsOf(items: Item[], actors: Map<string, DigestActor>): string[] {
  const union = [...new Set(items.flatMap((i) => i.participants))];
  const parties = [...new Set(union.map((id) => digestParty(id, actors)))];
  const people = union.filter((id) => actors.get(id)?.type === 'person');
  const peopleParties = new Set(people.map((id) => digestParty(id, actors)));
  if (people.length > 0 && parties.every((p) => peopleParties.has(p))) return people;
  return parties;
}

function build(items: Item[], n: number, ids: string[], actors: Map<string, DigestActor>): DigestMeeting {
  const conflicts: Conflict[] = [];
  const field = <T>(name: string, groups: Group<T>[], show: (v: T) => unknown = (v) => v): T | undefined => {
    if (groups.length > 1) conflicts.push({ field: name, values: groups.map((g) => ({ value: show(g.value), articles: g.articles })) });
    return winner(groups);
  };
  const eq = <T>(a: T, b: T): boolean => a === b;

  const kind = field('kind', vote(items, ids, (i) => i.meeting.kind, eq)) ?? items[0]!.meeting.kind;
  const format = field('format', vote(items, ids, (i) => i.meeting.format, eq));
  const status = field('status', vote(items, ids, (i) => i.meeting.status, eq)) ?? 'unknown';
  const location = field(
    'location',
    vote(items, ids, (i) => i.meeting.location, (a, b) => placesAgree(nameKey(a.name), nameKey(b.name))),
    (l) => l.name,
  );
  // "Strategic Security Dialogue" and "strategic security dialogue" are one series.
  const series = field('series', vote(items, ids, (i) => i.meeting.series, (a, b) => nameKey(a) === nameKey(b)));

  // The members' dates all overlap; the narrowest is what they agree on, as the first article to give it wrote it.
  const dated = items.filter((i) => i.meeting.date);
  const narrowest = [...dated].sort((a, b) => width(a) - width(b))[0];
  const date: DateMention | undefined = narrowest?.meeting.date;

  // Fields in the order of the Meeting interface, optional ones only when known.
  const meeting: DigestMeeting = {
    id: `meeting${n}`,
    kind,
    ...(format !== undefined && { format }),
    participants: participantsOf(items, actors),
    leads: [...new Set(items.flatMap((i) => i.leads))],
    ...(date !== undefined && { date }),
    ...(location !== undefined && { location }),
    status,
    topics: unionCaseless(items.map((i) => i.meeting.topics)),
    ...(series !== undefined && { series }),
    // Offsets of different texts cannot be pooled: each article's mentions live in its Source.
    mentions: [],
    sources: items.map((i) => ({ article: ids[i.article]!, id: i.meeting.id, mentions: i.meeting.mentions })),
    conflicts,
  };
  return meeting;
}

export function mergeMeetings(
  perArticle: Meeting[][],
  ids: string[],
  idMaps: Map<string, string>[],
  digestActors: DigestActor[],
): DigestMeeting[] {
  const actors = new Map(digestActors.map((a) => [a.id, a]));
  const items = perArticle.flatMap((meetings, article) =>
    meetings.map((meeting, index): Item => {
      const map = (list: string[]): string[] =>
        [...new Set(list.map((id) => idMaps[article]!.get(id)).filter((id): id is string => id !== undefined))];
      const participants = map(meeting.participants);
      const people = participants.filter((id) => actors.get(id)?.type === 'person');
      const item: Item = {
        article,
        index,
        meeting,
        participants,
        leads: map(meeting.leads),
        parties: new Set(participants.map((id) => digestParty(id, actors))),
        people: new Set(people),
        onlyPeople: people.length > 0 && people.length === participants.length,
      };
      const range = dateRange(meeting.date?.value);
      if (range) item.range = range;
      const place = meeting.location ? nameKey(meeting.location.name) : '';
      if (place) item.place = place;
      return item;
    }),
  );
  return cluster(items).map((c, i) => build(c, i + 1, ids, actors));
}

/** Meeting ids by date (start of the period, then its end); undated meetings last, in Digest order. */
export function timeline(meetings: DigestMeeting[]): string[] {
  const never = Number.MAX_SAFE_INTEGER;
  const key = (m: DigestMeeting): [number, number] => dateRange(m.date?.value) ?? [never, never];
  return meetings
    .map((m, i) => ({ m, i, k: key(m) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map(({ m }) => m.id);
}
