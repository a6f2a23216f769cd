/**
 * Meeting mentions: every noun ("talks", "the Jan. 10 meeting", "their Geneva
 * summit") and verb ("will meet", "spoke with", "sit down with") that names a
 * meeting, with the phrase around it and the parties the phrase and its
 * clause name. Dates, place, status and the rest are read in attributes.ts;
 * coreference.ts decides which mentions are one meeting.
 */
import type { MeetingKind, MeetingStatus, DateMention, TextSpan } from '../types.js';
import { isPossessive, tokenSpan } from '../core/analyze.js';
import { SIT, verbal, word, type MeetingContext } from './context.js';
import { isPossessivePronoun, pronounActor, subjectOf, theirActors, verbGroupStart, withoutModifiers } from './parties.js';

export type Format = 'in-person' | 'phone' | 'video';
export type Determiner = 'demonstrative' | 'definite' | 'indefinite' | 'possessive' | 'none';

export interface MeetingMention {
  /** Token index of the meeting word. */
  head: number;
  /** Token range [from, to) of the phrase. */
  from: number;
  to: number;
  span: TextSpan;
  sentence: number;
  kind: MeetingKind;
  verb: boolean;
  /** "meetings", "calls": may stand for several meetings ("Meetings with NATO and the OSCE"). */
  distributive: boolean;
  determiner: Determiner;
  /** A word that only ever refers back ("the talk", "that contact", "we sit down"). */
  anaphorOnly: boolean;
  /** Actor ids the phrase or its clause names as parties. */
  parties: string[];
  /** Parties guessed from "their". */
  inferred: string[];
  /** Separate meetings named by one verb: "Russia and NATO, as well as Russia and the OSCE, are set to meet". */
  groups: string[][];
  /** For distributive mentions: the coordinated parties and the party they share. */
  conjuncts: string[];
  common: string[];
  /** "another", "subsequent", "additional": not the meeting just mentioned. */
  another: boolean;
  /** After "after", "before", "since": a different meeting from the rest of its sentence. */
  distinct: boolean;
  leads: string[];
  topics: string[];
  series?: string;
  date?: DateMention;
  location?: { name: string; span: TextSpan };
  format?: Format;
  status: MeetingStatus;
  /** Whether the status comes from words that fix it ("upcoming", "last", "cancelled") rather than tense alone. */
  statusFirm: boolean;
}

// Null prototype: looked up by token text ("constructor" must find nothing).
const DETERMINERS: Record<string, Determiner | 'generic'> = Object.assign(Object.create(null), {
  the: 'definite', this: 'demonstrative', that: 'demonstrative', these: 'demonstrative', those: 'demonstrative',
  a: 'indefinite', an: 'indefinite', another: 'indefinite', one: 'indefinite',
  any: 'generic', no: 'generic', every: 'generic', each: 'generic', such: 'generic', all: 'generic', most: 'generic', many: 'generic',
});
/** Plural nouns that name one meeting ("talks") and so never distribute over their parties. */
const ONE_EVENT_PLURALS = new Set(['talks', 'negotiations', 'discussions', 'consultations', 'conversations', 'contacts']);
/** Prepositions between a participation verb and the meeting noun: "agree to talks", "take part in the meeting". */
const VERB_LINKS = new Set(['to', 'in', 'into', 'for', 'on']);
/** Nouns that stand for a party before its name: "with his counterpart X", "talks between the two leaders". */
const PARTY_NOUNS = new Set(['counterpart', 'counterparts', 'leader', 'leaders', 'official', 'officials', 'representative', 'representatives', 'delegation', 'delegations', 'envoy', 'envoys', 'minister', 'ministers', 'president', 'premier', 'chancellor', 'team', 'teams', 'negotiator', 'negotiators', 'diplomat', 'diplomats', 'members', 'member', 'head', 'heads', 'chief', 'secretary', 'counterparts']);
const ROUND_WORDS = new Set(['round', 'rounds', 'series', 'set', 'day', 'days', 'week', 'weeks', 'session', 'sessions']);
const MODALS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', "'ll", 'must', 'should']);
const DASHES = new Set(['-', '–', '—', '/', '‐']);

/** Empty attributes: attributes.ts fills them in. */
function blank(ctx: MeetingContext, head: number, from: number, to: number, kind: MeetingKind, verb: boolean): MeetingMention {
  return {
    head, from, to, span: tokenSpan(ctx.doc, from, to), sentence: ctx.doc.tokens[head]!.sentence, kind, verb,
    distributive: false, determiner: 'none', anaphorOnly: false, parties: [], inferred: [], groups: [], conjuncts: [], common: [],
    another: false, distinct: false, leads: [], topics: [], status: 'unknown', statusFirm: false,
  };
}

export function findMentions(ctx: MeetingContext): MeetingMention[] {
  const out: MeetingMention[] = [];
  const tokens = ctx.doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // One set lookup rules out almost every token.
    if (!ctx.vocab.triggers.has(t.normal)) continue;
    const w = word(t);
    const verbKind = ctx.vocab.verbs.get(w);
    const nounKind = ctx.vocab.nouns.get(w);
    if (verbKind === undefined && nounKind === undefined && !SIT.has(w)) continue;
    if (ctx.dateAt[i] || ctx.actorAt[i]) continue;
    let m: MeetingMention | undefined;
    if (SIT.has(w)) {
      if (word(tokens[i + 1]) === 'down') m = verbMention(ctx, i, 'talks', i + 2);
    } else if (verbKind !== undefined && isVerbUse(ctx, i)) m = verbMention(ctx, i, verbKind, i + 1);
    else if (nounKind !== undefined && isNounUse(ctx, i)) m = nounMention(ctx, i, nounKind);
    if (m) out.push(m);
  }
  return out;
}

function isVerbUse(ctx: MeetingContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = word(ctx.doc.tokens[i - 1]);
  // "Putin To Meet With…": headline tags are unreliable after "to" and modals.
  return (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'AUX') && MODALS.has(prev) && ctx.vocab.verbs.get(word(t)) !== undefined && !ctx.vocab.nouns.has(word(t));
}

function isNounUse(ctx: MeetingContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const okPos = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'X' ||
    ((t.pos === 'VERB' || t.pos === 'ADJ') && !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || isPossessivePronoun(word(prev))));
  if (!okPos) return false;
  const w = word(t);
  const next = tokens[i + 1];
  const nextWord = word(next);
  // A noun modifying another noun ("meeting room", "summit declaration") is not the meeting.
  if (next && next.pos === 'NOUN' && !ctx.vocab.nouns.has(nextWord) && /^\p{Ll}/u.test(next.text)) return false;
  if (w === 'call' || w === 'calls') {
    // "calls for restraint", "a call to action", "calls on Russia to…" are demands, not phone calls.
    if (['for', 'on', 'to', 'by', 'up', 'out', 'off'].includes(nextWord)) return false;
    if (w === 'calls' && nextWord !== 'between' && nextWord !== 'with') return false;
  }
  if ((w === 'conference' || w === 'conferences') && ['news', 'press'].includes(word(prev))) return false;
  // "the Strategic Security Dialogue", "the Astana process": the name of a series of meetings, not one meeting.
  if (ctx.vocab.seriesHeads.has(w) && /^\p{Lu}/u.test(t.text) && !ctx.headline.has(i) && prev && /^\p{Lu}/u.test(prev.text) && !ctx.actorAt[i - 1]) return false;
  if (ctx.vocab.anaphorOnly.has(w) && (w === 'talk' || w === 'contact' || w === 'contacts')) {
    // "the talk", "that contact": only with a determiner or possessive; "talk of war" is no meeting.
    const p = word(prev);
    if (!(p in DETERMINERS || isPossessivePronoun(p) || /^(last|first|second|recent|phone|telephone|video)$/.test(p))) return false;
    if (nextWord === 'of' || nextWord === 'about') return false;
  }
  return true;
}

/** The left edge of the noun phrase ending at `head`: determiners, modifiers, dates and coordinated names. */
function leftEdge(ctx: MeetingContext, head: number): { from: number; determiner: Determiner | 'generic'; dash: boolean } {
  const tokens = ctx.doc.tokens;
  const first = Math.max(ctx.doc.sentences[tokens[head]!.sentence]?.firstToken ?? 0, head - 30);
  let from = head;
  let dash = false;
  for (let j = head - 1; j >= first; j--) {
    const t = tokens[j]!;
    const w = word(t);
    if (t.text.includes('\n')) break;
    if (ctx.actorAt[j]) {
      from = ctx.actorStartAt[j] ?? j;
      j = from;
      continue;
    }
    if (ctx.dateAt[j]) {
      from = j;
      continue;
    }
    const det = DETERMINERS[w];
    if (det !== undefined && t.pos === 'DET' || det !== undefined && (w === 'the' || w === 'a' || w === 'an')) {
      // "the US, the EU, and NATO meetings": a determiner of a listed name is not the phrase's own.
      if (ctx.actorAt[j + 1] && j + 1 < head) {
        from = j;
        continue;
      }
      return { from: j, determiner: det!, dash };
    }
    if (isPossessivePronoun(w)) return { from: j, determiner: 'possessive', dash };
    if (isPossessive(t)) continue;
    if (DASHES.has(t.text)) {
      dash = true;
      from = j;
      continue;
    }
    if (w === 'and' || w === 'or' || t.text === ',') {
      let k = j - 1;
      if (tokens[k]?.text === ',') k--;
      if (k >= first && ctx.actorAt[k]) continue;
      break;
    }
    if (ctx.vocab.participationVerbs.has(w) && (t.pos === 'VERB' || t.pos === 'AUX' || ctx.headline.has(j))) {
      // "the planned meetings" keeps "planned"; "will hold talks" stops before "hold".
      const before = tokens[j - 1];
      if (!before || !(before.pos === 'DET' || before.pos === 'ADV' || isPossessivePronoun(word(before)))) break;
      from = j;
      continue;
    }
    if (t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN') {
      from = j;
      continue;
    }
    if (t.pos === 'VERB' && /(ed|ing)$/.test(w)) {
      const before = tokens[j - 1];
      if (before && (before.pos === 'DET' || before.pos === 'ADV' || before.pos === 'ADJ' || isPossessivePronoun(word(before)))) {
        from = j;
        continue;
      }
      break;
    }
    if (t.pos === 'ADV' && /ly$/.test(w)) {
      from = j;
      continue;
    }
    break;
  }
  return { from, determiner: 'none', dash };
}

/**
 * The party phrase after a meeting word: "between Russia, the US, Ukraine, and
 * other members of the OSCE", "with Russia's President Vladimir Putin",
 * "of NATO foreign ministers". Returns its end and the actors in it.
 */
function partyPhrase(ctx: MeetingContext, at: number, prepositions: ReadonlySet<string> | 'object'): { to: number; ids: string[]; coordinated: boolean } | undefined {
  const tokens = ctx.doc.tokens;
  if (!tokens[at]) return undefined;
  // A direct object ("met his Russian counterpart Sergei Lavrov") starts at `at` itself.
  const bare = prepositions === 'object';
  if (!bare && !prepositions.has(word(tokens[at]))) return undefined;
  const last = Math.min(ctx.doc.sentences[tokens[at]!.sentence]?.lastToken ?? tokens.length - 1, at + 40);
  let m = bare ? at : at + 1;
  if (bare && isPossessivePronoun(word(tokens[m]))) m++;
  let end: number | undefined;
  let coordinated = false;
  // A list comma needs its "and": "with Putin, Biden and officials intend…" ends at "Putin".
  let endBeforeComma: number | undefined;
  let andSinceComma = true;
  while (m <= last) {
    const t = tokens[m]!;
    const w = word(t);
    if (t.text.includes('\n')) break;
    if (ctx.actorAt[m]) {
      end = m + 1;
      m++;
      continue;
    }
    if (t.text === '(') {
      let close = m + 1;
      while (close <= Math.min(last, m + 5) && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text !== ')') break;
      m = close + 1;
      continue;
    }
    if (w === 'and' || w === 'or' || w === 'other' || w === 'of' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || isPossessive(t)) {
      if (w === 'and' || w === 'or') {
        coordinated = true;
        andSinceComma = true;
      }
      m++;
      continue;
    }
    if (t.text === ',') {
      let k = m + 1;
      if (word(tokens[k]) === 'and') k++;
      if (word(tokens[k]) === 'the') k++;
      if (ctx.actorAt[k] || word(tokens[k]) === 'other') {
        if (andSinceComma) endBeforeComma = end;
        andSinceComma = word(tokens[m + 1]) === 'and';
        coordinated = true;
        m++;
        continue;
      }
      break;
    }
    // Nouns inside the party list: title words ("President", "his Russian counterpart") or,
    // once a party is named, its delegation ("Russia's delegation"); not "the violation of X".
    if (t.pos === 'PROPN' || (t.pos === 'NOUN' && (end !== undefined || PARTY_NOUNS.has(w) || /^\p{Lu}/u.test(t.text) || ctx.actorAt[m - 1]))) {
      m++;
      continue;
    }
    break;
  }
  if (!andSinceComma && endBeforeComma !== undefined) end = endBeforeComma;
  if (end === undefined) return undefined;
  return { to: end, ids: withoutModifiers(ctx, bare ? at : at + 1, end), coordinated };
}

function nounMention(ctx: MeetingContext, head: number, nounKind: MeetingKind): MeetingMention | undefined {
  const { doc, vocab } = ctx;
  const tokens = doc.tokens;
  const w = word(tokens[head]);
  let left = leftEdge(ctx, head);
  // "the 19th round of talks", "a series of meetings": the phrase starts at "the".
  if (word(tokens[left.from - 1]) === 'of' && ROUND_WORDS.has(word(tokens[left.from - 2]))) {
    const outer = leftEdge(ctx, left.from - 2);
    left = { ...outer, dash: left.dash };
  }
  if (left.determiner === 'generic') return undefined;
  // "(as) part of the strategic security dialogue": the series, read by attributes.ts.
  if (word(tokens[left.from - 1]) === 'of' && word(tokens[left.from - 2]) === 'part' && vocab.seriesHeads.has(w)) return undefined;
  let to = head + 1;
  // "(OSCE)" after the noun belongs to the name before it; skip it.
  const right = partyPhrase(ctx, to, vocab.partyPrepositions);
  if (right) to = right.to;
  const m = blank(ctx, head, left.from, to, nounKind, false);
  m.determiner = left.determiner;
  m.anaphorOnly = vocab.anaphorOnly.has(w);
  m.distributive = /s$/.test(w) && !ONE_EVENT_PLURALS.has(w);

  // Names inside the phrase before the noun: "US-Russia talks", "Russia's talks", "the US, the EU, and NATO meetings".
  const leftIds = withoutModifiers(ctx, left.from, head);
  const possessed = hasPossessiveName(ctx, left.from, head);
  const subject = governingSubject(ctx, left.from);
  const rightIds = right?.ids ?? [];
  let own = leftIds;
  // A single name before the noun, with the parties named elsewhere, is the topic: "US, Russia to hold Ukraine talks".
  if (leftIds.length === 1 && !possessed && !left.dash && (rightIds.length > 0 || subject.length > 0)) {
    m.topics.push(ctx.actorById.get(leftIds[0]!)!.name);
    own = [];
  }
  m.parties = unique([...subject, ...own, ...rightIds]);
  if (left.determiner === 'possessive') {
    const p = word(tokens[left.from]);
    if (p === 'their') m.inferred = theirActors(ctx, left.from).filter((id) => !m.parties.includes(id));
    else {
      const id = pronounActor(ctx, left.from);
      if (id !== undefined && !m.parties.includes(id)) m.parties.unshift(id);
    }
  }
  if (m.distributive) {
    if (rightIds.length >= 2 && right?.coordinated) {
      m.conjuncts = rightIds;
      m.common = unique([...subject, ...own]);
    } else if (own.length >= 2 && rightIds.length >= 1) {
      m.conjuncts = own;
      m.common = unique([...subject, ...rightIds]);
    }
  }
  return m;
}

/** Whether a name in [from, to) carries a possessive "'s" ("Russia's talks with…"). */
function hasPossessiveName(ctx: MeetingContext, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (isPossessive(ctx.doc.tokens[j]) && ctx.actorAt[j - 1]) return true;
  return false;
}

/**
 * The subject of the verb that governs a meeting noun when that verb makes
 * its subject a party ("X will hold talks", "X agreed to talks", "X took part
 * in the meeting") or the noun sits in "during" ("X and Y announced during
 * their summit").
 */
function governingSubject(ctx: MeetingContext, from: number): string[] {
  const tokens = ctx.doc.tokens;
  const first = ctx.doc.sentences[tokens[from]?.sentence ?? 0]?.firstToken ?? 0;
  let v = from - 1;
  if (v < first) return [];
  if (word(tokens[v]) === 'during') {
    // The verb of the clause "during" belongs to: the nearest verb before it, in the same clause.
    for (let k = v - 1; k >= Math.max(first, v - 12); k--) {
      if (ctx.actorAt[k]) continue;
      if (/^[,;:]$/.test(tokens[k]!.text) || word(tokens[k]) === 'that') return [];
      if (tokens[k]!.pos === 'VERB') {
        v = k;
        break;
      }
      if (k === Math.max(first, v - 12)) return [];
    }
    if (word(tokens[v]) === 'during') return [];
  } else {
    if (VERB_LINKS.has(word(tokens[v])) && v - 1 >= first) v--;
    if (word(tokens[v]) === 'part' && word(tokens[v - 1]) === 'take' || word(tokens[v]) === 'part' && /^(takes|took|taking|taken)$/.test(word(tokens[v - 1]))) v--;
    const w = word(tokens[v]);
    if (!(ctx.vocab.participationVerbs.has(w) || /^(take|takes|took|taking|taken)$/.test(w))) return [];
    if (!(verbal(ctx, v) || ctx.headline.has(v))) return [];
  }
  const g = verbGroupStart(ctx, v, first);
  return subjectOf(ctx, g, first).groups.flat();
}

function verbMention(ctx: MeetingContext, head: number, kind: MeetingKind, after: number): MeetingMention | undefined {
  const { doc, vocab } = ctx;
  const tokens = doc.tokens;
  const w = word(tokens[head]);
  const first = doc.sentences[tokens[head]!.sentence]?.firstToken ?? 0;
  const g = verbGroupStart(ctx, head, first);
  const subject = subjectOf(ctx, g, first);
  // The other party: "met with X", "spoke to X", "met X", "hosted X".
  const preps = vocab.needsCounterpart.has(w) ? new Set(['with', 'to']) : new Set(['with']);
  let to = after;
  let object: string[] = [];
  // The party may follow a few words: "spoke by phone with X", "met on Friday with X".
  let phrase = partyPhrase(ctx, after, preps);
  for (let k = after + 1; !phrase && k <= after + 6 && k < tokens.length; k++) {
    const t = tokens[k - 1]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[,;:.!?]$/.test(t.text) || ctx.actorAt[k - 1] || t.text.includes('\n')) break;
    if (preps.has(word(tokens[k]))) phrase = partyPhrase(ctx, k, preps);
  }
  if (phrase) {
    object = phrase.ids;
    to = phrase.to;
  } else if (vocab.transitive.has(w)) {
    const direct = partyPhrase(ctx, after, 'object');
    if (direct) {
      object = direct.ids;
      to = direct.to;
    } else {
      // "meets the criteria", "met expectations", "met reporters": an object that is no party, no meeting.
      const next = tokens[after];
      if (next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || isPossessivePronoun(word(next)))) return undefined;
    }
  }
  const subjectIds = subject.groups.flat();
  const all = unique([...subjectIds, ...object]);
  const pronounSubject = subject.pronoun !== undefined;
  if (vocab.needsCounterpart.has(w) && object.length === 0 && subjectIds.length < 2) {
    // "Peskov spoke to reporters", "speaking on condition of anonymity": no meeting.
    if (!(pronounSubject && /^(we|they)$/.test(word(tokens[subject.pronoun!])))) return undefined;
  }
  if (all.length === 0 && !pronounSubject) return undefined;
  const m = blank(ctx, head, Math.min(g, head), to, kind, true);
  m.parties = all;
  if (subject.groups.length > 1) m.groups = subject.groups.map((grp) => unique([...grp, ...object]));
  if (pronounSubject) {
    const id = pronounActor(ctx, subject.pronoun!);
    if (id !== undefined && !m.parties.includes(id)) m.parties.unshift(id);
  }
  m.anaphorOnly = m.parties.length === 0 || (SIT.has(w) && object.length === 0);
  return m;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
