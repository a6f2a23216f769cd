/**
 * Pronouns resolved to the most recent compatible actor, for the positions
 * extractor ("…, he said"): he/she/him/her/his → the last person mentioned;
 * it/its → the last organization or country; they/them/their → the last
 * group, organization or country (news uses "they" for governments and
 * delegations more than for single people).
 */
import type { Actor, AnalyzedDoc } from '../types.js';

const PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const THING = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** The id of the actor a pronoun at character offset `at` refers to, or undefined. */
export function resolvePronoun(doc: AnalyzedDoc, actors: readonly Actor[], at: number): string | undefined {
  const token = doc.tokens.find((t) => t.start === at);
  const word = (token?.normal ?? doc.text.slice(at, at + 12).split(/\W/)[0]!).toLowerCase();
  const wanted = PERSON.has(word) ? ['person'] : THING.has(word) ? ['organization', 'country'] : PLURAL.has(word) ? ['group', 'organization', 'country'] : undefined;
  if (!wanted) return undefined;
  let best: { id: string; start: number } | undefined;
  for (const a of actors) {
    if (!wanted.includes(a.type)) continue;
    for (const m of a.mentions) {
      if (m.start < at && (!best || m.start > best.start)) best = { id: a.id, start: m.start };
    }
  }
  return best?.id;
}
