/**
 * Actors: people, organizations and countries, with titles, affiliations,
 * aliases and every mention (issue #3).
 *
 * 1. knowledge.ts: countries, international bodies, government bodies, news
 *    organizations (src/data) and the caller's `lexicon.actors`;
 * 2. match.ts: their surface forms in the text;
 * 3. names.ts: people and organizations the knowledge does not hold, from
 *    capitalised proper-noun runs, with titles and affiliations around them;
 * 4. officials.ts: unnamed officials ("a senior administration official");
 * 5. assemble.ts: one actor per entity (surnames join full names).
 */
import type { Actor, AnalyzedDoc, Facts, Lexicon } from '../types.js';
import { knowledgeFor, titlesFor } from './knowledge.js';
import { coveredTokens, knownMatches } from './match.js';
import { findNames } from './names.js';
import { assemble } from './assemble.js';
import { findOfficials } from './officials.js';
import { tokenIndexAt } from '../core/analyze.js';

export function findActors(doc: AnalyzedDoc, facts: Facts, lexicon?: Lexicon): Actor[] {
  if (doc.tokens.length === 0) return [];
  const knowledge = knowledgeFor(lexicon);
  const known = knownMatches(doc, knowledge);
  // Words inside a date ("Jan.", "Christmas Eve") are not names.
  const dateTokens = new Set<number>();
  for (const d of facts.dates) for (let i = tokenIndexAt(doc, d.span.start); i < doc.tokens.length && doc.tokens[i]!.start < d.span.end; i++) dateTokens.add(i);
  const covered = coveredTokens(known);
  const names = findNames(doc, known, titlesFor(lexicon), dateTokens, covered);
  const nameTokens = new Set<number>();
  for (const n of names) for (let i = n.fullStart; i < n.end; i++) nameTokens.add(i);
  const officials = findOfficials(doc, covered, nameTokens);
  return assemble(doc, knowledge, known, names, officials);
}
