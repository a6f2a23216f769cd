/**
 * What a meeting mention's clause says about the meeting: its date (from the
 * dates layer), place, format, status, topics, series and delegation leads.
 * Each reader looks at the mention's sentence only, nearest words first, and
 * never past another meeting word, so that "talks between Russia and NATO on
 * January 12, followed on January 13 by a meeting…" dates each meeting apart.
 */
import meetingWords from '../data/meeting-words.json';
import type { DateMention, MeetingStatus } from '../types.js';
import { tokenIndexAt, tokenSpan, tokenText } from '../core/analyze.js';
import { tenseAt } from '../dates/tense.js';
import { word, type MeetingContext } from './context.js';
import type { Format, MeetingMention } from './mentions.js';
import { placeAt } from './places.js';
import { dateSide } from './dates.js';

/** How far (in tokens) a date, place or status word may stand from its meeting word. */
const DATE_REACH = 25;
const PLACE_REACH = 16;
const STATUS_REACH = 10;
/** Words that start a new clause: a date or place beyond them belongs to another statement. */
const CLAUSE_WORDS = new Set(['that', 'said', 'says', 'told', 'tells', 'according', 'while', 'but', 'because', 'although', 'whereas']);
/** Prepositions that make a date the time of something else: "since June", "after January 10", "by Friday". */
const NOT_THE_MEETING_DATE = new Set(['since', 'after', 'before', 'until', 'till', 'by', 'through', 'throughout', 'than', 'ahead']);
/** Reporting verbs: a date right after one is when something was said. */
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'announced', 'confirmed', 'added', 'stated', 'reported', 'tweeted', 'wrote', 'warned', 'insisted']);
const LEADS = new Set(['led', 'headed', 'chaired', 'co-chaired', 'co-led']);
const TOPIC_WORDS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const TOPIC_VERBS = new Set(['discuss', 'discussed', 'discussing', 'address', 'addressing', 'focus', 'focused', 'focusing', 'concern', 'cover', 'covering', 'debate', 'debating']);
const SERIES_START = /^part$/;

/** Phrases by first word, for matching word by word without building strings. */
type PhraseSet = Map<string, string[][]>;

function phraseSet(phrases: readonly string[]): PhraseSet {
  const set: PhraseSet = new Map();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = set.get(words[0]!) ?? [];
    list.push(words);
    set.set(words[0]!, list);
  }
  return set;
}

/** Whether one of the phrases starts at a token in [from, to] (and fits inside the sentence). */
function containsPhrase(ctx: MeetingContext, from: number, to: number, phrases: PhraseSet): boolean {
  const tokens = ctx.doc.tokens;
  for (let j = from; j <= to; j++) {
    const candidates = phrases.get(word(tokens[j]));
    if (!candidates) continue;
    for (const words of candidates) {
      let k = 1;
      while (k < words.length && word(tokens[j + k]) === words[k]) k++;
      if (k === words.length) return true;
    }
  }
  return false;
}

const CANCELLED = phraseSet(meetingWords.status.cancelled);
const POSTPONED = phraseSet(meetingWords.status.postponed);
const PROPOSED = phraseSet(meetingWords.status.proposed);

export function readAttributes(ctx: MeetingContext, mentions: MeetingMention[]): void {
  // Every token of every mention's phrase: a search from one mention stops at another's.
  // "another/subsequent", "after/on the sidelines of" first: a meeting set apart that way does
  // not stop the searches of the others ("met X on the sidelines of the Y Conference on Saturday").
  for (const m of mentions) markOrder(ctx, m);
  const marks = new Uint8Array(ctx.doc.tokens.length);
  for (const m of mentions) if (!m.distinct) marks.fill(1, m.from, m.to);
  const heads = { has: (j: number): boolean => marks[j] === 1 };
  for (const m of mentions) {
    m.date = dateOf(ctx, m, heads);
    m.location = locationOf(ctx, m, heads);
    m.format = formatOf(ctx, m);
    const status = statusOf(ctx, m);
    m.status = status.status;
    m.statusFirm = status.firm;
    m.leads = leadsOf(ctx, m);
    m.topics.push(...topicsOf(ctx, m, heads));
    m.series = seriesOf(ctx, m);
  }
}

function sentenceBounds(ctx: MeetingContext, m: MeetingMention): { first: number; last: number } {
  const s = ctx.doc.sentences[m.sentence]!;
  return { first: s.firstToken, last: s.lastToken };
}

/** Whether a date value names a calendar date or period (not PRESENT_REF, not XXXX-…). */
function isCalendarDate(d: DateMention): boolean {
  return (d.type === 'date' || d.type === 'time') && /^\d{4}(-|$)/.test(d.value);
}

function dateOf(ctx: MeetingContext, m: MeetingMention, heads: { has(j: number): boolean }): DateMention | undefined {
  const tokens = ctx.doc.tokens;
  const { first, last } = sentenceBounds(ctx, m);
  let best: { d: DateMention; score: number } | undefined;
  const consider = (j: number, distance: number, crossed: number): void => {
    const d = ctx.dateAt[j];
    if (!d || !isCalendarDate(d)) return;
    const at = tokenIndexAt(ctx.doc, d.span.start);
    const before = word(tokens[at - 1]);
    if (NOT_THE_MEETING_DATE.has(before)) return;
    // "X said on Thursday (that) …": the date is when it was said, not when they meet.
    const verb = /^(on|late|early)$/.test(before) ? word(tokens[at - 2]) : before;
    if (REPORTING.has(verb)) return;
    const score = distance + crossed * 8;
    if (!best || score < best.score) best = { d, score };
  };
  // Inside the phrase ("the Jan. 10 meeting") wins outright.
  for (let j = m.from; j < m.to; j++) if (ctx.dateAt[j] && isCalendarDate(ctx.dateAt[j]!)) return ctx.dateAt[j];
  for (const step of [1, -1]) {
    let crossed = 0;
    for (let j = step > 0 ? m.to : m.from - 1, n = 1; j >= first && j <= last && n <= DATE_REACH; j += step, n++) {
      const t = tokens[j]!;
      if (t.text.includes('\n') || t.text === ';') break;
      if (heads.has(j)) break;
      if (CLAUSE_WORDS.has(word(t))) crossed++;
      if (ctx.dateAt[j]) consider(j, n + (step < 0 ? 1 : 0), crossed);
    }
  }
  return best?.d;
}

function locationOf(ctx: MeetingContext, m: MeetingMention, heads: { has(j: number): boolean }): { name: string; span: MeetingMention['span'] } | undefined {
  const tokens = ctx.doc.tokens;
  // In the phrase: "their Geneva summit", "the planned Geneva meetings".
  for (let j = m.from; j < m.head; j++) {
    if (ctx.actorAt[j] && ctx.actorAt[j]!.type !== 'organization') continue;
    const p = placeAt(ctx.doc, j);
    if (p && !p.ambiguous && p.end <= m.head) return { name: p.name, span: tokenSpan(ctx.doc, p.start, p.end) };
  }
  // "in Geneva", "at the White House", "from his house in Wilmington", and before: "In Geneva, X met Y".
  const { first, last } = sentenceBounds(ctx, m);
  for (const step of [1, -1]) {
    for (let j = step > 0 ? m.to : m.from - 1, n = 1; j >= first && j <= last && n <= PLACE_REACH; j += step, n++) {
      const t = tokens[j]!;
      if (t.text.includes('\n') || t.text === ';') break;
      if (heads.has(j)) break;
      if (step > 0 && CLAUSE_WORDS.has(word(t)) && word(t) !== 'that') break;
      const w = word(t);
      if (w !== 'in' && w !== 'at') continue;
      let k = j + 1;
      if (word(tokens[k]) === 'the') k++;
      const p = placeAt(ctx.doc, k);
      if (p) return { name: p.name, span: tokenSpan(ctx.doc, p.start, p.end) };
    }
  }
  return undefined;
}

function formatOf(ctx: MeetingContext, m: MeetingMention): Format | undefined {
  const tokens = ctx.doc.tokens;
  const { first, last } = sentenceBounds(ctx, m);
  // The phrase itself, then a few words around it ("spoke … via secure video", "by phone").
  for (let j = Math.max(first, m.from - 3); j <= Math.min(last, m.to + 10); j++) {
    const w = word(tokens[j]);
    const f = ctx.vocab.formats.get(w);
    if (f) return f;
    if ((w === 'in' || w === 'face') && tokens[j + 1] && DASH.test(tokens[j + 1]!.text) && /^(person|face)$/.test(word(tokens[j + 2]))) return 'in-person';
    if (w === 'in' && word(tokens[j + 1]) === 'person' && j >= m.to) return 'in-person';
  }
  return undefined;
}
const DASH = /^[-‐–]$/;

/**
 * Status from the words around the meeting: cancelled/postponed, proposals
 * ("proposed talks", "called for a meeting", "could meet"), plans ("upcoming",
 * "will"), past occurrences ("last", "met"), else the tense of the clause.
 */
function statusOf(ctx: MeetingContext, m: MeetingMention): { status: MeetingStatus; firm: boolean } {
  const firm = (status: MeetingStatus): { status: MeetingStatus; firm: boolean } => ({ status, firm: true });
  const tokens = ctx.doc.tokens;
  const { first, last } = sentenceBounds(ctx, m);
  const from = Math.max(first, m.from - STATUS_REACH);
  const to = Math.min(last, m.to + STATUS_REACH);
  const has = (phrases: PhraseSet): boolean => containsPhrase(ctx, from, to, phrases);
  const postponed = has(POSTPONED);
  if (postponed) return firm(m.date && isDay(m.date.value) && rescheduledTo(ctx, m) ? 'planned' : 'cancelled');
  // "agreed to resume talks suspended since 2018" plans talks; it does not cancel them.
  if (has(CANCELLED) && !has(RESUME)) return firm('cancelled');
  // Words inside the phrase: "the upcoming talks", "their last call", "a proposed summit".
  for (let j = m.from; j < m.head; j++) {
    const w = word(tokens[j]);
    if (ctx.vocab.proposed.has(w) && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'VERB')) return firm('proposed');
    if (ctx.vocab.held.has(w)) return firm('held');
    if (ctx.vocab.planned.has(w)) return firm('planned');
  }
  // "called for talks", "offered to meet", "proposed a meeting" just before the phrase.
  const before = Math.max(first, m.from - 4);
  if (containsPhrase(ctx, before, m.from - 1, PROPOSED)) return firm('proposed');
  // "agreed to (resume) talks", "plans to hold a summit", "prepared for the meeting".
  if (containsPhrase(ctx, before, m.from - 1, PLANNED_BEFORE)) return firm('planned');
  // "could take place", "may meet": tentative unless a day is fixed.
  for (let j = Math.max(first, m.from - 3); j <= Math.min(last, m.to + 2); j++) {
    if (ctx.vocab.tentativeModals.has(word(tokens[j])) && tokens[j]!.pos === 'AUX') {
      return firm(m.date && isDay(m.date.value) ? 'planned' : 'proposed');
    }
  }
  // The mention's own date against the publication date, then the tense of its clause.
  const published = ctx.facts.publishedAt.value;
  if (m.date && published) {
    const side = dateSide(m.date.value, published);
    if (side === 'before') return firm('held');
    if (side === 'after') return firm('planned');
  }
  if (m.verb) {
    // The meeting verb's own form: "will meet", "is to meet" → planned; "met", "spoke" → held.
    const own = verbTense(ctx, m);
    if (own !== 'unknown') return { status: own, firm: false };
  }
  const tense = tenseAt(ctx.doc, tokens[m.head]!.start, tokens[m.head]!.end);
  const status: MeetingStatus = tense === 'future' ? 'planned' : tense === 'past' ? 'held' : 'unknown';
  return { status, firm: false };
}

const PLANNED_BEFORE = phraseSet(['agreed to', 'agree to', 'agrees to', 'plans to', 'plan to', 'planned to', 'planning to', 'prepared for', 'prepares for', 'preparing for', 'ahead of', 'resume', 'resumes', 'to hold', 'will hold', 'will have']);
const RESUME = phraseSet(['resume', 'resumes', 'resumed', 'resuming', 'resumption', 'restart', 'restarted', 'revive', 'revived', 'reschedule', 'rescheduled']);
const FUTURE_GROUP = new Set(['will', "'ll", 'shall', 'to', 'would', 'going']);
const PAST_VERB_FORMS = new Set(['met', 'spoke', 'spoken', 'held', 'sat', 'talked', 'negotiated', 'hosted', 'visited', 'conferred', 'phoned', 'telephoned']);

function verbTense(ctx: MeetingContext, m: MeetingMention): MeetingStatus {
  const tokens = ctx.doc.tokens;
  for (let j = m.head - 1; j >= m.from; j--) if (FUTURE_GROUP.has(word(tokens[j]))) return 'planned';
  const w = word(tokens[m.head]);
  if (PAST_VERB_FORMS.has(w)) {
    // "have met" is past too; "will have met" was caught above.
    return 'held';
  }
  return 'unknown';
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value);
}

/** "postponed to/until January 20": the date follows the postponement. */
function rescheduledTo(ctx: MeetingContext, m: MeetingMention): boolean {
  const tokens = ctx.doc.tokens;
  const d = m.date!;
  for (let j = m.from; j >= 0 && j >= m.from - 20; j--) if (tokens[j]!.start === d.span.start) return false;
  return true;
}

function leadsOf(ctx: MeetingContext, m: MeetingMention): string[] {
  const tokens = ctx.doc.tokens;
  const { last } = sentenceBounds(ctx, m);
  for (let j = m.to; j <= Math.min(last, m.to + 25); j++) {
    if (!LEADS.has(word(tokens[j])) || word(tokens[j + 1]) !== 'by') continue;
    const ids: string[] = [];
    for (let k = j + 2; k <= Math.min(last, j + 30); k++) {
      const t = tokens[k]!;
      if (t.text === ';' || t.text.includes('\n') || /^(who|which|while|but|that)$/.test(word(t))) break;
      const a = ctx.actorAt[k];
      if (a && a.type === 'person' && !ids.includes(a.id)) ids.push(a.id);
    }
    return ids;
  }
  return [];
}

/** "talks on arms control and Ukraine", "focus on …", "to discuss …": the phrases after the word. */
function topicsOf(ctx: MeetingContext, m: MeetingMention, heads: { has(j: number): boolean }): string[] {
  const tokens = ctx.doc.tokens;
  const { last } = sentenceBounds(ctx, m);
  for (let j = m.to; j <= Math.min(last, m.to + 6); j++) {
    const w = word(tokens[j]);
    if (heads.has(j)) break;
    const opens = (TOPIC_WORDS.has(w) && j === m.to) || (TOPIC_VERBS.has(w) && j > m.to) || (w === 'on' && TOPIC_VERBS.has(word(tokens[j - 1])));
    if (!opens || ctx.dateAt[j + 1] || word(tokens[j + 1]) === 'condition') continue;
    let start = j + 1;
    if (/^(on|about|upon)$/.test(word(tokens[start]))) start++;
    let end = start;
    while (end <= last && end - j <= 14) {
      const t = tokens[end]!;
      if (ctx.dateAt[end] || heads.has(end) || t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:!?"“”()]$/.test(t.text) || /^(amid|as|while|in|at|which|that|but|during|after|before|since|where|who|when)$/.test(word(t))) break;
      end++;
    }
    if (end <= start) continue;
    return tokenText(ctx.doc, start, end)
      .split(/,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+/u)
      .map((s) => s.replace(/^(the|a|an)\s+/i, '').trim())
      .filter((s) => s.length > 1);
  }
  return [];
}

/** "as part of the Strategic Security Dialogue" → the series the meeting belongs to. */
function seriesOf(ctx: MeetingContext, m: MeetingMention): string | undefined {
  const tokens = ctx.doc.tokens;
  const { last } = sentenceBounds(ctx, m);
  for (let j = m.to; j <= Math.min(last - 2, m.to + 12); j++) {
    if (!SERIES_START.test(word(tokens[j])) || word(tokens[j + 1]) !== 'of') continue;
    return seriesName(ctx, j + 2, last);
  }
  return undefined;
}

/** The series named from token `k`: a capitalised run if there is one ("Strategic Security Dialogue"), else the noun phrase. */
function seriesName(ctx: MeetingContext, k: number, last: number): string | undefined {
  const tokens = ctx.doc.tokens;
  let end = k;
  last = Math.min(last, k + 15);
  while (end <= last && (tokens[end]!.pos === 'DET' || tokens[end]!.pos === 'ADJ' || tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'PROPN' || tokens[end]!.pos === 'ADV' || (tokens[end]!.pos === 'VERB' && /ed$/.test(word(tokens[end])))) && !ctx.actorAt[end]) end++;
  if (end === k || !ctx.vocab.seriesHeads.has(word(tokens[end - 1])) && !tokens.slice(k, end).some((t) => ctx.vocab.seriesHeads.has(word(t)))) return undefined;
  // The capitalised run that ends in a series word.
  let runStart = -1;
  for (let j = k; j < end; j++) {
    if (/^\p{Lu}/u.test(tokens[j]!.text)) {
      if (runStart < 0) runStart = j;
      if (ctx.vocab.seriesHeads.has(word(tokens[j])) && j > runStart) return tokenText(ctx.doc, runStart, j + 1);
    } else runStart = -1;
  }
  let start = k;
  while (start < end && (tokens[start]!.pos === 'DET' || tokens[start]!.pos === 'ADV' || tokens[start]!.pos === 'VERB')) start++;
  let stop = end;
  while (stop > start && !ctx.vocab.seriesHeads.has(word(tokens[stop - 1]))) stop--;
  return stop > start ? tokenText(ctx.doc, start, stop) : undefined;
}

/** "another/subsequent meeting" and "after/before the meetings": not the meeting just named. */
function markOrder(ctx: MeetingContext, m: MeetingMention): void {
  const tokens = ctx.doc.tokens;
  for (let j = m.from; j < m.head; j++) if (ctx.vocab.another.has(word(tokens[j]))) m.another = true;
  const p1 = word(tokens[m.from - 1]);
  const p2 = word(tokens[m.from - 2]);
  if (ctx.vocab.distinct.has(p1) || (p1 === 'of' || p1 === 'to') && ctx.vocab.distinct.has(p2) || ctx.vocab.distinct.has(p2) && tokens[m.from - 1]?.pos === 'ADV') m.distinct = true;
}
