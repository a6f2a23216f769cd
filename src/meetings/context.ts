/**
 * What the meeting finder reads besides the tokens: which actor and which date
 * each token belongs to, each actor's party (the country or body it speaks
 * for), and the meeting vocabulary with the caller's `lexicon.meetingWords`.
 */
import meetingWords from '../data/meeting-words.json';
import type { Actor, AnalyzedDoc, DateMention, Facts, Lexicon, MeetingKind } from '../types.js';
import { tokenIndexAt, word } from '../core/analyze.js';
import { actorTokens, isNamed, partyOf as partyOfActor } from '../core/actorTokens.js';
import { cachedByContent } from '../core/cache.js';

export interface MeetingVocabulary {
  /** Every word that can start a mention: one set lookup rules out almost every token. */
  triggers: Set<string>;
  nouns: Map<string, MeetingKind>;
  anaphorOnly: Set<string>;
  verbs: Map<string, MeetingKind>;
  needsCounterpart: Set<string>;
  transitive: Set<string>;
  participationVerbs: Set<string>;
  partyPrepositions: Set<string>;
  formats: Map<string, 'in-person' | 'phone' | 'video'>;
  seriesHeads: Set<string>;
  proposed: Set<string>;
  tentativeModals: Set<string>;
  planned: Set<string>;
  held: Set<string>;
  another: Set<string>;
  distinct: Set<string>;
}

/** Forms of "sit", read with "down" as a meeting verb ("when we sit down with them"). */
export const SIT = new Set(['sit', 'sits', 'sat', 'sitting']);

const BASE: MeetingVocabulary = withTriggers({
  nouns: new Map(Object.entries(meetingWords.nouns) as Array<[string, MeetingKind]>),
  anaphorOnly: new Set(meetingWords.anaphorOnly),
  verbs: new Map(Object.entries(meetingWords.verbs) as Array<[string, MeetingKind]>),
  needsCounterpart: new Set(meetingWords.needsCounterpart),
  transitive: new Set(meetingWords.transitive),
  participationVerbs: new Set(meetingWords.participationVerbs),
  partyPrepositions: new Set(meetingWords.partyPrepositions),
  formats: new Map(Object.entries(meetingWords.formats) as Array<[string, 'in-person' | 'phone' | 'video']>),
  seriesHeads: new Set(meetingWords.seriesHeads),
  proposed: new Set(meetingWords.status.proposed),
  tentativeModals: new Set(meetingWords.status.tentativeModals),
  planned: new Set(meetingWords.status.planned),
  held: new Set(meetingWords.status.held),
  another: new Set(meetingWords.anotherWords),
  distinct: new Set(meetingWords.distinctPrepositions),
});

const vocabularyCache = new Map<string, MeetingVocabulary>();

/** The vocabulary with the caller's meeting nouns added (built once per lexicon content). */
export function vocabularyFor(lexicon: Lexicon | undefined): MeetingVocabulary {
  const extra = lexicon?.meetingWords;
  if (!extra || extra.length === 0) return BASE;
  return cachedByContent(vocabularyCache, JSON.stringify(extra), () => {
    const nouns = new Map(BASE.nouns);
    for (const { word, kind } of extra) nouns.set(word.toLowerCase(), kind);
    return withTriggers({ ...BASE, nouns });
  });
}

/** Every word that can start a mention (meeting nouns, meeting verbs, "sit"), curly-apostrophe forms too. */
function withTriggers(v: Omit<MeetingVocabulary, 'triggers'>): MeetingVocabulary {
  const triggers = new Set([...v.nouns.keys(), ...v.verbs.keys(), ...SIT]);
  for (const w of [...triggers]) if (w.includes("'")) triggers.add(w.replace(/'/g, '’'));
  return { ...v, triggers };
}

export interface MeetingContext {
  doc: AnalyzedDoc;
  facts: Facts;
  vocab: MeetingVocabulary;
  /** The actor each token is a mention of (sparse). */
  actorAt: Array<Actor | undefined>;
  /** The index of the first token of the actor mention each token belongs to. */
  actorStartAt: Array<number | undefined>;
  actorById: Map<string, Actor>;
  /** The date expression each token is part of (sparse). */
  dateAt: Array<DateMention | undefined>;
  /** Tokens of title-case headline lines, where part-of-speech tags are unreliable. */
  headline: ReadonlySet<number>;
}

export function buildContext(doc: AnalyzedDoc, facts: Facts, vocab: MeetingVocabulary, headline: ReadonlySet<number>): MeetingContext {
  const { actorAt, actorStartAt, actorById } = actorTokens(doc, facts.actors);
  const dateAt = new Array<DateMention | undefined>(doc.tokens.length).fill(undefined);
  for (const d of facts.dates) {
    for (let i = tokenIndexAt(doc, d.span.start); i < doc.tokens.length && doc.tokens[i]!.start < d.span.end; i++) dateAt[i] = d;
  }
  return { doc, facts, vocab, actorAt, actorStartAt, actorById, dateAt, headline };
}

/** An unnamed official ("a National Security Council spokesperson") is no party to a meeting. */
export { isNamed };

/** The party an actor stands for (src/core/actorTokens.ts), among this article's actors. */
export function partyOf(ctx: MeetingContext, id: string): string {
  return partyOfActor(id, (x) => ctx.actorById.get(x));
}

export { word };

/** Whether a token is a verb form by its tag, or in a title-case headline where tags are unreliable. */
export function verbal(ctx: MeetingContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  return t.pos === 'VERB' || t.pos === 'AUX' || (ctx.headline.has(i) && t.pos !== 'DET' && t.pos !== 'ADP');
}
