/**
 * Expressions counted from the reference date: "this week", "earlier this
 * week", "next month", "last year", "this quarter", "the new year",
 * "yesterday", "tomorrow night", "this morning", "two days ago", "three years
 * from now". They resolve only when a reference date is known.
 */
import { QUANTITY, WEEKDAYS, parseQuantity, words, key } from '../words.js';
import type { DateSpec, ShiftUnit } from '../spec.js';
import { specParser } from './common.js';

const PARTS = words.partsOfDay as Record<string, string>;
/** Parts of day a weekday or "this"/"last" can take: the partsOfDay words that are nouns, not "tonight". */
const PART_NAMES = Object.keys(PARTS).filter((w) => !['tonight', 'noon', 'midday', 'midnight'].includes(w)).join('|');

const SHIFT_BY: Record<string, number> = {
  this: 0, current: 0, coming: 1, next: 1, following: 1, last: -1, previous: -1, past: -1,
};

/** "this week", "earlier this month", "later next year", "last weekend". */
export const deicticPeriodParser = specParser(
  'deicticPeriods',
  `(?:(earlier|later)\\s+)?(this|next|last|coming|previous|current|past)\\s+(week|weekend|month|year|quarter)`,
  (match, context) => {
    const word = match[2]!.toLowerCase();
    const unit = match[3]!.toLowerCase() as ShiftUnit;
    // "the past year", "the last month" are spans of time (durations), not calendar periods.
    const before = context.text.slice(Math.max(0, match.index - 6), match.index);
    if ((word === 'past' || word === 'last' || word === 'coming' || word === 'next') && /\bthe\s+$/i.test(before)) return null;
    if (word === 'past' && unit !== 'weekend') return null;
    const by = SHIFT_BY[word]!;
    return { spec: { shift: { unit, by }, grain: unit } };
  },
);

/** "the new year" (lower case: the coming year, not New Year's Day). */
export const newYearParser = specParser(
  'newYear',
  `the\\s+new\\s+year`,
  () => ({ spec: { shift: { unit: 'year', by: 1 }, grain: 'year' } }),
  true,
);

const DAY_SHIFT: Record<string, number> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** "today", "yesterday", "tomorrow morning", "tonight", "this morning", "last night". */
export const casualDayParser = specParser(
  'casualDays',
  `(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\\s+(${PART_NAMES}))?|(this|last)\\s+(${PART_NAMES})`,
  (match) => {
    let spec: DateSpec;
    if (match[1]) {
      const word = key(match[1]);
      spec = { shift: { unit: 'day', by: DAY_SHIFT[word]! }, grain: 'day' };
      const part = match[2] ? PARTS[match[2].toLowerCase()] : word === 'tonight' ? 'NI' : undefined;
      if (part) spec.time = `T${part}`;
    } else {
      const isLast = match[3]!.toLowerCase() === 'last';
      spec = { shift: { unit: 'day', by: isLast ? -1 : 0 }, grain: 'day', time: `T${PARTS[match[4]!.toLowerCase()]}` };
    }
    return { spec };
  },
);

const AGO_UNITS = 'days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?';

/** "two days ago", "a year earlier", "three weeks from now", "five years later". */
export const agoParser = specParser(
  'ago',
  `(${QUANTITY}|a\\s+few|several|a\\s+couple\\s+of)\\s+(${AGO_UNITS})\\s+(ago|earlier|before|later|from\\s+now|hence)`,
  (match) => {
    const n = parseQuantity(match[1]!);
    const unitWord = match[2]!.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
    const direction = /ago|earlier|before/i.test(match[3]!) ? -1 : 1;
    if (n === undefined || !Number.isFinite(n)) {
      // "a few years ago": TIMEX3's vague past, which needs no reference date.
      const value = direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
      return { spec: { fixed: { value, type: 'date', relative: false } } };
    }
    if (unitWord === 'hour' || unitWord === 'minute') return { spec: { shift: { unit: 'day', by: 0 }, grain: 'day' } };
    if (unitWord === 'decade' || unitWord === 'century') {
      return { spec: { shift: { unit: 'year', by: direction * n * (unitWord === 'decade' ? 10 : 100) }, grain: 'year' } };
    }
    const unit = unitWord as ShiftUnit;
    // "two weeks ago" names a week, "two days ago" a day, "three years ago" a year (TimeML practice).
    return { spec: { shift: { unit, by: direction * Math.round(n) }, grain: unit as 'day' } };
  },
);

/** "the end of the year", "the beginning of the month", "the rest of the week": the current period with a mod. */
export const periodPartParser = specParser(
  'periodParts',
  `(the\\s+(?:end|beginning|start|middle|close)|(?:end|beginning|start|middle))\\s+of\\s+the\\s+(year|month|week|quarter)`,
  (match) => {
    const part = match[1]!.toLowerCase().replace(/^the\s+/, '');
    const mod = part === 'end' || part === 'close' ? 'END' : part === 'middle' ? 'MID' : 'START';
    const unit = match[2]!.toLowerCase() as ShiftUnit;
    return { spec: { shift: { unit, by: 0 }, grain: unit, mod } };
  },
);

const WEEKDAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';

/** "Wednesday night", "Friday evening", "noon Saturday", "midnight Friday" → the day with a part of day or clock time. */
export const weekdayPartParser = specParser(
  'weekdayParts',
  `(${WEEKDAY_NAMES})\\s+(${PART_NAMES}|noon|midnight)|(noon|midnight)\\s+(?:on\\s+)?(${WEEKDAY_NAMES})`,
  (match) => {
    const dayName = (match[1] ?? match[4])!.toLowerCase();
    const part = (match[2] ?? match[3])!.toLowerCase();
    const weekday = WEEKDAYS[dayName]!;
    const time = part === 'noon' ? 'T12:00' : part === 'midnight' ? 'T24:00' : `T${PARTS[part]}`;
    return { spec: { weekday, grain: 'day', time } };
  },
);

/** "the weekend", "over the weekend": the weekend before or after the reference, by tense. */
export const weekendParser = specParser('weekend', `the\\s+weekend`, () => ({ spec: { weekday: 6, grain: 'weekend' } }));

/**
 * "the year", "the full year", "the current fiscal year" (not "the year 2000",
 * not "the year before"): the year under way, as news uses it ("sales for the
 * year rose 13%").
 */
export const theYearParser = specParser(
  'theYear',
  `the\\s+(?:(?:full|current|whole|entire)\\s+)?(?:fiscal\\s+|calendar\\s+)?year(?!-|\\s+(?:\\d|two|nineteen|before|after|earlier|later|ago|of|when|in\\s+which|that|which|'?s\\b))`,
  (match, context) => {
    // "the year ended March 31", "the fiscal year ending June 30": a twelve-month span (TimeML: P1Y).
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 10);
    if (/^\s+end(?:ed|ing|s)\b/i.test(after)) return { spec: { fixed: { value: 'P1Y', type: 'duration', relative: false } } };
    return { spec: { shift: { unit: 'year', by: 0 }, grain: 'year' } };
  },
);

/** "year-earlier profit", "the year-ago results": the year before (a quarter in earnings news, see dates/index.ts). */
export const yearAgoAdjectiveParser = specParser('yearAgoAdjective', `year-(?:earlier|ago)`, () => ({
  spec: { shift: { unit: 'year', by: -1 }, grain: 'year' },
}));
