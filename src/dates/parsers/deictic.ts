/**
 * Expressions counted from the reference date: "this week", "earlier this
 * week", "next month", "last year", "this quarter", "the new year",
 * "yesterday", "tomorrow night", "this morning", "two days ago", "three years
 * from now". They resolve only when a reference date is known.
 */
import { QUANTITY, parseQuantity, words, key } from '../words.js';
import type { DateSpec, ShiftUnit } from '../spec.js';
import { specParser } from './common.js';

const PARTS = words.partsOfDay as Record<string, string>;
const PART_NAMES = 'morning|afternoon|evening|night|overnight';

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
      const value = direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
      return { spec: { fixed: { value, type: 'date', relative: true } } };
    }
    if (unitWord === 'hour' || unitWord === 'minute') return { spec: { shift: { unit: 'day', by: 0 }, grain: 'day' } };
    if (unitWord === 'decade' || unitWord === 'century') {
      return { spec: { shift: { unit: 'year', by: direction * n * (unitWord === 'decade' ? 10 : 100) }, grain: 'year' } };
    }
    const unit = unitWord as ShiftUnit;
    return { spec: { shift: { unit, by: direction * Math.round(n) }, grain: unit === 'week' ? 'day' : (unit as 'day') } };
  },
);
