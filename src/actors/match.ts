/**
 * Known actors in the text: every surface form of the knowledge index
 * ("Russia's" → Russia, "U.S." → United States, "Kremlin", "NATO"), matched
 * over tokens, longest form first. A form must start with a capital letter
 * (news capitalises names; "turkey", "polish" and "chad" in lower case are
 * words), and acronyms and ambiguous names must match letter for letter.
 */
import type { AnalyzedDoc } from '../types.js';
import type { Knowledge, SurfaceForm } from './knowledge.js';

export interface KnownMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  form: SurfaceForm;
}

const startsUpper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c < 128 || Number.isNaN(c)) return false;
  return s[0] !== s[0]!.toLowerCase();
};

/** Token normal forms for matching, curly apostrophes straightened (computed once per document). */
function normalAt(doc: AnalyzedDoc, i: number): string | undefined {
  const n = doc.tokens[i]?.normal;
  return n !== undefined && n.includes('’') ? n.replace(/’/g, "'") : n;
}

function matchesAt(doc: AnalyzedDoc, i: number, form: SurfaceForm): boolean {
  let t = i;
  for (let w = 0; w < form.words.length; w++, t++) {
    // White space tokens between words are skipped ("United\nStates" is still a name).
    while (t < doc.tokens.length && doc.tokens[t]!.text.trim() === '') t++;
    const token = doc.tokens[t];
    if (!token || normalAt(doc, t) !== form.words[w]) return false;
  }
  if (!startsUpper(doc.tokens[i]!.text)) return false;
  if (form.caseSensitive) {
    const written = form.text.replace(/[’]/g, "'");
    const seen = doc.text.slice(doc.tokens[i]!.start, doc.tokens[t - 1]!.end).replace(/[’]/g, "'").replace(/\s+/g, ' ');
    if (seen !== written && seen.replace(/\s+'s$/, "'s") !== written) return false;
  }
  return true;
}

function spanEnd(doc: AnalyzedDoc, i: number, words: number): number {
  let t = i;
  for (let w = 0; w < words; w++, t++) while (t < doc.tokens.length && doc.tokens[t]!.text.trim() === '') t++;
  return t;
}

export function knownMatches(doc: AnalyzedDoc, knowledge: Knowledge): KnownMatch[] {
  const out: KnownMatch[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    // Every form starts with a capital or a digit: most tokens are ruled out before any look-up.
    if (!startsUpper(doc.tokens[i]!.text)) continue;
    const forms = knowledge.byFirstWord.get(normalAt(doc, i)!);
    if (!forms) continue;
    const form = forms.find((f) => matchesAt(doc, i, f));
    if (!form) continue;
    const end = spanEnd(doc, i, form.words.length);
    out.push({ start: i, end, form });
    i = end - 1;
  }
  return out;
}

/** Each token inside a known match, mapped to that match (built once, read by names and officials). */
export function coveredTokens(known: readonly KnownMatch[]): Map<number, KnownMatch> {
  const covered = new Map<number, KnownMatch>();
  for (const m of known) for (let i = m.start; i < m.end; i++) covered.set(i, m);
  return covered;
}
