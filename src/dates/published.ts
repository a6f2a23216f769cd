/**
 * Inferring the publication date when the caller gives none, from the text
 * alone: a full date near the top (a dateline or byline), a weekday written
 * beside its date ("Monday (December 27th)"), else the latest full date in the
 * body. Page furniture is resisted: a header date whose year is later than
 * every year the body mentions ("Thursday, March 23, 2023" above a story about
 * 2021) is not the publication date.
 */
import { weekdayOf, formatDay, compareDays, type Day } from './calendar.js';
import type { DateSpec } from './spec.js';
import type { PublishedAt, TextSpan } from '../types.js';

export interface FoundExpression {
  span: TextSpan;
  spec: DateSpec;
}

/** How far into the text a dateline or byline may stand. */
const HEADER_CHARS = 400;

function fullDay(spec: DateSpec): Day | undefined {
  if (spec.year !== undefined && spec.month && spec.day && !spec.shift && !spec.fixed) {
    return { year: spec.year, month: spec.month, day: spec.day };
  }
  return undefined;
}

/** The year in which month/day falls on the weekday, searching around a guess. */
function yearForWeekday(month: number, day: number, weekday: number, around: number): number | undefined {
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    const d = { year: around + delta, month, day };
    if (weekdayOf(d) === weekday) return d.year;
  }
  return undefined;
}

export function inferPublishedAt(found: FoundExpression[], weekdayPairs: Array<{ span: TextSpan; month: number; day: number; weekday: number }>): PublishedAt {
  const full = found.map((f) => ({ ...f, day: fullDay(f.spec) })).filter((f): f is FoundExpression & { day: Day } => !!f.day);
  const bodyYears = found
    .filter((f) => f.span.start >= HEADER_CHARS || !fullDay(f.spec))
    .map((f) => f.spec.year)
    .filter((y): y is number => y !== undefined && !found.find((g) => g.span.start >= HEADER_CHARS && g.spec.shift));
  const latestBodyYear = bodyYears.length ? Math.max(...bodyYears) : undefined;

  const header = full.find((f) => f.span.start < HEADER_CHARS);
  const isFurniture = (d: Day): boolean => latestBodyYear !== undefined && d.year > latestBodyYear;
  if (header && !isFurniture(header.day)) {
    return { value: formatDay(header.day), source: 'inferred', evidence: header.span };
  }

  // "Monday (December 27th)": the year is the one that makes the weekday right.
  const guessYear = latestBodyYear ?? header?.day.year;
  if (guessYear !== undefined) {
    for (const pair of weekdayPairs) {
      const year = yearForWeekday(pair.month, pair.day, pair.weekday, guessYear);
      if (year !== undefined) return { value: formatDay({ year, month: pair.month, day: pair.day }), source: 'inferred', evidence: pair.span };
    }
  }

  const body = full.filter((f) => f !== header && !isFurniture(f.day));
  if (body.length) {
    const latest = body.reduce((a, b) => (compareDays(b.day, a.day) > 0 ? b : a));
    return { value: formatDay(latest.day), source: 'inferred', evidence: latest.span };
  }
  return { value: null, source: 'none' };
}
