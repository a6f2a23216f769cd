/**
 * Temporal vocabulary (src/data/temporal-words.json, src/data/holidays.json)
 * turned into the lookup tables and regex alternations the parsers use.
 */
import temporalWords from '../data/temporal-words.json';
import holidayData from '../data/holidays.json';

export const words = temporalWords;

export interface HolidayRule {
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  /** Day offset from the rule's day (Black Friday = Thanksgiving + 1). */
  offset?: number;
  /** "the Tuesday after the first Monday": the nth weekday counted after this day of the month. */
  afterDay?: number;
  /** Days from Western Easter Sunday. */
  easter?: number;
}

export const holidays: Array<{ names: string[]; rule: HolidayRule }> = holidayData.holidays;

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation of phrases, longest first (so "at the moment" wins over
 * "at"), with apostrophes matching both ' and ’ and spaces matching any run of
 * white space.
 */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      escapeRegExp(p)
        .replace(/'/g, "['’]?")
        .replace(/ /g, '\\s+'),
    )
    .join('|');
}

/** Normalise a phrase for table lookup: lower case, one space, straight apostrophes. */
export function key(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** A regex alternation of month names as news writes them, abbreviations with or without their period. */
export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Parse "two", "twenty-five", "a", "3", "1,000", "2.5" into a number, or undefined. */
export function parseQuantity(raw: string): number | undefined {
  const s = key(raw).replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const table = words.numberWords as Record<string, number>;
  if (s in table) return table[s];
  const parts = s.split(/[-\s]+/);
  if (parts.length === 2 && parts[0]! in table && parts[1]! in table) return table[parts[0]!]! + table[parts[1]!]!;
  return undefined;
}

/** A regex source matching one quantity: digits, a number word or "twenty-five". */
export const QUANTITY = (() => {
  const table = Object.keys(words.numberWords);
  const single = alternation(table);
  const tens = alternation(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
  const units = alternation(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
  return `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${tens})[-\\s](?:${units})|(?:${single}))`;
})();
