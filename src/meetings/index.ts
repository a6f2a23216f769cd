/**
 * Meetings: talks, summits, calls and conferences, with participants, leads,
 * date, place, format, topics, series and status (issue #4).
 *
 * 1. mentions.ts: every noun and verb that names a meeting, with the parties
 *    its phrase and clause name (parties.ts);
 * 2. attributes.ts: date (from the dates layer), place (places.ts), format,
 *    status, leads, topics and series from the words around each mention;
 * 3. coreference.ts: mentions of the same event become one meeting.
 */
import type { AnalyzedDoc, Facts, Lexicon, Meeting } from '../types.js';
import { titleCaseTokens } from '../actors/names.js';
import { buildContext, vocabularyFor } from './context.js';
import { findMentions } from './mentions.js';
import { readAttributes } from './attributes.js';
import { resolveMeetings } from './coreference.js';

export function findMeetings(doc: AnalyzedDoc, facts: Facts, lexicon?: Lexicon): Meeting[] {
  if (doc.tokens.length === 0) return [];
  const ctx = buildContext(doc, facts, vocabularyFor(lexicon), titleCaseTokens(doc));
  const mentions = findMentions(ctx);
  if (mentions.length === 0) return [];
  readAttributes(ctx, mentions);
  return resolveMeetings(ctx, mentions);
}
