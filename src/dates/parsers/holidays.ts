/**
 * Holidays and named days ("Christmas Eve", "Thanksgiving", "Easter Monday"),
 * optionally with a year ("Christmas Day 2020", "Easter of 2019"). The calendar
 * rule of each lives in holidays.json; the year comes from the text or, later,
 * from the tense of the clause.
 */
import { alternation, holidays, key } from '../words.js';
import { specParser } from './common.js';

const INDEX = new Map<string, number>();
holidays.forEach((h, i) => h.names.forEach((n) => INDEX.set(key(n).replace(/'/g, ''), i)));

const names = holidays.flatMap((h) => h.names);

export const holidayParser = specParser(
  'holidays',
  `(${alternation(names)})(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d))?`,
  (match) => {
    const holiday = INDEX.get(key(match[1]!).replace(/'/g, ''));
    if (holiday === undefined) return null;
    // Holidays are proper names: "christmas" in lower case is rare and often not the day.
    if (!/^[A-Z]/.test(match[1]!)) return null;
    return { spec: { holiday, grain: 'day', ...(match[2] ? { year: Number(match[2]) } : {}) } };
  },
);
