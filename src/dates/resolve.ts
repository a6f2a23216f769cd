/**
 * A spec, the reference date and the clause's tense → a TIMEX3 value. Tense
 * decides the direction of underspecified dates, as HeidelTime does for news:
 * past → the most recent such day/month on or before the reference, future →
 * the next one, none → the nearest one. Without a reference date, relative
 * expressions stay unresolved ('XXXX-06') rather than invented.
 */
import {
  addDays,
  addMonths,
  compareDays,
  dayDistance,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  isValidDay,
  nthWeekday,
  quarterOf,
  weekdayOf,
  type Day,
} from './calendar.js';
import { holidays } from './words.js';
import type { DateSpec, Direction } from './spec.js';
import type { Tense } from './tense.js';
import type { DateMod, DateType } from '../types.js';

export interface ResolvedValue {
  value: string;
  type: DateType;
  mod?: DateMod;
  relative: boolean;
}

/** First and last day of the period a candidate year gives. */
type Period = { first: Day; last: Day };

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function holidayDay(index: number, year: number): Day {
  const rule = holidays[index]!.rule;
  if (rule.easter !== undefined) return addDays(easterSunday(year), rule.easter);
  if (rule.weekday !== undefined && rule.nth !== undefined) {
    let d = nthWeekday(year, rule.month!, rule.weekday, rule.nth);
    if (rule.afterDay !== undefined && d.day <= rule.afterDay) d = addDays(d, 7);
    return addDays(d, rule.offset ?? 0);
  }
  return { year, month: rule.month!, day: rule.day! };
}

/** The period a spec names in a given year (month, day, quarter, season, holiday). */
function periodIn(spec: DateSpec, year: number): Period | undefined {
  if (spec.holiday !== undefined) {
    const d = holidayDay(spec.holiday, year);
    return { first: d, last: d };
  }
  if (spec.month && spec.day) {
    const d = { year, month: spec.month, day: spec.day };
    return isValidDay(d) ? { first: d, last: d } : undefined;
  }
  if (spec.month) return { first: { year, month: spec.month, day: 1 }, last: addDays(addMonths({ year, month: spec.month, day: 1 }, 1), -1) };
  if (spec.quarter) {
    const m = (spec.quarter - 1) * 3 + 1;
    return { first: { year, month: m, day: 1 }, last: addDays(addMonths({ year, month: m, day: 1 }, 3), -1) };
  }
  if (spec.half) {
    const m = spec.half === 1 ? 1 : 7;
    return { first: { year, month: m, day: 1 }, last: addDays(addMonths({ year, month: m, day: 1 }, 6), -1) };
  }
  if (spec.season) {
    const [a, b] = SEASON_MONTHS[spec.season]!;
    const first = addMonths({ year, month: 1, day: 1 }, a - 1);
    return { first, last: addDays(addMonths({ year, month: 1, day: 1 }, b), -1) };
  }
  return undefined;
}

/** Days between the reference and the nearest edge of a period (0 inside it). */
function distanceTo(p: Period, ref: Day): number {
  if (compareDays(ref, p.first) < 0) return dayDistance(p.first, ref);
  if (compareDays(ref, p.last) > 0) return dayDistance(ref, p.last);
  return 0;
}

/**
 * Past and future beyond which tense yields to proximity: "extended the offer
 * to Nov. 20" (past verb, written Nov. 3) means the coming Nov. 20, not one a
 * year back, and news rarely names a day or month almost a year away without
 * its year.
 */
const FAR_DAYS = 200;
const NEAR_DAYS = 60;

/** Pick the year: past → latest period starting on/before ref; future → earliest ending on/after ref; else nearest. */
function chooseYear(spec: DateSpec, ref: Day, direction: Direction | 'nearest'): number {
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  let periods = candidates.map((y) => ({ y, p: periodIn(spec, y) })).filter((c): c is { y: number; p: Period } => !!c.p);
  // "Saturday, April 25": only the year in which April 25 is a Saturday.
  if (spec.weekday !== undefined && spec.month && spec.day) {
    const matching = periods.filter((c) => weekdayOf(c.p.first) === spec.weekday);
    if (matching.length === 1) return matching[0]!.y;
    if (matching.length > 1) periods = matching;
  }
  if (periods.length === 0) return ref.year;
  const nearest = periods.reduce((a, b) => (distanceTo(b.p, ref) < distanceTo(a.p, ref) ? b : a));
  let chosen = nearest;
  if (direction === 'past') {
    const ok = periods.filter((c) => compareDays(c.p.first, ref) <= 0);
    chosen = ok[ok.length - 1] ?? periods[0]!;
  } else if (direction === 'future') {
    const ok = periods.filter((c) => compareDays(c.p.last, ref) >= 0);
    chosen = ok[0] ?? periods[periods.length - 1]!;
  }
  // Only an explicit "last"/"next" in the text outranks proximity.
  if (!spec.dir && distanceTo(chosen.p, ref) > FAR_DAYS && distanceTo(nearest.p, ref) <= NEAR_DAYS) chosen = nearest;
  return chosen.y;
}

/**
 * The direction to look for an underspecified date. With no tense (or the
 * present), the nearest candidate: measured on TempEval-3 train and the
 * fixtures, that beats defaulting to the past (headlines and noun phrases
 * such as "the Jan. 10 meeting" point forward as often as back).
 */
function directionOf(spec: DateSpec, tense: Tense): Direction | 'nearest' {
  if (spec.dir) return spec.dir;
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return 'nearest';
}

function formatPeriod(spec: DateSpec, year: number): string {
  if (spec.holiday !== undefined) return formatDay(holidayDay(spec.holiday, year));
  if (spec.month && spec.day) return formatDay({ year, month: spec.month, day: spec.day });
  if (spec.month) return formatMonth(year, spec.month);
  if (spec.quarter) return `${year}-Q${spec.quarter}`;
  if (spec.half) return `${year}-H${spec.half}`;
  if (spec.season) return `${year}-${spec.season}`;
  return String(year);
}

/** A value for an expression counted from the reference ("next week", "two days ago", "this June"). */
function resolveShift(spec: DateSpec, ref: Day): string {
  const { unit, by } = spec.shift!;
  if (unit === 'week' && spec.weekday !== undefined) {
    // The named weekday inside the shifted ISO week (weeks start on Monday).
    const inWeek = addDays(ref, 7 * by);
    const monday = addDays(inWeek, -((weekdayOf(inWeek) + 6) % 7));
    return formatDay(addDays(monday, (spec.weekday + 6) % 7));
  }
  // "this June", "last summer of…", "the third quarter of next year": the year is shifted, the rest named.
  if (unit === 'year' && (spec.month || spec.season || spec.quarter || spec.half)) return formatPeriod(spec, ref.year + by);
  switch (unit) {
    case 'day': {
      const d = addDays(ref, by);
      return spec.grain === 'week' ? formatWeek(d) : formatDay(d);
    }
    case 'week':
      return spec.grain === 'day' ? formatDay(addDays(ref, 7 * by)) : formatWeek(addDays(ref, 7 * by));
    case 'weekend':
      return `${formatWeek(addDays(ref, 7 * by))}-WE`;
    case 'month': {
      const d = addMonths(ref, by);
      return spec.grain === 'day' ? formatDay(d) : formatMonth(d.year, d.month);
    }
    case 'quarter': {
      const d = addMonths(ref, 3 * by);
      return `${d.year}-Q${quarterOf(d.month)}`;
    }
    case 'year':
      return spec.grain === 'day' ? formatDay({ ...ref, year: ref.year + by }) : String(ref.year + by);
  }
}

/** A weekday named alone: the nearest such day in the tense's direction (today counts). */
function resolveWeekday(weekday: number, ref: Day, direction: Direction | 'nearest'): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (direction === 'past') return addDays(ref, -back);
  if (direction === 'future') return addDays(ref, ahead);
  return back <= ahead ? addDays(ref, -back) : addDays(ref, ahead);
}

const unresolved = (spec: DateSpec): string => {
  if (spec.holiday !== undefined) {
    // A holiday on a fixed day keeps its month and day ("Christmas Eve" → XXXX-12-24).
    const rule = holidays[spec.holiday]!.rule;
    if (rule.month && rule.day) return `XXXX-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
  }
  if (spec.month && spec.day) return `XXXX-${String(spec.month).padStart(2, '0')}-${String(spec.day).padStart(2, '0')}`;
  if (spec.month) return `XXXX-${String(spec.month).padStart(2, '0')}`;
  if (spec.quarter) return `XXXX-Q${spec.quarter}`;
  if (spec.season) return `XXXX-${spec.season}`;
  if (spec.weekday !== undefined) return `XXXX-WXX-${spec.weekday || 7}`;
  if (spec.grain === 'week') return 'XXXX-WXX';
  if (spec.grain === 'month') return 'XXXX-XX';
  if (spec.grain === 'year') return 'XXXX';
  return 'XXXX-XX-XX';
};

export function resolveSpec(spec: DateSpec, ref: Day | undefined, tense: Tense): ResolvedValue {
  const mod = spec.mod;
  const withMod = (r: ResolvedValue): ResolvedValue => (mod ? { ...r, mod } : r);
  if (spec.fixed) return withMod({ ...spec.fixed });

  const type: DateType = spec.time ? 'time' : 'date';
  const time = spec.time ? (spec.time.startsWith('T') && spec.time.includes(':') ? spec.time : spec.time) : '';

  // Fully written: "Friday, Dec 3, 2021", "June 2014", "the first quarter of 2020", "2014".
  if (spec.year !== undefined && !spec.shift) {
    if (spec.holiday !== undefined || spec.month || spec.quarter || spec.half || spec.season) {
      return withMod({ value: formatPeriod(spec, spec.year) + (spec.day || spec.holiday !== undefined ? time : ''), type, relative: false });
    }
    return withMod({ value: String(spec.year), type: 'date', relative: false });
  }

  if (!ref) return withMod({ value: unresolved(spec), type, relative: true });

  if (spec.shift) return withMod({ value: resolveShift(spec, ref) + (spec.grain === 'day' ? time : ''), type, relative: true });

  const direction = directionOf(spec, tense);
  if (spec.weekday !== undefined && !spec.month) {
    const day = resolveWeekday(spec.weekday, ref, direction);
    // "the weekend": the weekend of that Saturday, in ISO week form.
    if (spec.grain === 'weekend') return withMod({ value: `${formatWeek(day)}-WE`, type, relative: true });
    return withMod({ value: formatDay(day) + time, type, relative: true });
  }
  if (spec.holiday !== undefined || spec.month || spec.quarter || spec.half || spec.season) {
    const year = chooseYear(spec, ref, direction);
    return withMod({ value: formatPeriod(spec, year) + (spec.day || spec.holiday !== undefined ? time : ''), type, relative: true });
  }
  return withMod({ value: unresolved(spec), type, relative: true });
}
