/**
 * Which mentions are one meeting. Mentions are read in text order; each joins
 * the best compatible meeting found so far or starts a new one:
 *
 * - a mention naming parties joins a meeting with the same parties (or a
 *   subset of them: "talks with Russia"), never one whose date, format, kind
 *   or firm status contradicts it;
 * - a mention naming none ("the talks", "this bilateral meeting", "the Jan. 10
 *   meeting") refers back: to the most recent compatible meeting after a
 *   demonstrative ("that contact"), else to the one the story is about (the
 *   most mentioned), dates, places and kinds deciding first;
 * - "another"/"subsequent" skips the meeting just named, and a meeting word
 *   after "after"/"before" is never the meeting of its own sentence;
 * - "Meetings with NATO and the OSCE" joins each meeting it names;
 * - "their last video conference" with no antecedent is a new meeting of the
 *   parties of the meeting being discussed.
 */
import type { DateMention, Meeting, MeetingKind, MeetingStatus, TextSpan } from '../types.js';
import { partyOf, type MeetingContext } from './context.js';
import { isSubset, sameSet } from '../core/sets.js';
import type { Format, MeetingMention } from './mentions.js';
import { dateRelation, dateSide } from './dates.js';

interface Cluster {
  mentions: MeetingMention[];
  parties: string[];
  /** Order of the last mention that joined, for recency. */
  lastSeen: number;
  sentences: Set<number>;
  /** What the mentions so far say, kept up to date as mentions join (read for every candidate mention). */
  date?: DateMention;
  format?: Format;
  kind: MeetingKind;
  location?: { name: string; span: TextSpan };
  firm?: MeetingStatus;
  /** Whether a noun mention has joined (nouns name the kind better than verbs). */
  hasNoun: boolean;
  /** The status of the first mention whose words fix it. */
  firstFirm?: MeetingStatus;
}

/** How many of the most recent meetings a mention is compared with: a story names a handful; adversarial text must stay linear. */
const MAX_CANDIDATES = 64;

/** Kinds by how much they say: a chain with a "summit" mention is a summit. */
const KIND_RANK: Record<MeetingKind, number> = { summit: 5, conference: 4, call: 3, talks: 2, meeting: 1 };
const REMOTE = new Set<MeetingKind>(['call', 'conference']);

export function resolveMeetings(ctx: MeetingContext, mentions: readonly MeetingMention[]): Meeting[] {
  const clusters: Cluster[] = [];
  let order = 0;
  for (const m of mentions) {
    order++;
    const variants = m.groups.length > 1 ? m.groups : [m.parties];
    for (const parties of variants) place(ctx, clusters, m, parties, order);
  }
  const meetings: Meeting[] = [];
  for (const c of clusters) {
    const meeting = finish(ctx, c, meetings.length + 1);
    if (meeting) meetings.push(meeting);
  }
  return meetings;
}

function place(ctx: MeetingContext, clusters: Cluster[], m: MeetingMention, parties: string[], order: number): void {
  const scored: Array<{ c: Cluster; score: number }> = [];
  const recent = clusters.length > MAX_CANDIDATES ? clusters.slice(-MAX_CANDIDATES) : clusters;
  const latest = recent.reduce<Cluster | undefined>((a, c) => (!a || c.lastSeen > a.lastSeen ? c : a), undefined);
  for (const c of recent) {
    if (m.another && c === latest) continue;
    if (m.distinct && c.sentences.has(m.sentence)) continue;
    const score = compatibility(ctx, m, parties, c);
    if (score !== null) scored.push({ c, score });
  }
  const best = pick(m, scored);
  if (best) {
    join(ctx, best, m, parties, order);
    return;
  }
  if (m.conjuncts.length >= 2 && distribute(ctx, clusters, m, order)) return;
  let founding = parties;
  if (founding.length === 0 && m.inferred.length >= 2 && !m.anaphorOnly) founding = m.inferred;
  // "the last video conference", "their previous call": an earlier meeting of the parties being discussed.
  if (founding.length === 0 && latest && m.status === 'held' && m.statusFirm && !m.verb) founding = latest.parties;
  if (founding.length === 0) return;
  const c: Cluster = { mentions: [m], parties: [...founding], lastSeen: order, sentences: new Set([m.sentence]), kind: effectiveKind(m), hasNoun: !m.verb };
  summarize(ctx, c, m);
  clusters.push(c);
}

function pick(m: MeetingMention, scored: Array<{ c: Cluster; score: number }>): Cluster | undefined {
  if (scored.length === 0) return undefined;
  // Ties go to the meeting the story is about (the most mentioned), except after "this/that", which points at the last one.
  const byRecency = m.determiner === 'demonstrative';
  scored.sort((a, b) => b.score - a.score || (byRecency ? 0 : b.c.mentions.length - a.c.mentions.length) || b.c.lastSeen - a.c.lastSeen);
  return scored[0]!.c;
}

/** Updates what the meeting's mentions say with one more mention (constant time per mention). */
function summarize(ctx: MeetingContext, c: Cluster, m: MeetingMention): void {
  if (m.date && (!c.date || m.date.value.length > c.date.value.length)) c.date = m.date;
  c.format ??= m.format;
  c.location ??= m.location;
  const k = effectiveKind(m);
  if (!m.verb && !c.hasNoun) {
    c.kind = k;
    c.hasNoun = true;
  } else if ((!m.verb || !c.hasNoun) && KIND_RANK[k] > KIND_RANK[c.kind]) c.kind = k;
  if (c.firstFirm === undefined && m.statusFirm && m.status !== 'unknown') c.firstFirm = m.status;
  c.firm = firmStatus(ctx, c);
}

function join(ctx: MeetingContext, c: Cluster, m: MeetingMention, parties: readonly string[], order: number): void {
  c.mentions.push(m);
  summarize(ctx, c, m);
  c.lastSeen = order;
  c.sentences.add(m.sentence);
  // Parties named at another level ("Putin" then "Russia") or filling in an underspecified meeting are added.
  const mine = new Set(parties.map((id) => partyOf(ctx, id)));
  const theirs = new Set(c.parties.map((id) => partyOf(ctx, id)));
  if (parties.length && (sameSet(mine, theirs) || theirs.size < 2)) {
    for (const id of parties) if (!c.parties.includes(id)) c.parties.push(id);
  }
}

/** "Meetings with NATO and the OSCE": one mention of each meeting it names, when each is already known. */
function distribute(ctx: MeetingContext, clusters: Cluster[], m: MeetingMention, order: number): boolean {
  const targets = new Set<Cluster>();
  for (const x of m.conjuncts) {
    const parties = [x, ...m.common];
    let best: { c: Cluster; score: number } | undefined;
    for (const c of clusters) {
      const score = compatibility(ctx, m, parties, c);
      if (score !== null && score >= 3 && (!best || score > best.score || (score === best.score && c.lastSeen > best.c.lastSeen))) best = { c, score };
    }
    if (best) targets.add(best.c);
  }
  if (targets.size < 2) return false;
  for (const c of targets) join(ctx, c, m, [], order);
  return true;
}

/** How well a mention fits a meeting (higher is better), or null when something contradicts it. */
function compatibility(ctx: MeetingContext, m: MeetingMention, parties: readonly string[], c: Cluster): number | null {
  let score = 0;
  const theirs = new Set(c.parties.map((id) => partyOf(ctx, id)));
  const date = c.date;
  if (parties.length) {
    const mine = new Set(parties.map((id) => partyOf(ctx, id)));
    if (sameSet(new Set(parties), new Set(c.parties))) score += 6;
    else if (sameSet(mine, theirs)) score += 5;
    else if (isSubset(mine, theirs)) score += 3;
    else if (theirs.size < 2 && isSubset(theirs, mine)) score += 2;
    else return null;
    // Leaders meeting ("Biden and Putin") and their governments' talks ("the US and Russia") are
    // different events unless the dates agree.
    if (levelsDiffer(ctx, parties, c.parties) && !(m.date && date && dateRelation(m.date.value, date.value) !== 'conflict')) return null;
    // Different people meeting ("Blinken and Wang", then "Biden and Xi") are different meetings, whatever their countries.
    if (onlyPeople(ctx, parties) && onlyPeople(ctx, c.parties) && !parties.some((id) => c.parties.includes(id))) return null;
  } else if (m.inferred.length) {
    const mine = new Set(m.inferred.map((id) => partyOf(ctx, id)));
    if (sameSet(mine, theirs)) score += 2;
    else if (isSubset(mine, theirs)) score += 1;
  }
  if (m.date && date) {
    const rel = dateRelation(m.date.value, date.value);
    if (rel === 'conflict') return null;
    score += rel === 'equal' ? 4 : 2;
  }
  const location = c.location;
  if (m.location && location) score += sameName(m.location.name, location.name) ? 2 : -2;
  const format = c.format;
  if (m.format && format && m.format !== format) return null;
  const kind = c.kind;
  const mineRemote = REMOTE.has(m.kind) || m.format === 'phone' || m.format === 'video';
  const theirsRemote = REMOTE.has(kind) || format === 'phone' || format === 'video';
  if ((m.kind === 'summit' && theirsRemote) || (kind === 'summit' && mineRemote && !m.verb)) return null;
  if (mineRemote && theirsRemote) score += 2;
  else if (m.kind === kind && m.kind !== 'meeting') score += 1;
  const status = c.firm;
  if (m.statusFirm && status && contradicts(m.status, status)) return null;
  return score;
}

function onlyPeople(ctx: MeetingContext, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => ctx.actorById.get(id)?.type === 'person');
}

/** Whether one side names only people and the other no people at all. */
function levelsDiffer(ctx: MeetingContext, a: readonly string[], b: readonly string[]): boolean {
  const people = (ids: readonly string[]): number => ids.filter((id) => ctx.actorById.get(id)?.type === 'person').length;
  const pa = people(a);
  const pb = people(b);
  return (pa === a.length && pb === 0) || (pb === b.length && pa === 0);
}

function contradicts(a: MeetingStatus, b: MeetingStatus): boolean {
  const future = (s: MeetingStatus): boolean => s === 'planned' || s === 'proposed';
  return (a === 'held' && future(b)) || (b === 'held' && future(a));
}



function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "phone discussion", "virtual talks" are calls. */
function effectiveKind(m: MeetingMention): MeetingKind {
  if ((m.kind === 'talks' || m.kind === 'meeting') && !m.verb && (m.format === 'phone' || m.format === 'video')) return 'call';
  return m.kind;
}

/** The status the meeting's date or firm mentions fix, if any. */
function firmStatus(ctx: MeetingContext, c: Cluster): MeetingStatus | undefined {
  const published = ctx.facts.publishedAt.value;
  if (c.date && published) {
    const side = dateSide(c.date.value, published);
    if (side === 'before') return 'held';
    if (side === 'after') return 'planned';
  }
  return c.firstFirm;
}

/**
 * The meeting's status: cancelled when any mention says so; else the side of
 * the publication date its date falls on; else the mentions' own words and
 * tenses, firm words first, the majority deciding.
 */
function meetingStatus(ctx: MeetingContext, c: Cluster): MeetingStatus {
  if (c.mentions.some((m) => m.status === 'cancelled')) return 'cancelled';
  const votes = (firm: boolean): MeetingStatus | undefined => {
    const count = new Map<MeetingStatus, number>();
    for (const m of c.mentions) if (m.status !== 'unknown' && m.statusFirm === firm) count.set(m.status, (count.get(m.status) ?? 0) + 1);
    let best: MeetingStatus | undefined;
    for (const [s, n] of count) if (!best || n > count.get(best)!) best = s;
    return best;
  };
  const date = c.date;
  const published = ctx.facts.publishedAt.value;
  const words = votes(true) ?? votes(false);
  if (date && published) {
    const side = dateSide(date.value, published);
    if (side === 'before') return 'held';
    if (side === 'after') return words === 'proposed' ? 'proposed' : 'planned';
  }
  return words ?? 'unknown';
}

function finish(ctx: MeetingContext, c: Cluster, n: number): Meeting | undefined {
  const participants = oneLevel(ctx, c.parties.filter((id) => ctx.actorById.has(id)));
  if (participants.length === 0) return undefined;
  const mentions = uniqueSpans(c.mentions.map((m) => m.span));
  const date = c.date;
  const location = c.location;
  const kind = c.kind;
  let format = c.format;
  if (!format && (location || kind === 'summit')) format = 'in-person';
  const leads = [...new Set(c.mentions.flatMap((m) => m.leads))];
  const topics = [...new Set(c.mentions.flatMap((m) => m.topics))].slice(0, 12);
  const series = c.mentions.find((m) => m.series)?.series;
  const meeting: Meeting = {
    id: `meeting${n}`,
    kind,
    participants,
    leads,
    status: meetingStatus(ctx, c),
    topics,
    mentions,
  };
  if (format) meeting.format = format;
  if (date) meeting.date = date;
  if (location) meeting.location = location;
  if (series) meeting.series = series;
  return meeting;
}

/**
 * Participants at one level: people when every party is represented by a
 * person ("Blinken", "Lavrov" rather than "Russia" too), else the parties
 * ("Putin", "US", "Russia" → "US", "Russia").
 */
function oneLevel(ctx: MeetingContext, ids: readonly string[]): string[] {
  const people = ids.filter((id) => ctx.actorById.get(id)!.type === 'person');
  const represented = new Set(people.map((id) => partyOf(ctx, id)));
  const partiesWithoutPerson = ids.filter((id) => ctx.actorById.get(id)!.type !== 'person' && !represented.has(id));
  if (people.length && partiesWithoutPerson.length === 0) return [...people];
  const out: string[] = [];
  for (const id of ids) {
    const a = ctx.actorById.get(id)!;
    const party = partyOf(ctx, id);
    // A person whose country is listed is that country; a person of an unlisted country stays.
    const target = a.type === 'person' && ids.includes(party) ? party : id;
    if (!out.includes(target)) out.push(target);
  }
  return out;
}

function uniqueSpans(spans: TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  const out: TextSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const k = `${s.start}:${s.end}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}
