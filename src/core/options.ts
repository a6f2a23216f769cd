/**
 * Validation of what callers pass in. Bad input fails loudly with a TypeError
 * that names the argument, rather than producing quietly wrong facts.
 */
import type { ExtractOptions, Lexicon } from '../types.js';

/** Checks `text` is a string. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`newsfacts: "text" must be a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/**
 * Turns `publishedAt` into a calendar day 'YYYY-MM-DD', or undefined when absent.
 * Strings are read as ISO 8601 ('2021-12-28', '2021-12-28T09:30:00Z'); a string
 * with a time and zone keeps the calendar day written in it, since news datelines
 * are local days.
 */
export function normalizePublishedAt(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('newsfacts: "publishedAt" is an invalid Date');
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
    if (m) {
      const [, y, mo, d] = m;
      const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
      if (date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d)) return `${y}-${mo}-${d}`;
    }
    throw new TypeError(`newsfacts: "publishedAt" must be an ISO 8601 date such as '2021-12-28', got ${JSON.stringify(value)}`);
  }
  throw new TypeError(`newsfacts: "publishedAt" must be a string or a Date, got ${typeof value}`);
}

/** Checks the options object and the lexicon's shape. */
export function checkOptions(options: unknown): ExtractOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`newsfacts: "options" must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  const o = options as ExtractOptions;
  if (o.lexicon !== undefined) checkLexicon(o.lexicon);
  return o;
}

export function checkLexicon(lexicon: unknown): asserts lexicon is Lexicon {
  if (typeof lexicon !== 'object' || lexicon === null || Array.isArray(lexicon)) {
    throw new TypeError('newsfacts: "lexicon" must be an object');
  }
  for (const key of ['actors', 'titles', 'cues', 'meetingWords'] as const) {
    const list = (lexicon as Record<string, unknown>)[key];
    if (list !== undefined && !Array.isArray(list)) throw new TypeError(`newsfacts: "lexicon.${key}" must be an array`);
  }
}
