/**
 * Meetings: talks, summits, calls (issue #4). Not built yet: returns no
 * meetings, which the evaluation honestly scores as 0.
 */
import type { AnalyzedDoc, Facts, Lexicon, Meeting } from '../types.js';

export function findMeetings(_doc: AnalyzedDoc, _facts: Facts, _lexicon?: Lexicon): Meeting[] {
  return [];
}
