/**
 * The shape shared by our chrono parsers: a named pattern and a function that
 * turns a match into a span and a spec. Every pattern is anchored on a word
 * boundary on both sides, so "sunday" never matches inside "Sundays'".
 */
import type { Parser } from 'chrono-node/en';
import type { ParsingContext } from 'chrono-node';
import { tagSpec, type DateSpec } from '../spec.js';

/**
 * Whether an expression may start at `index`: not inside a word (any script),
 * not after an apostrophe, and not after a digit and a hyphen ("1990-2020").
 * A hyphen after a letter is fine ("mid-2020", "post-war").
 */
export function boundedLeft(text: string, index: number): boolean {
  const prev = text[index - 1];
  if (prev === undefined) return true;
  if (/[\p{L}\p{N}_'’]/u.test(prev)) return false;
  return !(prev === '-' && /\p{N}/u.test(text[index - 2] ?? ''));
}

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
  // Plain (non-unicode) regexes that start with \b: V8 scans for them many
  // times faster than for unicode ones with a look-behind (or an alternation
  // before the first letter), and they run over every article. The finer
  // left-boundary rules are checked in code (`boundedLeft`).
  const pattern = new RegExp(`\\b(?:${body})(?![A-Za-z0-9_\\u00C0-\\u024F]|['’](?![sS]\\b)[A-Za-z])`, caseSensitive ? '' : 'i');
  return {
    name,
    pattern: () => pattern,
    extract(context, rawMatch) {
      const match = rawMatch as RegExpExecArray;
      if (!boundedLeft(context.text, match.index)) return null;
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

/** A regex that fails at once: V8 tries `^` only at the start of the text. */
const NEVER = /^(?!)/;

/** Pseudo-words in the word set: a clock time, digits joined by "/" or "-". */
export const CLOCK_MARK = '#clock';
export const NUMERIC_DATE_MARK = '#numeric-date';

/** The option key under which findDates hands chrono the words of the text. */
export const WORDS_OPTION = 'newsfactsWords';

/** The lower-case words of the text, if the caller passed them (see dates/index.ts). */
function wordsOf(context: ParsingContext): ReadonlySet<string> | undefined {
  return (context.option as unknown as Record<string, unknown>)[WORDS_OPTION] as ReadonlySet<string> | undefined;
}

/**
 * A parser that only scans texts holding one of its trigger words. Scanning
 * a whole article costs a parser about as much as matching in it, and most
 * parsers' words ("quarter", "Christmas", "weekend") are absent from most
 * articles; the word set is at hand from the analysed document. Without a
 * word set (chrono called directly) the parser always scans.
 */
export function withTriggers(parser: Parser, triggers: readonly string[]): Parser {
  const wanted = [...new Set(triggers.map((w) => w.toLowerCase()))];
  return {
    pattern(context: ParsingContext) {
      const seen = wordsOf(context);
      if (seen && !wanted.some((w) => seen.has(w))) return NEVER;
      return parser.pattern(context);
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
