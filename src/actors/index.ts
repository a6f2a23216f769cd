/**
 * Actors: people, organizations and countries (issue #3). Not built yet: returns
 * no actors, which the evaluation honestly scores as 0.
 */
import type { Actor, AnalyzedDoc, Facts, Lexicon } from '../types.js';

export function findActors(_doc: AnalyzedDoc, _facts: Facts, _lexicon?: Lexicon): Actor[] {
  return [];
}
