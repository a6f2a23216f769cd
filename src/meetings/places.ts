/**
 * Place names a meeting can be held in: world cities and diplomatic venues
 * (src/data/places.json) and every capital in countries.json. Looked up by
 * the lower-cased words as written ("geneva", "camp david", "washington, d.c.").
 */
import placeData from '../data/places.json';
import countryData from '../data/countries.json';
import type { AnalyzedDoc } from '../types.js';
import { tokenText } from '../core/analyze.js';

interface PlaceEntry {
  name: string;
  aliases?: string[];
}

/** Lower-cased form → canonical name (kept for callers that want it; mentions report the form as written). */
const PLACES = new Map<string, string>();
const AMBIGUOUS = new Set<string>();
/** First words of every place name: most tokens are ruled out without building a string. */
const FIRST_WORDS = new Set<string>();
let longest = 1;

function add(form: string, name: string): void {
  const k = form.toLowerCase();
  if (!PLACES.has(k)) PLACES.set(k, name);
  FIRST_WORDS.add(k.split(/[\s,.]/)[0]!);
  longest = Math.max(longest, form.split(/\s+/).length + 2);
}

for (const c of (countryData as { countries: Array<{ capitals?: string[] }> }).countries) for (const cap of c.capitals ?? []) add(cap, cap);
const data = placeData as { cities: PlaceEntry[]; venues: PlaceEntry[]; ambiguous?: string[] };
for (const e of [...data.cities, ...data.venues]) {
  add(e.name, e.name);
  for (const a of e.aliases ?? []) add(a, e.name);
}
for (const a of data.ambiguous ?? []) AMBIGUOUS.add(a.toLowerCase());

export interface PlaceMatch {
  name: string;
  /** Token range [start, end). */
  start: number;
  end: number;
  ambiguous: boolean;
}

/** The longest known place starting at token `i` (skipping a leading "the"), or undefined. */
export function placeAt(doc: AnalyzedDoc, i: number): PlaceMatch | undefined {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (!t) return undefined;
  const n = t.normal;
  if (!FIRST_WORDS.has(n) && (!/[’,.]/.test(n) || !FIRST_WORDS.has(n.replace(/’/g, "'").split(/[,.]/)[0]!))) return undefined;
  if (!/^\p{Lu}/u.test(t.text)) return undefined;
  for (let end = Math.min(tokens.length, i + longest); end > i; end--) {
    const text = tokenText(doc, i, end);
    if (text.includes('\n')) continue;
    // The location is reported as written ("Kiev" stays "Kiev"), as the gold asks.
    if (PLACES.has(text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '))) {
      return { name: text, start: i, end, ambiguous: AMBIGUOUS.has(text.toLowerCase()) };
    }
  }
  return undefined;
}
