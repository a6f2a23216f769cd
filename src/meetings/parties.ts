/**
 * Who takes part: the actors of a meeting mention's own phrase ("US-Russia
 * talks", "talks between Russia and NATO", "his meeting with Putin") and of the
 * clause around it ("Washington and Moscow will negotiate", "X and Y will hold
 * talks", "Biden and Putin, who met…"). Returns actor ids in text order.
 */
import type { Actor } from '../types.js';
import { isPossessive } from '../core/analyze.js';
import { resolvePronoun } from '../actors/pronouns.js';
import { isNamed, partyOf, verbal, word, type MeetingContext } from './context.js';

/** How far (in tokens) "their" looks for the two people it stands for. */
const WINDOW = 60;
const POSSESSIVE_PRONOUNS = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your']);
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'he', 'she', 'i', 'you']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Prepositions inside a subject noun phrase ("officials from the US", "representatives of NATO"). */
const NP_PREPOSITIONS = new Set(['of', 'from', 'for']);
/** Words that may stand in a verb group before the meeting verb ("is expected to", "are set to"). */
const VERB_GROUP_WORDS = new Set([
  'not', "n't", 'also', 'still', 'now', 'then', 'reportedly', 'likely', 'expected', 'anticipated', 'due', 'set', 'scheduled',
  'slated', 'going', 'poised', 'ready', 'willing', 'eager', 'able', 'unlikely', 'finally', 'again', 'yet', 'already', 'soon',
]);

/**
 * Drops an actor that only modifies a person named with it: "Russia's
 * President Vladimir Putin", "Ukrainian President Volodymyr Zelenskyy", "U.S.
 * President Joe Biden" are Putin, Zelenskyy and Biden, not their countries too.
 */
export function withoutModifiers(ctx: MeetingContext, from: number, to: number): string[] {
  const kept: string[] = [];
  const tokens = ctx.doc.tokens;
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) {
    const a = ctx.actorAt[i];
    if (!a || !isNamed(a)) continue;
    const first = ctx.actorStartAt[i] ?? i;
    let end = i;
    while (end + 1 < to && ctx.actorAt[end + 1] === a && ctx.actorStartAt[end + 1] === first) end++;
    i = end;
    if (a.type !== 'person' && modifiesPerson(ctx, a, end + 1, to)) continue;
    if (!kept.includes(a.id)) kept.push(a.id);
  }
  return kept;
}

/** Whether a person whose party is `a` follows within a few title words ("Russia's Deputy Foreign Minister Sergey Ryabkov"). */
function modifiesPerson(ctx: MeetingContext, a: Actor, from: number, to: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const b = ctx.actorAt[j];
    if (b) return b.type === 'person' && b.id !== a.id && (partyOf(ctx, b.id) === a.id || b.affiliation === a.id);
    const t = tokens[j]!;
    if (isPossessive(t)) continue;
    // Title words, capitalised or not: "Russian President", "his Russian counterpart", "U.S. Secretary of State".
    const titleLink = (word(t) === 'of' || word(t) === 'for') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
    if (!titleLink && !/^\p{Lu}/u.test(t.text) && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** The named actors a possessive "their" stands for: the nearest two coordinated actors, people first. */
export function theirActors(ctx: MeetingContext, at: number): string[] {
  const { doc } = ctx;
  const sentence = doc.sentences[doc.tokens[at]!.sentence];
  if (!sentence) return [];
  const pick = (ids: string[], fromEnd: boolean): string[] => {
    const people = ids.filter((id) => ctx.actorById.get(id)?.type === 'person');
    const pool = people.length >= 2 ? people : ids;
    if (pool.length < 2) return [];
    return fromEnd ? pool.slice(-2) : pool.slice(0, 2);
  };
  // Bounded windows: a run-on "sentence" must not be rescanned per mention.
  const before = pick(withoutModifiers(ctx, Math.max(sentence.firstToken, at - WINDOW), at), true);
  if (before.length) return before;
  const afterIds = withoutModifiers(ctx, at, Math.min(sentence.lastToken + 1, at + WINDOW));
  const afterPeople = afterIds.filter((id) => ctx.actorById.get(id)?.type === 'person');
  if (afterPeople.length >= 2) return afterPeople.slice(0, 2);
  const previous = doc.sentences[sentence.index - 1];
  if (previous) return pick(withoutModifiers(ctx, Math.max(previous.firstToken, previous.lastToken + 1 - WINDOW), previous.lastToken + 1), true);
  return [];
}

/** The actor a singular possessive or subject pronoun ("his", "he") stands for. */
export function pronounActor(ctx: MeetingContext, at: number): string | undefined {
  const t = ctx.doc.tokens[at]!;
  if (t.normal === 'their' || t.normal === 'they') {
    return undefined;
  }
  const id = resolvePronoun(ctx.doc, ctx.facts.actors, t.start);
  const a = id === undefined ? undefined : ctx.actorById.get(id);
  return a && isNamed(a) ? a.id : undefined;
}

export function isPossessivePronoun(w: string): boolean {
  return POSSESSIVE_PRONOUNS.has(w);
}

/** The first token of the verb group ending at `v` ("is anticipated to speak" → "is"). */
export function verbGroupStart(ctx: MeetingContext, v: number, first: number): number {
  const tokens = ctx.doc.tokens;
  first = Math.max(first, v - 12);
  let g = v;
  while (g - 1 >= first) {
    const t = tokens[g - 1]!;
    const w = word(t);
    if (ctx.actorAt[g - 1]) break;
    if (t.pos === 'AUX' || t.pos === 'PART' || VERB_GROUP_WORDS.has(w)) g--;
    else if (t.pos === 'ADV' && /ly$/.test(w)) g--;
    else if (t.pos === 'VERB' && word(tokens[g]) === 'to') g--;
    else if (ctx.headline.has(g - 1) && verbal(ctx, g - 1) && t.pos !== 'PROPN') g--;
    else if (ctx.headline.has(g - 1) && word(tokens[g]) === 'to') g--;
    else break;
  }
  return g;
}

export interface Subject {
  /** Actor groups: one per "as well as" part ("Russia and NATO, as well as Russia and the OSCE"). */
  groups: string[][];
  /** A personal pronoun subject ("we", "he"), when the subject is one. */
  pronoun?: number;
}

/**
 * The subject of the verb group starting at `g`: the noun phrase right before
 * it, walking left over names, titles, determiners, "and", list commas, "as
 * well as", a relative clause set off by commas and NP-internal "of/from/for".
 * A relative pronoun right before the verb ("Biden and Putin, who met…")
 * hands the subject to the phrase before it.
 */
export function subjectOf(ctx: MeetingContext, g: number, first: number): Subject {
  const tokens = ctx.doc.tokens;
  first = Math.max(first, g - 40);
  let j = g - 1;
  if (j >= first && RELATIVES.has(word(tokens[j])) && tokens[j]!.pos !== 'DET') {
    j--;
    if (j >= first && tokens[j]!.text === ',') j--;
  }
  if (j >= first && SUBJECT_PRONOUNS.has(word(tokens[j]))) return { groups: [], pronoun: j };
  // Each "as well as" part is a group; relative clauses set off by commas are left out.
  const groups: Array<Array<{ from: number; to: number }>> = [];
  let pieces: Array<{ from: number; to: number }> = [];
  let to = j + 1;
  while (j >= first) {
    const t = tokens[j]!;
    const w = word(t);
    if (t.text.includes('\n')) break;
    if (ctx.actorAt[j]) {
      j = (ctx.actorStartAt[j] ?? j) - 1;
      continue;
    }
    if (w === 'as' && word(tokens[j - 1]) === 'well' && word(tokens[j - 2]) === 'as') {
      pieces.push({ from: j + 1, to });
      groups.push(pieces);
      pieces = [];
      to = j - 2;
      j -= 3;
      continue;
    }
    if (t.text === ',') {
      const opening = relativeClauseStart(ctx, j, first);
      if (opening !== undefined) {
        pieces.push({ from: j + 1, to });
        to = opening;
        j = opening - 1;
        continue;
      }
      const after = `${word(tokens[j + 1])} ${word(tokens[j + 2])} ${word(tokens[j + 3])}`;
      if ((j - 1 >= first && ctx.actorAt[j - 1]) || after === 'as well as') {
        j--;
        continue;
      }
      break;
    }
    if (w === 'and' || w === 'or' || w === '&') {
      j--;
      continue;
    }
    if (RELATIVES.has(w) || SUBJECT_PRONOUNS.has(w)) break;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'NOUN' || isPossessive(t) || NP_PREPOSITIONS.has(w)) {
      j--;
      continue;
    }
    if (t.pos === 'ADV' && /ly$/.test(w)) {
      j--;
      continue;
    }
    break;
  }
  pieces.push({ from: j + 1, to });
  groups.push(pieces);
  const out: string[][] = [];
  for (const group of groups.reverse()) {
    const ids: string[] = [];
    for (const piece of group.reverse()) {
      if (piece.to <= piece.from) continue;
      for (const id of withoutModifiers(ctx, piece.from, piece.to)) if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length) out.push(ids);
  }
  return { groups: out };
}

/**
 * When the comma at `j` closes a relative clause (", which includes the US,"
 * / ", who…,"), the index of the comma that opens it; otherwise undefined.
 */
function relativeClauseStart(ctx: MeetingContext, j: number, first: number): number | undefined {
  const tokens = ctx.doc.tokens;
  for (let k = j - 1; k > first && k >= j - 15; k--) {
    const w = word(tokens[k]);
    if (tokens[k]!.text === ',' ) {
      return RELATIVES.has(word(tokens[k + 1])) && word(tokens[k + 1]) !== 'that' ? k : undefined;
    }
    if (tokens[k]!.text.includes('\n') || w === ';') return undefined;
  }
  return undefined;
}
