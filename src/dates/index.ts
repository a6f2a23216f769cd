import type { AnalyzedDoc, DateMention, PublishedAt } from '../types.js';
export function findDates(_doc: AnalyzedDoc, given: string | undefined): { publishedAt: PublishedAt; dates: DateMention[] } {
  return { publishedAt: given ? { value: given, source: 'given' } : { value: null, source: 'none' }, dates: [] };
}
