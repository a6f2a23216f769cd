/**
 * Names that no knowledge entry covers: people ("Wendy Sherman", "President
 * Putin") and organizations with an organization head ("Strategic Arms
 * Council"), found as runs of capitalised proper nouns, with the titles and
 * affiliations news writes around them:
 *   "Russia's Deputy Foreign Minister Sergey Ryabkov"   (affiliation, title, name)
 *   "Kremlin spokesman Dmitry Peskov"                   (organization, title, name)
 *   "Dmytro Kuleba, Ukraine's foreign affairs minister" (name, apposition)
 *   "Russia's deputy envoy, Dmitry Polyanskiy"          (apposition, name)
 *   "Foreign Minister Zbigniew Rau of Poland"           (title, name, "of" country)
 */
import nameWordData from '../data/name-words.json';
import type { AnalyzedDoc, Token } from '../types.js';
import { isPossessive, tokenText } from '../core/analyze.js';
import { coveredTokens, type KnownMatch } from './match.js';
import { endsWithTitleHead, type TitleVocabulary } from './knowledge.js';

export interface NameMention {
  /** Token range [start, end) of the name itself. */
  start: number;
  end: number;
  kind: 'person' | 'organization';
  /** The name as written ("Sergey Ryabkov", "Putin"). */
  name: string;
  /** Title as written ("Deputy Foreign Minister"). */
  title?: string;
  /** Token range of the whole mention with its title ("Deputy Foreign Minister Sergey Ryabkov"). */
  fullStart: number;
  /** Index into the known matches of the affiliation named beside it, if any. */
  affiliation?: KnownMatch;
  /** A single capitalised word with no title: kept only if it is a known person's surname. */
  bare: boolean;
}

/** Words inside multi-word titles ("Secretary of State") that are no title on their own ("The Geneva talks"). */
const FUNCTION_WORDS = new Set(['the', 'of', 'for', 'and', 'in', 'on', 'to', 'a', 'an', 'without', 'at', 'by', 'with']);

const NOT_NAME = new Set(nameWordData.notNameWords.map((w) => w.toLowerCase()));
const PARTICLES = new Set(nameWordData.nameParticles);
const SUFFIXES = new Set(nameWordData.nameSuffixes.map((w) => w.toLowerCase()));

const NAMEISH = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A capitalised word; the cheap first-letter test spares the unicode regex on most tokens. */
const isCapitalised = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return NAMEISH.test(t.text);
  if (c < 128 || Number.isNaN(c)) return false;
  return t.text[0] !== t.text[0]!.toLowerCase() && NAMEISH.test(t.text);
};

/**
 * Lines written in title case ("Putin To Meet With United States As
 * Tensions Reach A Boil"): capitals there say nothing about names, so new
 * names are not started in them (known actors and known surnames still are).
 */
/** A letter of any script, without a unicode regex: it has case, or is beyond ASCII punctuation. */
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return c.toLowerCase() !== c.toUpperCase() || code > 0x2ff;
};
const isUpper = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : c !== c.toLowerCase();
};

const titleCaseCache = new WeakMap<AnalyzedDoc, Set<number>>();

/** Tokens of title-case headline lines (computed once per document: actors and meetings both ask). */
export function titleCaseTokens(doc: AnalyzedDoc): Set<number> {
  let cached = titleCaseCache.get(doc);
  if (!cached) {
    cached = computeTitleCaseTokens(doc);
    titleCaseCache.set(doc, cached);
  }
  return cached;
}

function computeTitleCaseTokens(doc: AnalyzedDoc): Set<number> {
  const out = new Set<number>();
  let lineStart = 0;
  let words = 0;
  let caps = 0;
  const flush = (end: number): void => {
    if (words >= 4 && caps / words >= 0.7) for (let i = lineStart; i < end; i++) out.add(i);
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!.text;
    if (t.includes('\n')) {
      flush(i);
      lineStart = i + 1;
      words = 0;
      caps = 0;
    } else if (t.length >= 2 && isLetter(t[0]!) && isLetter(t[1]!)) {
      words++;
      if (isUpper(t[0]!)) caps++;
    }
  }
  flush(doc.tokens.length);
  return out;
}

/** The longest title head ending at token `end - 1`, scanning back over title words; returns its start. */
function titleBefore(doc: AnalyzedDoc, end: number, v: TitleVocabulary, covered?: Map<number, KnownMatch>): number | undefined {
  let start = end;
  while (start > 0) {
    const t = doc.tokens[start - 1]!;
    // A known name ends the title: "White House national security advisor".
    if (covered?.has(start - 1)) break;
    if (t.text.trim() === '' || !v.words.has(t.normal.replace(/\.$/, '')) && !v.words.has(t.normal)) break;
    start--;
  }
  if (start === end) return undefined;
  // The run must end in a title head ("deputy foreign minister"), not a modifier alone ("former").
  // The title is the longest stretch ending in a head; its start is the first word of the stretch.
  const words = doc.tokens.slice(start, end).map((t) => t.normal);
  return endsWithTitleHead(v, words) ? start : undefined;
}

/** A title phrase starting at `start` ("foreign affairs minister"), returning its end, or undefined. */
function titleAfter(doc: AnalyzedDoc, start: number, v: TitleVocabulary): number | undefined {
  let end = start;
  while (end < doc.tokens.length && v.words.has(doc.tokens[end]!.normal)) end++;
  const words = doc.tokens.slice(start, end).map((t) => t.normal);
  for (let e = words.length; e > 0; e--) if (endsWithTitleHead(v, words.slice(0, e))) return start + e;
  return undefined;
}

/** A title word, also in the plural ("Presidents Joe Biden and Vladimir Putin"). */
function isTitleWord(v: TitleVocabulary, normal: string): boolean {
  return v.words.has(normal) || (normal.endsWith('s') && v.words.has(normal.slice(0, -1)));
}


export function findNames(
  doc: AnalyzedDoc,
  known: KnownMatch[],
  v: TitleVocabulary,
  dateTokens: ReadonlySet<number> = new Set(),
  covered: Map<number, KnownMatch> = coveredTokens(known),
): NameMention[] {
  const knownEndingAt = (end: number): KnownMatch | undefined => {
    // "Russia's": the match, then the possessive.
    let e = end;
    if (isPossessive(doc.tokens[e - 1])) e--;
    const m = covered.get(e - 1);
    return m && m.end === e ? m : undefined;
  };
  const headline = titleCaseTokens(doc);
  const out: NameMention[] = [];
  /** Titles a plural title hands on to the next coordinated name, by the token where that name starts. */
  const sharedTitles = new Map<number, string>();

  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (covered.has(i) || dateTokens.has(i) || !isCapitalised(t)) continue;
    // A run of capitalised words (particles inside: "Ursula von der Leyen").
    let j = i;
    while (j < doc.tokens.length) {
      const u = doc.tokens[j]!;
      if (covered.has(j) || dateTokens.has(j)) break;
      if (isCapitalised(u) && !FUNCTION_WORDS.has(u.normal) && (u.pos === 'PROPN' || u.pos === 'NOUN' || u.pos === 'ADJ' || v.words.has(u.normal) || SUFFIXES.has(u.normal))) j++;
      else if (PARTICLES.has(u.normal) && j + 1 < doc.tokens.length && isCapitalised(doc.tokens[j + 1]!) && j > i) j++;
      else break;
    }
    if (j === i) continue;
    // Leading title words belong to the title ("President Putin", "Deputy Secretary of State Wendy Sherman").
    let nameStart = i;
    while (nameStart < j && !FUNCTION_WORDS.has(doc.tokens[nameStart]!.normal) && (isTitleWord(v, doc.tokens[nameStart]!.normal) || v.honorifics.has(doc.tokens[nameStart]!.normal))) nameStart++;
    // "Secretary of State Antony Blinken": "of" is lower case, so the run stopped at it.
    if (nameStart === j && j < doc.tokens.length && doc.tokens[j]!.normal === 'of') {
      const after = titleAfter(doc, i, v);
      if (after !== undefined && after > j) {
        i = after - 1;
        continue;
      }
    }
    if (nameStart === j) {
      i = j - 1;
      continue;
    }
    const nameTokens = doc.tokens.slice(nameStart, j);
    const last = nameTokens[nameTokens.length - 1]!;
    // Title: the capitalised title words in the run, extended back over lower-case ones ("national security advisor").
    let titleStart = nameStart > i ? i : undefined;
    const before = titleBefore(doc, titleStart ?? nameStart, v, covered);
    if (before !== undefined) titleStart = before;
    const honorificOnly = titleStart !== undefined && doc.tokens.slice(titleStart, nameStart).every((x) => v.honorifics.has(x.normal));
    const title = titleStart !== undefined && !honorificOnly ? tokenText(doc, titleStart, nameStart) : undefined;
    const fullStart = titleStart ?? nameStart;
    const affiliation = knownEndingAt(fullStart);

    if (v.organizationHeads.has(last.normal.replace(/\.$/, ''))) {
      // A head word alone ("Alliance", "Council") is a reference back, not a name.
      if (j - i === 1) {
        i = j - 1;
        continue;
      }
      // An organization's name keeps its leading words ("Regional Grain Council", "National Security Council").
      const orgAffiliation = knownEndingAt(i);
      if (!headline.has(i)) out.push({ start: i, end: j, kind: 'organization', name: tokenText(doc, i, j), fullStart: i, bare: false, ...(orgAffiliation ? { affiliation: orgAffiliation } : {}) });
      i = j - 1;
      continue;
    }
    // "the Biden administration": an organization named after its leader.
    if (nameTokens.length <= 2 && /^(?:administration|government|cabinet)$/.test(doc.tokens[j]?.normal ?? '') && last.pos === 'PROPN') {
      out.push({ start: nameStart, end: j + 1, kind: 'organization', name: tokenText(doc, nameStart, j + 1), fullStart, bare: false });
      i = j;
      continue;
    }
    const looksLikeName = nameTokens.every((x) => x.pos === 'PROPN' || SUFFIXES.has(x.normal) || PARTICLES.has(x.normal)) && !nameTokens.some((x) => NOT_NAME.has(x.text.replace(/['’]s$/, '').toLowerCase()));
    if (!looksLikeName || nameTokens.length > 4) {
      i = j - 1;
      continue;
    }
    const bare = nameTokens.length === 1 && title === undefined && !honorificOnly;
    if (headline.has(i) && (!bare || nameTokens.length > 1)) {
      // In a title-case headline only single words are kept, as possible known surnames.
      if (nameTokens.length > 1) {
        i = j - 1;
        continue;
      }
    }
    // "Presidents Joe Biden and Emmanuel Macron": a plural title covers both names, in the singular.
    const sharedTitle = !title && sharedTitles.get(nameStart);
    const ownTitle = title && /s$/.test(title) && doc.tokens[j]?.normal === 'and' ? title.replace(/s$/, '') : title;
    if (ownTitle !== title && ownTitle) sharedTitles.set(j + 1, ownTitle);
    const finalTitle = ownTitle || sharedTitle || undefined;
    const mention: NameMention = { start: nameStart, end: j, kind: 'person', name: tokenText(doc, nameStart, j), fullStart, bare: (bare && !sharedTitle) || headline.has(i), ...(finalTitle ? { title: finalTitle } : {}), ...(affiliation ? { affiliation } : {}) };
    appositions(doc, mention, covered, v);
    out.push(mention);
    i = j - 1;
  }
  return out;
}

/** The known match starting at token k, or after a "the" there ("of the Netherlands"). */
function knownAt(covered: Map<number, KnownMatch>, tokens: readonly Token[], k: number): KnownMatch | undefined {
  const at = tokens[k]?.normal === 'the' ? k + 1 : k;
  const c = covered.get(at);
  return c && c.start === at ? c : undefined;
}

/**
 * Titles and affiliations written beside the name: ", Ukraine's foreign
 * affairs minister", "Russia's deputy envoy, " before it, " of Poland" after.
 */
function appositions(doc: AnalyzedDoc, m: NameMention, covered: Map<number, KnownMatch>, v: TitleVocabulary): void {
  const tokens = doc.tokens;
  // After: "Name, [Country's] title" or "Name of Country".
  let k = m.end;
  if (tokens[k]?.text === ',') {
    k++;
    let aff: KnownMatch | undefined;
    // "Name, the Dutch prime minister", "Name, a Kremlin spokesman", "Name, Ukraine's foreign minister".
    if (tokens[k]?.normal === 'the' || tokens[k]?.normal === 'a' || tokens[k]?.normal === 'an') k++;
    const c = covered.get(k);
    if (c && c.start === k) {
      aff = c;
      k = c.end;
      if (isPossessive(tokens[k])) k++;
    }
    const end = titleAfter(doc, k, v);
    if (end !== undefined && !m.title) {
      m.title = tokenText(doc, k, end);
      if (aff && !m.affiliation) m.affiliation = aff;
      // "…, the foreign minister of Poland"
      if (!m.affiliation && tokens[end]?.normal === 'of') m.affiliation = knownAt(covered, tokens, end + 1);
    }
  } else if (tokens[k]?.normal === 'of' && !m.affiliation) {
    const c = knownAt(covered, tokens, k + 1);
    if (c && (c.form.actor.type === 'country' || c.form.actor.type === 'organization')) m.affiliation = c;
  }
  // Before: "[Country's] title, Name".
  if (!m.title && m.fullStart >= 2 && tokens[m.fullStart - 1]?.text === ',') {
    const start = titleBefore(doc, m.fullStart - 1, v, covered);
    if (start !== undefined) {
      m.title = tokenText(doc, start, m.fullStart - 1);
      let a = start;
      if (isPossessive(tokens[a - 1])) a--;
      const c = covered.get(a - 1);
      if (c && c.end === a && !m.affiliation) m.affiliation = c;
    }
  }
}
