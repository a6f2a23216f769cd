/**
 * Stated positions: who said, demanded, warned… what (issue #5). Not built yet:
 * returns no positions, which the evaluation honestly scores as 0.
 */
import type { AnalyzedDoc, Facts, Lexicon, Position } from '../types.js';

export function findPositions(_doc: AnalyzedDoc, _facts: Facts, _lexicon?: Lexicon): Position[] {
  return [];
}
