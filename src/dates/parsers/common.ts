/**
 * The shape shared by our chrono parsers: a named pattern and a function that
 * turns a match into a span and a spec. Every pattern is anchored on a word
 * boundary on both sides, so "sunday" never matches inside "Sundays'".
 */
import type { Parser } from 'chrono-node/en';
import type { ParsingContext } from 'chrono-node';
import { tagSpec, type DateSpec } from '../spec.js';

export interface SpecMatch {
  /** Offset of the expression within the match (to leave out context words). */
  offset?: number;
  /** The expression's text; defaults to the whole match from `offset`. */
  text?: string;
  spec: DateSpec;
}

/** A chrono parser from a regex body (case-insensitive unless `caseSensitive`) and a builder. */
export function specParser(
  name: string,
  body: string,
  build: (match: RegExpExecArray, context: ParsingContext) => SpecMatch | null,
  caseSensitive = false,
): Parser & { name: string } {
  // A hyphen before is fine after a letter ("mid-2020", "post-war") but not after a digit ("1990-2020").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_'’])(?<![\\p{N}]-)(?:${body})(?![\\p{L}\\p{N}_]|['’](?![sS]\\b)\\p{L})`, caseSensitive ? 'u' : 'iu');
  return {
    name,
    pattern: () => pattern,
    extract(context, rawMatch) {
      const match = rawMatch as RegExpExecArray;
      const found = build(match, context);
      if (!found) return null;
      const offset = found.offset ?? 0;
      const text = found.text ?? match[0].slice(offset);
      const result = context.createParsingResult(match.index + offset, text);
      result.start.addTag(`parser/newsfacts/${name}`);
      tagSpec(result.start, found.spec);
      return result;
    },
  };
}
