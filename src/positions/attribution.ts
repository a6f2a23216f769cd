/**
 * Who said what: quotations attributed by the words around them, and reported
 * speech around reporting verbs, phrases and nouns. Every search here is
 * bounded (a few tokens around a mark or cue, one sentence at most), so text
 * made of nothing but quote marks or run-on sentences stays linear.
 */
import type { AnalyzedDoc, Facts, Position, Stance, TextSpan } from '../types.js';
import { isPossessive, tokenIndexAt, word } from '../core/analyze.js';
import { isNamed, type ActorTokens } from '../core/actorTokens.js';
import { resolvePronoun } from '../actors/pronouns.js';
import type { Quote } from './quotes.js';
import type { CueStance, CueVocabulary } from './vocabulary.js';

export interface PositionContext extends ActorTokens {
  doc: AnalyzedDoc;
  facts: Facts;
  quotes: Quote[];
  /** Index of the quote whose inner text holds each token (sparse). */
  quoteAt: Array<number | undefined>;
  vocab: CueVocabulary;
  /** Cue tokens already used to attribute a quote. */
  used: Set<number>;
  /** The holder of the last reported position and its sentence. */
  lastSpeaker?: { holder: string; sentence: number };
}

export interface Found {
  holder: string;
  stance: Stance;
  form: Position['form'];
  cue?: TextSpan;
  content: TextSpan;
  about: string[];
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** The longest content read for one claim, in tokens: a run-on "sentence" of 10,000 words must not be rescanned per cue. */
const MAX_CONTENT = 150;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const SENTENCE_END = new Set(['.', '!', '?']);
/** Verbs that need a clause or "that"/"to" after them to report anything ("expected 5,000 people" reports nothing). */
const NEEDS_COMPLEMENT = new Set(['announce', 'announces', 'announced', 'announcing', 'plan', 'plans', 'offer', 'offers', 'offered', 'back', 'backs', 'backed', 'ask', 'asks', 'asked', 'report', 'reports', 'reported', 'expect', 'expects', 'expected', 'suggest', 'suggests', 'suggested', 'add', 'adds', 'added', 'adding', 'note', 'notes', 'noted', 'cite', 'cites', 'cited', 'citing', 'express', 'expresses', 'expressed', 'expressing', 'welcome', 'welcomes', 'welcomed', 'tell', 'tells', 'told', 'telling', 'state', 'states', 'stated']);
/** Verbs of belief: inside another claim ("X said they believe …") they add no second position. */
const COGNITION = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'expect', 'expects', 'expected', 'hope', 'hopes']);
/** Verbs that link a subject to an adjective cue: "has grown increasingly insistent that". */
const LINKING = new Set(['grown', 'grow', 'grows', 'become', 'became', 'becomes', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'feel', 'feels', 'felt']);
/** Reporting verbs that, inside a claim, report someone else's claim ("the White House said Biden warned that …"). */
const NESTED_REPORTING = /^(said|says|told|tells|stated|added|warned|warns|insisted|demanded|urged|accused|denied|refused|rejected|claimed|argued|announced|reiterated|emphasized|emphasize|emphasised|stressed|signaled|signalled|remind|reminded)$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** Subordinators and other words a subject never reaches across. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'when', 'as', 'since', 'after', 'before', 'but', 'so']);

const w = word;

export function buildPositionContext(doc: AnalyzedDoc, facts: Facts, actors: ActorTokens, quotes: Quote[], vocab: CueVocabulary): PositionContext {
  const quoteAt: Array<number | undefined> = [];
  let q = 0;
  for (let i = 0; i < doc.tokens.length && q < quotes.length; i++) {
    const t = doc.tokens[i]!;
    while (q < quotes.length && quotes[q]!.innerEnd <= t.start) q++;
    const quote = quotes[q];
    if (quote && t.start >= quote.innerStart && t.end <= quote.innerEnd) quoteAt[i] = q;
  }
  return { ...actors, doc, facts, quotes, quoteAt, vocab, used: new Set() };
}

function span(doc: AnalyzedDoc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

function sentenceOf(ctx: PositionContext, i: number): { first: number; last: number } {
  const s = ctx.doc.sentences[ctx.doc.tokens[i]!.sentence]!;
  return { first: s.firstToken, last: s.lastToken };
}

/** The holder among actor mentions in tokens [from, to): the first named person, else the first actor. */
function holderIn(ctx: PositionContext, from: number, to: number): string | undefined {
  let first: string | undefined;
  for (let i = Math.max(0, from); i < to; i++) {
    const a = ctx.actorAt[i];
    if (!a) continue;
    if (a.type === 'person') return a.id;
    // A country or body that only modifies what follows ("Russia's deputy envoy") is kept as a fallback.
    first ??= a.id;
  }
  return first;
}

/** The actor a pronoun at token `i` stands for. */
function pronounHolder(ctx: PositionContext, i: number): string | undefined {
  const t = ctx.doc.tokens[i]!;
  // "they"/"it" reporting again continue the last body or country that reported (speaker continuity).
  const last = ctx.lastSpeaker;
  if ((w(t) === 'they' || w(t) === 'it') && last && t.sentence - last.sentence <= 2) {
    const a = ctx.actorById.get(last.holder);
    if (a && a.type !== 'person') return a.id;
  }
  return resolvePronoun(ctx.doc, ctx.facts.actors, t.start);
}

/** The first token of the verb group ending at `v`: auxiliaries, adverbs, "to", catenative verbs ("continues to demand"). */
function verbGroupStart(ctx: PositionContext, v: number, first: number): number {
  const tokens = ctx.doc.tokens;
  first = Math.max(first, v - 12);
  let g = v;
  while (g - 1 >= first) {
    const t = tokens[g - 1]!;
    if (ctx.actorAt[g - 1]) break;
    if (t.pos === 'AUX' || t.pos === 'PART' || (t.pos === 'ADV' && w(t) !== 'however')) g--;
    else if (t.pos === 'VERB' && w(tokens[g]) === 'to') g--;
    else if (t.pos === 'ADJ' && w(tokens[g]) === 'to') g--; // "is set to emphasize"
    else if (LINKING.has(w(t))) g--;
    else break;
  }
  return g;
}

/**
 * The subject noun phrase ending just before token `g`: names, titles,
 * determiners, "of/for/from" inside the phrase, and an apposition set off by
 * commas ("Russia's deputy envoy, Dmitry Polyanskiy, said"). Returns its start.
 */
function subjectStart(ctx: PositionContext, g: number, first: number): number {
  const tokens = ctx.doc.tokens;
  first = Math.max(first, g - 40);
  let j = g - 1;
  let start = g;
  while (j >= first) {
    const t = tokens[j]!;
    const word = w(t);
    if (t.text.includes('\n')) break;
    if (ctx.actorAt[j]) {
      start = ctx.actorStartAt[j] ?? j;
      j = start - 1;
      continue;
    }
    if (t.text === ',') {
      // An apposition: ", Ukraine's foreign affairs minister," between the name and the verb.
      const open = appositionStart(ctx, j, first);
      if (open === undefined) break;
      j = open - 1;
      continue;
    }
    if (CLAUSE_OPENERS.has(word)) break;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'NOUN' || isPossessive(t) || POSSESSIVE_PRONOUNS.has(word) || word === 'of' || word === 'for' || word === 'from' || word === 'and') {
      start = j;
      j--;
      continue;
    }
    break;
  }
  return start;
}

/** When the comma at `j` closes an apposition after a name, the index of the comma opening it. */
function appositionStart(ctx: PositionContext, j: number, first: number): number | undefined {
  const tokens = ctx.doc.tokens;
  for (let k = j - 1; k >= Math.max(first, j - 12); k--) {
    const t = tokens[k]!;
    if (t.text === ',') {
      // The phrase before the opening comma must end in a name or a noun, and the apposition must not start with a preposition.
      const before = tokens[k - 1];
      const inside = tokens[k + 1];
      if (!before || !inside) return undefined;
      // "Moscow, for its part, has confirmed": a parenthetical after a name. "At the UN, X said": an opener, not an apposition.
      if (inside.pos === 'ADP' || inside.pos === 'SCONJ') return ctx.actorAt[k - 1] ? k : undefined;
      return ctx.actorAt[k - 1] || before.pos === 'NOUN' || before.pos === 'PROPN' ? k : undefined;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text.includes('\n') || SENTENCE_END.has(t.text)) return undefined;
  }
  return undefined;
}

/** The holder of a verb cue at `v` from its subject, or a pronoun subject. */
function subjectHolder(ctx: PositionContext, v: number, first: number): { holder?: string; start: number } {
  const g = verbGroupStart(ctx, v, first);
  const before = ctx.doc.tokens[g - 1];
  if (before && g - 1 >= first && PRONOUNS.has(w(before))) return { holder: pronounHolder(ctx, g - 1), start: g - 1 };
  const s = subjectStart(ctx, g, first);
  return { holder: s < g ? holderIn(ctx, s, g) : undefined, start: s };
}

// ---------------------------------------------------------------------------
// Quotes.

function isCueVerb(ctx: PositionContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  // wink tags a reporting verb after a quote as a noun now and then ("…,” Peskov says"); a capitalised "State" is a name.
  return !!t && ctx.vocab.verbs.has(w(t)) && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)));
}

/**
 * The attribution right after a closing quote mark: "…,” Peskov told
 * reporters", "…," said the spokesperson", "…”, he insisted.".
 */
function attributionAfter(ctx: PositionContext, from: number): { cue: number; holder?: string } | undefined {
  const tokens = ctx.doc.tokens;
  let i = from;
  while (tokens[i] && /^[,”"»’']+$/.test(tokens[i]!.text)) i++;
  if (!tokens[i] || tokens[i]!.text.includes('\n')) return undefined;
  // "said the spokesperson", "added the spokesperson"
  if (isCueVerb(ctx, i)) {
    for (let k = i + 1; k <= i + 8 && tokens[k]; k++) {
      if (ctx.actorAt[k]) return { cue: i, holder: holderIn(ctx, k, Math.min(tokens.length, k + 8)) };
      if (PRONOUNS.has(w(tokens[k]))) return { cue: i, holder: pronounHolder(ctx, k) };
      const t = tokens[k]!;
      if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) break;
    }
    return undefined;
  }
  // "Peskov told reporters", "the National Security Council spokesperson said", "he said"
  for (let k = i; k <= i + 8 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (isCueVerb(ctx, k) && k > i) {
      if (PRONOUNS.has(w(tokens[i]))) return { cue: k, holder: pronounHolder(ctx, i) };
      return { cue: k, holder: holderIn(ctx, i, k) };
    }
    if (!(ctx.actorAt[k] || PRONOUNS.has(w(t)) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || isPossessive(t) || w(t) === 'of' || w(t) === 'for')) break;
  }
  return undefined;
}

/** The attribution right before an opening quote mark: "X said: “…”", "X told reporters, “…”". */
function attributionBefore(ctx: PositionContext, openToken: number): { cue: number; holder?: string } | undefined {
  const tokens = ctx.doc.tokens;
  const mark = tokens[openToken - 1];
  if (!mark || (mark.text !== ':' && mark.text !== ',')) return undefined;
  const { first } = sentenceOf(ctx, openToken - 1);
  for (let k = openToken - 2; k >= Math.max(first, openToken - 8); k--) {
    if (ctx.quoteAt[k] !== undefined || tokens[k]!.text.includes('\n')) return undefined;
    if (isCueVerb(ctx, k)) {
      const s = subjectHolder(ctx, k, first);
      return { cue: k, holder: s.holder };
    }
  }
  return undefined;
}

/** Whether a quote mark at token `i` opens its sentence (or follows a colon or dash): a full quotation, not a fragment. */
function opensSentence(ctx: PositionContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text.trim() === '') continue;
    return SENTENCE_END.has(t.text) || /^[:—–"“”]$/.test(t.text) || t.sentence !== tokens[i]!.sentence || t.text.includes('\n');
  }
  return true;
}

export function quotePositions(ctx: PositionContext): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  const consumed = new Set<number>();
  ctx.quotes.forEach((q, qi) => {
    if (consumed.has(qi)) return;
    const openToken = tokenIndexAt(doc, q.start);
    const afterToken = tokenIndexAt(doc, q.end);
    let attribution = attributionBefore(ctx, openToken);
    let contentEnd = q.innerEnd;
    if (!attribution?.holder && opensSentence(ctx, openToken)) {
      attribution = attributionAfter(ctx, afterToken);
      // A split quote: "…,” Peskov told reporters, “…” continues after the attribution.
      const next = ctx.quotes[qi + 1];
      if (attribution?.holder && next) {
        const gap = doc.text.slice(doc.tokens[attribution.cue]!.end, next.start);
        if (/^[^.!?\n"“”]{0,40},\s*$/.test(gap)) {
          contentEnd = next.innerEnd;
          consumed.add(qi + 1);
        }
      }
    }
    if (!attribution?.holder) return;
    ctx.used.add(attribution.cue);
    const cueToken = doc.tokens[attribution.cue]!;
    // The quoted words without the comma or space before the closing mark.
    let start = q.innerStart;
    let end = contentEnd;
    while (start < end && /\s/.test(doc.text[start]!)) start++;
    while (end > start && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
    const content = span(doc, start, end);
    const stance = stanceOf(ctx, ctx.vocab.verbs.get(w(cueToken)) ?? 'neutral', content);
    out.push({ holder: attribution.holder, stance, form: 'quote', cue: span(doc, cueToken.start, cueToken.end), content, about: aboutIn(ctx, content, attribution.holder) });
  });
  return out;
}

// ---------------------------------------------------------------------------
// Reported speech.

interface Cue {
  start: number;
  end: number;
  stance: CueStance;
  kind: 'verb' | 'phrase' | 'noun' | 'adjective' | 'according';
}

/** "that" or "to" right after a verb, or after a few time words ("stated earlier this week that"). */
function hasComplement(ctx: PositionContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = i + 1; k <= i + 5 && tokens[k]; k++) {
    const x = w(tokens[k]);
    if (x === 'that' || (x === 'to' && k === i + 1)) return true;
    // Time words between the verb and "that": "stated earlier this week that", "said on Monday that".
    if (!(tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NUM' || /^(on|in|this|last|week|month|year|earlier|later|late)$/.test(x))) return false;
  }
  return false;
}

/** The cue starting at token `i`, if any. */
function cueAt(ctx: PositionContext, i: number): Cue | undefined {
  const tokens = ctx.doc.tokens;
  const t = tokens[i]!;
  const word = w(t);
  const phrases = ctx.vocab.phrases.get(word);
  if (phrases) {
    for (const p of phrases) {
      let k = 1;
      while (k < p.words.length && w(tokens[i + k]) === p.words[k]) k++;
      if (k === p.words.length) return { start: i, end: i + k, stance: p.stance, kind: word === 'according' ? 'according' : 'phrase' };
    }
  }
  const verb = ctx.vocab.verbs.get(word);
  const prev = w(tokens[i - 1]);
  const next = w(tokens[i + 1]);
  // wink tags a coordinated verb as a plural noun now and then: "… and claims to be", "and demands that".
  const verbal = t.pos === 'VERB' || (t.pos === 'NOUN' && prev === 'and' && (next === 'that' || next === 'to'));
  if (verb !== undefined && verbal) {
    // Inverted attribution ("…, added the spokesperson") needs no complement after the verb.
    const inverted = prev === ',' || /^[”"»]$/.test(tokens[i - 1]?.text ?? '');
    if (NEEDS_COMPLEMENT.has(word) && !inverted && !hasComplement(ctx, i) && !/^(told|tell|tells|telling|express\w*|cit\w*|welcom\w*)$/.test(word)) return undefined;
    return { start: i, end: i + 1, stance: verb, kind: 'verb' };
  }
  const noun = ctx.vocab.nouns.get(word);
  if (noun !== undefined && t.pos === 'NOUN') {
    const before = tokens[i - 1];
    const possessed = !!before && (['his', 'her', 'its', 'their'].includes(w(before)) || isPossessive(before));
    if (possessed && ['that', 'for', 'to', 'on'].includes(next)) return { start: i, end: i + 1, stance: noun, kind: 'noun' };
    return undefined;
  }
  const adjective = ctx.vocab.adjectives.get(word);
  if (adjective !== undefined && t.pos === 'ADJ') {
    if (next === 'that' || (next === 'to' && adjective === 'intent')) return { start: i, end: i + 1, stance: adjective, kind: 'adjective' };
  }
  return undefined;
}

/** Where reported content ends: the sentence end, or a second reporting clause (", saying", "while stressing", ", according to"). */
function contentEnd(ctx: PositionContext, from: number, last: number, stopAtComma = false): number {
  const tokens = ctx.doc.tokens;
  last = Math.min(last, from + MAX_CONTENT);
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (ctx.quoteAt[k] !== undefined) continue;
    if (SENTENCE_END.has(t.text) || t.text.includes('\n')) return k;
    if (stopAtComma && t.text === ',') return k;
    // "denies A and claims B": a second reporting verb of the same subject starts a second claim.
    if ((w(t) === 'and' || w(t) === 'but') && k > from) {
      const next = tokens[k + 1];
      const after = w(tokens[k + 2]);
      if (next && ctx.vocab.verbs.has(w(next)) && (next.pos === 'VERB' || (next.pos === 'NOUN' && (after === 'that' || after === 'to')))) return tokens[k - 1]?.text === ',' ? k - 1 : k;
    }
    if ((t.text === ',' || w(t) === 'while') && k > from) {
      const next = tokens[k + 1];
      const nextWord = w(next);
      if (nextWord === 'according' && w(tokens[k + 2]) === 'to') return k;
      if (next && /ing$/.test(nextWord) && ctx.vocab.verbs.has(nextWord)) return k;
      if (nextWord === 'while' && /ing$/.test(w(tokens[k + 2])) && ctx.vocab.verbs.has(w(tokens[k + 2]))) return k;
    }
  }
  return last + 1;
}

/** Content tokens [from, to) split at coordinated complements: "that A and that B", "A but also that B". */
function splitContent(ctx: PositionContext, from: number, to: number): Array<[number, number]> {
  const tokens = ctx.doc.tokens;
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let k = from + 1; k < to - 1; k++) {
    const a = w(tokens[k]);
    if ((a === 'and' && w(tokens[k + 1]) === 'that') || (a === 'but' && w(tokens[k + 1]) === 'also' && w(tokens[k + 2]) === 'that')) {
      let end = k;
      if (tokens[end - 1]?.text === ',') end--;
      if (end > start) parts.push([start, end]);
      start = w(tokens[k + 1]) === 'also' ? k + 3 : k + 2;
    }
  }
  if (to > start) parts.push([start, to]);
  return parts;
}

function tokensSpan(ctx: PositionContext, from: number, to: number): TextSpan | undefined {
  const tokens = ctx.doc.tokens;
  let a = from;
  let b = to;
  // Trim punctuation and quote marks at the edges, and a leading "that".
  while (a < b && (/^[,;:—–-]$/.test(tokens[a]!.text) || w(tokens[a]) === 'that' || tokens[a]!.text.trim() === '')) a++;
  while (b > a && (/^[,;:.!?—–-]$/.test(tokens[b - 1]!.text) || tokens[b - 1]!.text.trim() === '')) b--;
  if (b <= a) return undefined;
  return span(ctx.doc, tokens[a]!.start, tokens[b - 1]!.end);
}

export function reportedPositions(ctx: PositionContext): Found[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const out: Found[] = [];
  let previous: { sentence: number; holder: string; end: number } | undefined;
  let lastCue: number | undefined;
  let lastContentEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.vocab.cueFirstWords.has(tokens[i]!.normal) || ctx.used.has(i)) continue;
    // A quote that opens on the reporting verb ("Blinken “reiterated …”") still has its cue outside the claim.
    if (ctx.quoteAt[i] !== undefined && !(ctx.quotes[ctx.quoteAt[i]!]!.innerStart === tokens[i]!.start && ctx.actorAt[i - 2])) continue;
    const cue = cueAt(ctx, i);
    if (!cue) continue;
    // "X expressed Ukraine's support": the noun is what the verb reports, not a second cue.
    if (cue.kind === 'noun' && lastCue !== undefined && cue.start - lastCue <= 4) continue;
    // "X said they believe …": belief inside a reported claim is part of that claim.
    if (COGNITION.has(w(tokens[cue.start])) && cue.start < lastContentEnd) continue;
    // "refused to confirm", "declined to comment": the infinitive is what the first verb governs.
    if (cue.kind === 'verb' && w(tokens[cue.start - 1]) === 'to' && (ctx.vocab.verbs.has(w(tokens[cue.start - 2])) || /^(declined|declines|decline|refused|agreed)$/.test(w(tokens[cue.start - 2])))) continue;
    lastCue = cue.start;
    const { first, last } = sentenceOf(ctx, i);
    // "Japan is ready to help, Kishida said": readiness inside reported speech is the reporter's claim.
    if ((cue.kind === 'adjective' || cue.kind === 'phrase') && cue.stance === 'intent' && reportedSentence(ctx, i, first, last)) continue;
    const read = readCue(ctx, cue, first, last, previous?.sentence === tokens[i]!.sentence ? previous : undefined);
    i = cue.end - 1;
    if (!read?.holder) continue;
    previous = { sentence: tokens[cue.start]!.sentence, holder: read.holder, end: cue.end };
    ctx.lastSpeaker = { holder: read.holder, sentence: tokens[cue.start]!.sentence };
    const cueSpan = span(doc, tokens[cue.start]!.start, tokens[cue.end - 1]!.end);
    for (const [a, b] of read.parts) {
      lastContentEnd = Math.max(lastContentEnd, b);
      const content = tokensSpan(ctx, a, b);
      if (!content) continue;
      out.push({ holder: read.holder, stance: stanceOf(ctx, cue.stance, content), form: formOf(ctx, a, b), cue: cueSpan, content, about: aboutIn(ctx, content, read.holder) });
    }
  }
  return out;
}

/** Whether a reporting verb other than the one at `i` stands in the sentence (bounded: 60 tokens each way). */
function reportedSentence(ctx: PositionContext, i: number, first: number, last: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let k = Math.max(first, i - 60); k <= Math.min(last, i + 60); k++) {
    if (k === i || tokens[k]!.pos !== 'VERB') continue;
    const stance = ctx.vocab.verbs.get(w(tokens[k]));
    if (stance !== undefined && ctx.quoteAt[k] === undefined && /^(said|says|told|tells|stated|added|according)$/.test(w(tokens[k]))) return true;
  }
  return false;
}

/** Holder and content token ranges of one cue. */
function readCue(
  ctx: PositionContext,
  cue: Cue,
  first: number,
  last: number,
  previous: { holder: string; end: number } | undefined,
): { holder?: string; parts: Array<[number, number]> } | undefined {
  const tokens = ctx.doc.tokens;
  if (cue.kind === 'according') {
    // "According to X, …" / "…, according to X."
    let k = cue.end;
    while (k <= last && tokens[k]!.text !== ',' && !SENTENCE_END.has(tokens[k]!.text) && !(tokens[k]!.pos === 'VERB' && !ctx.actorAt[k] && tokens[k]!.pos !== 'PROPN')) k++;
    const holder = holderIn(ctx, cue.end, k);
    const atStart = cue.start - first <= 6 && tokens.slice(first, cue.start).every((t) => t.pos === 'ADV' || t.text === ',' || t.pos === 'CCONJ' || t.text.trim() === '');
    if (atStart) {
      const end = contentEnd(ctx, k + 1, last);
      return { holder, parts: [[k + 1, end]] };
    }
    let start = Math.max(first, cue.start - MAX_CONTENT);
    for (let j = cue.start - 1; j > start; j--) {
      if (SENTENCE_END.has(tokens[j]!.text)) {
        start = j + 1;
        break;
      }
    }
    return { holder, parts: [[start, cue.start]] };
  }
  if (cue.kind === 'noun') {
    // "his insistence that …", "Moscow's demand for …"
    const prev = tokens[cue.start - 1]!;
    const holder = isPossessive(prev) ? holderIn(ctx, ctx.actorStartAt[cue.start - 2] ?? cue.start - 2, cue.start - 1) : pronounHolder(ctx, cue.start - 1);
    const from = cue.end + 1;
    return { holder, parts: splitContent(ctx, from, contentEnd(ctx, from, last, true)) };
  }
  // Participles and coordinated verbs share the holder before them: "X denies A and claims B", "…, saying …", "with X accusing Y".
  const prevWord = w(tokens[cue.start - 1]);
  const participle = /ing$/.test(w(tokens[cue.start]));
  let holder: string | undefined;
  let subjectFrom = cue.start;
  const groupStart = verbGroupStart(ctx, cue.start, first);
  const beforeGroup = w(tokens[groupStart - 1]);
  if (previous && (participle || beforeGroup === 'and' || beforeGroup === 'but') && (prevWord === ',' || prevWord === 'and' || prevWord === 'but' || prevWord === 'while' || prevWord === 'also' || beforeGroup === 'and' || beforeGroup === 'but')) {
    holder = previous.holder;
  } else if (beforeGroup === 'and' || beforeGroup === 'or') {
    // "… and to emphasize that": a coordinated verb with no subject of its own and no holder before it.
    return undefined;
  } else {
    const s = subjectHolder(ctx, cue.start, first);
    holder = s.holder;
    subjectFrom = s.start;
  }
  // A passive reporting verb ("is accused of", "are expected to") names no holder here.
  const g = verbGroupStart(ctx, cue.start, first);
  if (tokens.slice(g, cue.start).some((t) => BE.has(w(t))) && /ed$/.test(w(tokens[cue.start]))) return undefined;

  // Inverted or parenthetical attribution: "…, a spokesperson said (on Monday)." / "Since then, Peskov said, Moscow…"
  const beforeSubject = tokens[subjectFrom - 1];
  if (holder && beforeSubject && beforeSubject.text === ',' && subjectFrom - 1 > first) {
    const after = nextClause(ctx, cue.end, last);
    if (after === 'end') {
      const start = Math.max(first, subjectFrom - 1 - MAX_CONTENT);
      if (subjectFrom - 1 === first) return undefined;
      return { holder, parts: [[start, subjectFrom - 1]] };
    }
    if (after === 'comma') {
      // "Since then, Peskov said, Moscow …": a short opener before the attribution, the claim after it.
      // "Talks will resume next week, two sources said on Sunday, after …": the claim is before it.
      const opener = tokens.slice(first, subjectFrom - 1);
      if (opener.length <= 6 && !opener.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
        const comma = findComma(ctx, cue.end, last)!;
        return { holder, parts: [[comma + 1, contentEnd(ctx, comma + 1, last)]] };
      }
      return { holder, parts: [[Math.max(first, subjectFrom - 1 - MAX_CONTENT), subjectFrom - 1]] };
    }
  }
  // "…, added the spokesperson." with the content in the sentence before (a stray period).
  if (!holder && tokens[cue.start - 1]?.text === ',' && cue.kind === 'verb') {
    // The speaker must be named before any other noun: "said a spokesperson for the organization…" names nobody.
    let k = cue.end;
    while (k <= last && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ') && !ctx.actorAt[k]) k++;
    const named = ctx.actorAt[k] ? holderIn(ctx, k, Math.min(last + 1, k + 8)) : undefined;
    if (named !== undefined) {
      if (cue.start - 1 > first) return { holder: named, parts: [[Math.max(first, cue.start - 1 - MAX_CONTENT), cue.start - 1]] };
      const prevSentence = ctx.doc.sentences[tokens[cue.start]!.sentence - 1];
      return prevSentence ? { holder: named, parts: [[Math.max(prevSentence.firstToken, prevSentence.lastToken + 1 - MAX_CONTENT), prevSentence.lastToken + 1]] } : undefined;
    }
  }
  if (!holder) return undefined;
  // The content: after "that" when it comes soon ("told reporters that …", "warned Washington and European allies that …"), else right after the cue.
  let from = cue.end;
  for (let k = cue.end; k <= Math.min(last, cue.end + 8); k++) {
    if (w(tokens[k]) === 'that' && !ctx.actorAt[k]) {
      from = k + 1;
      break;
    }
    if (SENTENCE_END.has(tokens[k]!.text) || (tokens[k]!.pos === 'VERB' || ctx.vocab.verbs.has(w(tokens[k]))) && k > cue.end) break;
  }
  const end = contentEnd(ctx, from, last);
  if (end <= from) return undefined;
  return { holder, parts: splitContent(ctx, from, end) };
}

/** What follows a cue: the sentence end (only time words and the like before it), a comma, or more clause. */
function nextClause(ctx: PositionContext, from: number, last: number): 'end' | 'comma' | 'clause' {
  const tokens = ctx.doc.tokens;
  for (let k = from; k <= last && k <= from + 8; k++) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || t.text.includes('\n')) return 'end';
    if (t.text === ',') return 'comma';
    if (t.pos === 'VERB' || w(t) === 'that') return 'clause';
  }
  return from > last ? 'end' : 'clause';
}

function findComma(ctx: PositionContext, from: number, last: number): number | undefined {
  for (let k = from; k <= last && k <= from + 8; k++) if (ctx.doc.tokens[k]!.text === ',') return k;
  return undefined;
}

function formOf(ctx: PositionContext, from: number, to: number): Position['form'] {
  let quoted = 0;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE' || t.text.trim() === '') continue;
    words++;
    if (ctx.quoteAt[k] !== undefined) quoted++;
  }
  if (quoted === 0) return 'paraphrase';
  return quoted === words ? 'quote' : 'mixed';
}

/** The cue's stance, or when it is neutral, the first stance phrase the content holds (else a statement). */
function stanceOf(ctx: PositionContext, cue: CueStance, content: TextSpan): Stance {
  if (cue !== 'neutral') return cue;
  // The content's words from its tokens (no string splitting per claim).
  const words: string[] = [];
  for (let k = tokenIndexAt(ctx.doc, content.start); k < ctx.doc.tokens.length && ctx.doc.tokens[k]!.start < content.end; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.pos !== 'PUNCT' && t.text.trim() !== '') words.push(w(t));
  }
  // Content that reports someone else's claim ("Biden warned that …") is, for this holder, a statement.
  if (words.some((x, k) => NESTED_REPORTING.test(x) && !BE.has(words[k - 1] ?? ''))) return 'statement';
  // A conditional consequence is a threat: "if the West fails to …, he would …".
  if (words[0] === 'if' && /,\s*(?:\S+\s+){0,3}(?:would|will)\b/i.test(content.text)) return 'warning';
  // One pass over the words; among the phrases found, the stance listed first in cues.json wins.
  let best: { stance: Stance; rank: number } | undefined;
  for (let k = 0; k < words.length; k++) {
    const candidates = ctx.vocab.contentByFirstWord.get(words[k]!);
    if (!candidates) continue;
    for (const c of candidates) {
      if (best && c.rank >= best.rank) continue;
      let m = 1;
      while (m < c.words.length && words[k + m] === c.words[m]) m++;
      if (m === c.words.length) best = c;
    }
  }
  return best?.stance ?? 'statement';
}

/** Named actors mentioned in the content, other than the holder. */
function aboutIn(ctx: PositionContext, content: TextSpan, holder: string): string[] {
  const out: string[] = [];
  for (let k = tokenIndexAt(ctx.doc, content.start); k < ctx.doc.tokens.length && ctx.doc.tokens[k]!.start < content.end; k++) {
    const a = ctx.actorAt[k];
    if (a && a.id !== holder && isNamed(a) && !out.includes(a.id)) out.push(a.id);
  }
  return out;
}
