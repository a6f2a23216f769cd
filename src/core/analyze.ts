/**
 * The one analysis of a text that every extractor shares (wink-nlp's readDoc),
 * turned into plain arrays: tokens with exact character offsets, sentences and
 * wink's own entities. Extractors never re-tokenize; they read this.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedDoc, Sentence, TextSpan, Token, WinkEntity } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | undefined;

/** wink's model data is imported with the package; building the model from it waits for the first call. */
function nlp(): Nlp {
  if (!nlpInstance) nlpInstance = winkNLP(model);
  return nlpInstance;
}

/** White space as JavaScript's \s sees it, without a regex per character. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How far a token wink altered may be looked for past the expected position. */
const SEARCH_WINDOW = 64;

/**
 * Find where each wink token sits in the original text. wink keeps token values
 * as written (curly quotes, em dashes, "\r\n"), so a token starts right after
 * the white space that follows the previous one. If it is not there (wink
 * altered a character), it is looked for a little further; failing that it
 * gets an empty span at the cursor rather than a wrong one. Each step scans
 * only white space or a bounded window, so alignment is linear in the text.
 */
function alignTokens(text: string, values: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const value of values) {
    let at = cursor;
    while (at < text.length && !text.startsWith(value, at) && isSpace(text.charCodeAt(at))) at++;
    if (value.length > 0 && !text.startsWith(value, at)) {
      const near = text.slice(at, at + SEARCH_WINDOW + value.length).indexOf(value);
      at = near < 0 ? -1 : at + near;
    }
    if (value.length === 0 || at < 0) {
      spans.push([cursor, cursor]);
      continue;
    }
    spans.push([at, at + value.length]);
    cursor = at + value.length;
  }
  return spans;
}

/** A token of the shared document; `lemma` and `kind` are computed by wink when read. */
class AnalyzedToken implements Token {
  sentence = 0;
  constructor(
    readonly index: number,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly pos: string,
    readonly normal: string,
    private readonly lemmaOf: (i: number) => string,
    private readonly kindOf: (i: number) => string,
  ) {}

  get lemma(): string {
    return this.lemmaOf(this.index);
  }

  get kind(): string {
    return this.kindOf(this.index);
  }

  /** Plain JSON, lemma included (it lives on the prototype as a getter). */
  toJSON(): Omit<Token, never> {
    const { index, text, start, end, pos, lemma, normal, kind, sentence } = this;
    return { index, text, start, end, pos, lemma, normal, kind, sentence };
  }
}

/** Analyse `text` once. */
export function analyze(text: string): AnalyzedDoc {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const wdoc = winkNlp.readDoc(text);
  const tokenItems = wdoc.tokens();
  const values = tokenItems.out(its.value) as string[];
  const pos = tokenItems.out(its.pos) as string[];
  const spans = alignTokens(text, values);

  // Lemmas are the costliest of wink's token properties (an eighth of readDoc)
  // and extractors read them for a few verbs only: each is computed on first read.
  const lemmaCache: Array<string | undefined> = [];
  const lemmaOf = (i: number): string =>
    (lemmaCache[i] ??= (tokenItems.itemAt(i).out(its.lemma as unknown as typeof its.value) as string) ?? '');
  const kindOf = (i: number): string => (tokenItems.itemAt(i).out(its.type) as string) ?? 'word';
  const tokens: Token[] = values.map((_, i) => {
    const [start, end] = spans[i]!;
    // An aligned token is its wink value; an unaligned one has an empty span.
    const value = end > start ? values[i]! : '';
    return new AnalyzedToken(i, value, start, end, pos[i] ?? 'X', value.toLowerCase(), lemmaOf, kindOf);
  });

  const sentences: Sentence[] = [];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // A sentence's span runs from its first to its last non-blank token
  // ("\r\nOn January 10.\n\n" → "On January 10."). A blank stretch wink calls a
  // sentence joins the sentence before it (or after it, at the start).
  let pendingFirst: number | undefined;
  for (const [first, last] of sentenceSpans) {
    if (first > last || !tokens[first] || !tokens[last]) continue;
    let head = first;
    let tail = last;
    while (head <= last && tokens[head]!.text.trim() === '') head++;
    while (tail >= head && tokens[tail]!.text.trim() === '') tail--;
    const previous = sentences[sentences.length - 1];
    if (head > tail) {
      if (previous) {
        for (let t = first; t <= last; t++) tokens[t]!.sentence = previous.index;
        previous.lastToken = last;
      } else pendingFirst ??= first;
      continue;
    }
    const firstToken = pendingFirst ?? first;
    pendingFirst = undefined;
    for (let t = firstToken; t <= last; t++) tokens[t]!.sentence = sentences.length;
    sentences.push({ index: sentences.length, start: tokens[head]!.start, end: tokens[tail]!.end, firstToken, lastToken: last });
  }

  // wink's entities are read only when an extractor asks for them.
  const readEntities = (): WinkEntity[] => {
    const entities: WinkEntity[] = [];
    const entityDetails = wdoc.entities().out(its.detail) as unknown as Array<{ type: string }>;
    const entitySpans = wdoc.entities().out(its.span) as unknown as Array<[number, number]>;
    entitySpans.forEach(([first, last], i) => {
      const a = tokens[first];
      const b = tokens[last];
      if (!a || !b) return;
      entities.push({ type: entityDetails[i]?.type ?? 'UNKNOWN', start: a.start, end: b.end, firstToken: first, lastToken: last });
    });
    return entities;
  };
  let entityCache: WinkEntity[] | undefined;
  return {
    text,
    tokens,
    sentences,
    get entities(): WinkEntity[] {
      return (entityCache ??= readEntities());
    },
  };
}

/** The text of tokens [start, end) as written, white space between them included. */
export function tokenText(doc: AnalyzedDoc, start: number, end: number): string {
  return doc.text.slice(doc.tokens[start]!.start, doc.tokens[end - 1]!.end);
}

/** The span of tokens [start, end). */
export function tokenSpan(doc: AnalyzedDoc, start: number, end: number): TextSpan {
  const s = doc.tokens[start]!.start;
  const e = doc.tokens[end - 1]!.end;
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

/** The token's word in lower case with curly apostrophes straightened ("n’t" → "n't"); '' for no token. */
export function word(t: Token | undefined): string {
  if (!t) return '';
  const n = t.normal;
  return n.includes('’') ? n.replace(/’/g, "'") : n;
}

/** The possessive "'s" wink splits off ("Russia's" → "Russia", "'s"). */
export function isPossessive(token: Token | undefined): boolean {
  return !!token && /^['’]s$/.test(token.text);
}

/** Index of the first token whose end is after `offset` (binary search), or tokens.length. */
export function tokenIndexAt(doc: AnalyzedDoc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
