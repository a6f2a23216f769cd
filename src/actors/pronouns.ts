/**
 * Pronouns resolved to the most recent compatible actor, for the positions
 * extractor ("…, he said"): he/she/him/her/his → the last person mentioned;
 * it/its → the last organization or country; they/them/their → the last
 * group, organization or country (news uses "they" for governments and
 * delegations more than for single people).
 */
import type { Actor, AnalyzedDoc } from '../types.js';
import { tokenIndexAt } from '../core/analyze.js';

const PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const THING = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** Every actor mention of a document in text order, built once per (document, actor list). */
const mentionCache = new WeakMap<AnalyzedDoc, { actors: readonly Actor[]; starts: number[]; owners: Actor[] }>();

function mentionsInOrder(doc: AnalyzedDoc, actors: readonly Actor[]): { starts: number[]; owners: Actor[] } {
  const cached = mentionCache.get(doc);
  if (cached && cached.actors === actors) return cached;
  const all: Array<[number, Actor]> = [];
  for (const a of actors) for (const m of a.mentions) all.push([m.start, a]);
  all.sort((x, y) => x[0] - y[0]);
  const entry = { actors, starts: all.map((x) => x[0]), owners: all.map((x) => x[1]) };
  mentionCache.set(doc, entry);
  return entry;
}

/** How far back (in actor mentions) a pronoun looks for its antecedent. */
const MAX_LOOKBACK = 200;

/** The id of the actor a pronoun at character offset `at` refers to, or undefined. */
export function resolvePronoun(doc: AnalyzedDoc, actors: readonly Actor[], at: number): string | undefined {
  const token = doc.tokens[tokenIndexAt(doc, at)];
  const word = (token && token.start === at ? token.normal : doc.text.slice(at, at + 12).split(/\W/)[0]!).toLowerCase();
  const wanted = PERSON.has(word) ? ['person'] : THING.has(word) ? ['organization', 'country'] : PLURAL.has(word) ? ['group', 'organization', 'country'] : undefined;
  if (!wanted) return undefined;
  const { starts, owners } = mentionsInOrder(doc, actors);
  // The last mention starting before `at` (binary search), then back to the nearest compatible one.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - MAX_LOOKBACK; i--) if (wanted.includes(owners[i]!.type)) return owners[i]!.id;
  return undefined;
}
