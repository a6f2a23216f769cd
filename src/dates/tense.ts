/**
 * The tense of the clause around a date expression, from wink's Universal POS
 * and word forms (wink gives no tense tags; lemmas are not needed, and reading
 * them costs wink a lemmatiser call per token): will/would/scheduled/slated → future,
 * simple past or perfect → past, present → present, nothing → none. The
 * nearest finite verb group wins, as in HeidelTime's news strategy.
 */
import tenseWords from '../data/tense-words.json';
import type { AnalyzedDoc, Token } from '../types.js';
import { tokenIndexAt } from '../core/analyze.js';

export type Tense = 'past' | 'present' | 'future' | 'none';

const PAST_FORMS = new Set(tenseWords.pastForms);
const PARTICIPLE_ONLY = new Set(tenseWords.participleOnly);
const FUTURE_MODALS = new Set(tenseWords.futureModals);
const FUTURE_BEFORE_TO = new Set(tenseWords.futureVerbsBeforeTo);
const ED_BUT_NOT_PAST = new Set(tenseWords.edButNotPast);
const FUTURE_ADJECTIVES = new Set(tenseWords.futureAdjectives);
// Null-prototype copies: tokens are looked up by their text, and "constructor" must not find Object's.
const BE: Record<string, Tense> = Object.assign(Object.create(null), tenseWords.beForms);
const HAVE: Record<string, Tense> = Object.assign(Object.create(null), tenseWords.haveForms);
const DO: Record<string, Tense> = Object.assign(Object.create(null), tenseWords.doForms);

/** A tense signal at one token; `weak` when the form may not be finite ("the talks held on…"). */
interface Marker {
  tense: Tense;
  weak: boolean;
}

const isVerbal = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

function isPastForm(t: Token): boolean {
  const n = t.normal;
  if (PARTICIPLE_ONLY.has(n)) return false;
  if (PAST_FORMS.has(n)) return true;
  // Regular past forms end in -ed ("announced"); "need", "proceed" do too without being past.
  return /[a-z]ed$/.test(n) && !ED_BUT_NOT_PAST.has(n);
}

/** The auxiliary a participle or bare verb leans on: up to three tokens back, skipping adverbs and "not". */
function auxiliaryBefore(doc: AnalyzedDoc, i: number, first: number): Token | undefined {
  for (let j = i - 1; j >= Math.max(first, i - 4); j--) {
    const t = doc.tokens[j]!;
    if (t.pos === 'AUX' || FUTURE_MODALS.has(t.normal) || t.normal in BE || t.normal in HAVE || t.normal in DO) return t;
    if (t.pos === 'ADV' || t.pos === 'PART' || t.normal === 'not' || t.normal === "n't") continue;
    return undefined;
  }
  return undefined;
}

function markerAt(doc: AnalyzedDoc, i: number, first: number, last: number): Marker | undefined {
  const t = doc.tokens[i]!;
  const n = t.normal;
  const next = doc.tokens[i + 1];
  // will / 'll / shall / would (wink splits "won't" into "wo" + "n't").
  if (FUTURE_MODALS.has(n) && (t.pos === 'AUX' || t.pos === 'VERB' || n === 'wo')) return { tense: 'future', weak: false };
  // "is to meet", "are due to", "scheduled to / for", "going to", "set to".
  if (next && (next.normal === 'to' || next.normal === 'for') && FUTURE_BEFORE_TO.has(n) && (isVerbal(t) || t.pos === 'ADJ' || t.pos === 'ADV')) {
    return { tense: 'future', weak: false };
  }
  if (n === 'going' && next && next.normal === 'to') return { tense: 'future', weak: false };
  // "the review is due in the autumn": due after a form of be looks ahead.
  if (n === 'due' && i > first && doc.tokens[i - 1]!.normal in BE) return { tense: 'future', weak: false };
  // Headline "to": "US, Russia to hold talks early January" (a noun, then to + verb).
  if (n === 'to' && t.pos === 'PART' && next && next.pos === 'VERB' && i > first && /^(?:NOUN|PROPN)$/.test(doc.tokens[i - 1]!.pos)) {
    return { tense: 'future', weak: true };
  }
  if (FUTURE_ADJECTIVES.has(n) && t.pos === 'ADJ') return { tense: 'future', weak: true };
  if (!isVerbal(t)) return undefined;
  if (n in BE && !(next && next.normal === 'to')) return { tense: BE[n]!, weak: false };
  if (n in BE && next && next.normal === 'to') return { tense: 'future', weak: false };
  if (n in HAVE) return { tense: 'past', weak: false };
  if (n in DO) return { tense: DO[n]!, weak: false };
  // "could take place on January 12": a possibility is about what lies ahead ("could have" is past).
  if (MODALS.has(n)) return next && next.normal === 'have' ? { tense: 'past', weak: false } : { tense: 'future', weak: false };
  if (t.pos === 'AUX') return undefined;
  const aux = auxiliaryBefore(doc, i, first);
  if (aux) return undefined; // the auxiliary carries the tense and is a marker itself
  if (isPastForm(t)) return { tense: 'past', weak: isParticiple(doc, i, first, last) };
  // Present: "says", "meets" (after a subject); a base form after "to" has no tense.
  const prev = doc.tokens[i - 1];
  if (prev && prev.normal === 'to') return undefined;
  if (/[^s]s$/.test(n)) return { tense: 'present', weak: false };
  return undefined;
}

const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'ought', 'ca']);

/**
 * A past form that is probably a participle, not a finite verb: after a comma,
 * preposition or determiner ("…, followed on January 13 by…"), or after a
 * noun when the clause's finite verb comes later ("the talks held on
 * January 10 will not…"). "A spokesperson said on Monday" stays finite.
 */
function isParticiple(doc: AnalyzedDoc, i: number, first: number, last: number): boolean {
  let p = i - 1;
  while (p >= first && doc.tokens[p]!.pos === 'ADV') p--;
  if (p < first) return true;
  const prev = doc.tokens[p]!;
  if (prev.pos === 'PUNCT' || prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'SCONJ') return true;
  if (prev.pos !== 'NOUN') return false;
  for (let j = i + 1; j <= Math.min(last, i + 10); j++) {
    const t = doc.tokens[j]!;
    if (t.text === ',' || t.text === ';' || BOUNDARY.has(t.text)) return false;
    // "officials said on Wednesday they would…": a new subject opens a new clause.
    if (t.pos === 'PRON' || t.pos === 'SCONJ' || t.normal === 'that') return false;
    if (FUTURE_MODALS.has(t.normal) || MODALS.has(t.normal) || t.normal in BE || t.normal in HAVE || t.normal in DO) return true;
  }
  return false;
}

/** Clause boundaries inside a sentence: a semicolon, a dash, a quote mark, a colon. */
const BOUNDARY = new Set([';', ':', '—', '–', '“', '”', '"']);
/** Words that open a subordinate clause: a verb beyond them belongs to another clause. */
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'when', 'since', 'after', 'before', 'until']);

/**
 * The tense governing the characters [start, end): the nearest strong marker in
 * the same clause, else the nearest in the sentence, else the nearest weak one.
 */
/** How many tokens away a verb may govern a date: far more than any clause in news. */
const MAX_REACH = 60;

/** Markers per token, computed once per document (several dates share a sentence). */
const markerCache = new WeakMap<AnalyzedDoc, Array<Marker | null>>();

function cachedMarker(doc: AnalyzedDoc, i: number, first: number, last: number): Marker | null {
  let cache = markerCache.get(doc);
  if (!cache) {
    cache = [];
    markerCache.set(doc, cache);
  }
  let marker = cache[i];
  if (marker === undefined) {
    marker = markerAt(doc, i, first, last) ?? null;
    if (marker?.tense === 'none') marker = null;
    cache[i] = marker;
  }
  return marker;
}

export function tenseAt(doc: AnalyzedDoc, start: number, end: number): Tense {
  if (doc.tokens.length === 0) return 'none';
  const at = Math.min(tokenIndexAt(doc, start), doc.tokens.length - 1);
  const sentence = doc.sentences[doc.tokens[at]!.sentence];
  if (!sentence) return 'none';
  const first = sentence.firstToken;
  const last = sentence.lastToken;
  const atEnd = Math.max(at, Math.min(tokenIndexAt(doc, end - 1), last));

  let best: { marker: Marker; score: number } | undefined;
  // Walk outwards from the expression, counting the clause boundaries passed.
  for (const [from, step, stop] of [[at - 1, -1, first - 1], [atEnd + 1, 1, last + 1]] as const) {
    let crossed = 0;
    let commas = 0;
    for (let i = from; i !== stop; i += step) {
      const distance = step < 0 ? at - i : i - atEnd;
      // Scores only grow with distance: stop once nothing further can win, and
      // never look past a clause's reach (a run-on "sentence" of 10,000 words).
      if ((best && distance >= best.score) || distance > MAX_REACH) break;
      const t = doc.tokens[i]!;
      // A line break ends a headline or a paragraph: wink may not end the sentence there, but the clause ends.
      if (t.text.includes('\n')) break;
      const marker = cachedMarker(doc, i, first, last);
      if (marker) {
        // Weak markers and markers across clause boundaries count as farther away.
        const score = distance + (marker.weak ? 40 : 0) + crossed * 20 + commas * 3;
        if (!best || score < best.score || (score === best.score && step < 0)) best = { marker, score };
      }
      if (BOUNDARY.has(t.text)) crossed++;
      else if (t.text === ',') commas++;
      else if (SUBORDINATORS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'PRON')) crossed++;
    }
  }
  return best ? best.marker.tense : 'none';
}
