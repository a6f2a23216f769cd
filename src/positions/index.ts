/**
 * Stated positions: who said, demanded, warned, refused, denied or accused
 * what, quoted or paraphrased (issue #5).
 *
 * 1. quotes.ts: every quotation, balanced or not, in one pass;
 * 2. attribution.ts: quotes attributed by the words right around them
 *    ("…,” Peskov told reporters, “…”; X said: “…”);
 * 3. the same file: reported speech from reporting verbs, phrases and nouns
 *    (src/data/cues.json, `lexicon.cues`), holder from the subject, "according
 *    to X", an inverted "…, X said." or a pronoun resolved through the actors;
 * 4. stance from the cue, or from the content when the cue is neutral.
 *
 * A claim whose holder is not an actor is not reported: holders are never invented.
 */
import type { AnalyzedDoc, Facts, Lexicon, Position } from '../types.js';
import { actorTokens } from '../core/actorTokens.js';
import { findQuotes } from './quotes.js';
import { cueVocabularyFor } from './vocabulary.js';
import { buildPositionContext, quotePositions, reportedPositions, type Found } from './attribution.js';

export function findPositions(doc: AnalyzedDoc, facts: Facts, lexicon?: Lexicon): Position[] {
  if (doc.tokens.length === 0 || facts.actors.length === 0) return [];
  const ctx = buildPositionContext(doc, facts, actorTokens(doc, facts.actors), findQuotes(doc.text), cueVocabularyFor(lexicon));
  const found: Found[] = [...quotePositions(ctx), ...reportedPositions(ctx)];
  found.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  const out: Position[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    // The same claim found twice (a quote and its paraphrase cue) is one position.
    const key = `${f.holder} ${f.content.start} ${f.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const position: Position = { id: `position${out.length + 1}`, holder: f.holder, stance: f.stance, form: f.form, content: f.content, about: f.about };
    if (f.cue) position.cue = f.cue;
    out.push(position);
  }
  return out;
}
