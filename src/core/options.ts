/**
 * Validation of what callers pass in. Bad input fails loudly with a TypeError
 * that names the argument, rather than producing quietly wrong facts.
 */
import type { ExtractOptions, Lexicon } from '../types.js';

/** The default `maxLength`: about 5 MB of English text, far beyond any article. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

const ACTOR_TYPES = new Set(['person', 'organization', 'country', 'group']);
const STANCES = new Set(['statement', 'support', 'demand', 'refusal', 'warning', 'denial', 'accusation', 'intent']);
const MEETING_KINDS = new Set(['talks', 'summit', 'call', 'meeting', 'conference']);
const LEXICON_KEYS = new Set(['actors', 'titles', 'cues', 'meetingWords']);

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
  if (o.maxLength !== undefined && (typeof o.maxLength !== 'number' || !Number.isInteger(o.maxLength) || o.maxLength < 0)) {
    throw new TypeError(`newsfacts: "options.maxLength" must be a non-negative integer, got ${JSON.stringify(o.maxLength)}`);
  }
  return o;
}

/** Throws a RangeError when the text is longer than `maxLength` (default 5,000,000 code units). */
export function checkLength(text: string, maxLength: number | undefined): void {
  const limit = maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > limit) {
    throw new RangeError(`newsfacts: "text" is ${text.length} characters long, above options.maxLength (${limit}); split it or raise maxLength`);
  }
}

/**
 * Checks the lexicon's whole shape, entry by entry, with messages that name
 * the bad entry ("lexicon.actors[2].type"). Only the known keys are read, and
 * always as own properties, so a "__proto__" key in JSON from a user cannot
 * reach any prototype.
 */
export function checkLexicon(lexicon: unknown): asserts lexicon is Lexicon {
  if (typeof lexicon !== 'object' || lexicon === null || Array.isArray(lexicon)) {
    throw new TypeError('newsfacts: "lexicon" must be an object');
  }
  for (const key of Object.keys(lexicon)) {
    if (!LEXICON_KEYS.has(key)) throw new TypeError(`newsfacts: "lexicon.${key}" is not a lexicon field (use actors, titles, cues, meetingWords)`);
  }
  const own = (o: object, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);
  const list = (key: string): unknown[] | undefined => {
    const v = own(lexicon, key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw new TypeError(`newsfacts: "lexicon.${key}" must be an array`);
    return v;
  };
  const text = (v: unknown, where: string): void => {
    if (typeof v !== 'string' || v.trim() === '') throw new TypeError(`newsfacts: "${where}" must be a non-empty string`);
  };
  const entry = (v: unknown, where: string): object => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TypeError(`newsfacts: "${where}" must be an object`);
    return v;
  };
  list('actors')?.forEach((raw, i) => {
    const where = `lexicon.actors[${i}]`;
    const a = entry(raw, where);
    text(own(a, 'name'), `${where}.name`);
    const type = own(a, 'type');
    if (typeof type !== 'string' || !ACTOR_TYPES.has(type)) throw new TypeError(`newsfacts: "${where}.type" must be one of ${[...ACTOR_TYPES].join(', ')}`);
    const aliases = own(a, 'aliases');
    if (aliases !== undefined) {
      if (!Array.isArray(aliases)) throw new TypeError(`newsfacts: "${where}.aliases" must be an array of strings`);
      aliases.forEach((x, k) => text(x, `${where}.aliases[${k}]`));
    }
    const affiliation = own(a, 'affiliation');
    if (affiliation !== undefined) text(affiliation, `${where}.affiliation`);
  });
  list('titles')?.forEach((t, i) => text(t, `lexicon.titles[${i}]`));
  list('cues')?.forEach((raw, i) => {
    const where = `lexicon.cues[${i}]`;
    const c = entry(raw, where);
    text(own(c, 'word'), `${where}.word`);
    const stance = own(c, 'stance');
    if (typeof stance !== 'string' || !STANCES.has(stance)) throw new TypeError(`newsfacts: "${where}.stance" must be one of ${[...STANCES].join(', ')}`);
  });
  list('meetingWords')?.forEach((raw, i) => {
    const where = `lexicon.meetingWords[${i}]`;
    const m = entry(raw, where);
    text(own(m, 'word'), `${where}.word`);
    const kind = own(m, 'kind');
    if (typeof kind !== 'string' || !MEETING_KINDS.has(kind)) throw new TypeError(`newsfacts: "${where}.kind" must be one of ${[...MEETING_KINDS].join(', ')}`);
  });
}
