/**
 * Inferring the publication date when the caller gives none, from the text
 * alone: the latest date the text writes out in full (a dateline, a byline,
 * "Friday, Dec 3, 2021") that is not in a future clause, or a weekday written
 * beside its date ("Monday (December 27th)").
 *
 * Page furniture is resisted: a candidate is dropped when the body's
 * underspecified dates ("on January 10th", "in June") would land implausibly
 * far from it — a "Thursday, March 23, 2023" header above a story whose
 * "will meet on January 10th" would then be ten months ahead is a scrape date,
 * not the publication date. With no candidate left, nothing is invented.
 */
import { compareDays, dayDistance, formatDay, parseDay, weekdayOf, type Day } from './calendar.js';
import { resolveSpec } from './resolve.js';
import type { DateSpec } from './spec.js';
import type { Tense } from './tense.js';
import type { PublishedAt, TextSpan } from '../types.js';

export interface FoundExpression {
  span: TextSpan;
  spec: DateSpec;
  tense: Tense;
}

export interface WeekdayPair {
  span: TextSpan;
  month: number;
  day: number;
  weekday: number;
}

/** Further than this from the reference, a month or day written without its year is implausible in news. */
const IMPLAUSIBLE_DAYS = 200;

function fullDay(spec: DateSpec): Day | undefined {
  if (spec.year !== undefined && spec.month && spec.day && !spec.shift && !spec.fixed) {
    return { year: spec.year, month: spec.month, day: spec.day };
  }
  return undefined;
}

/** Expressions that need a reference to resolve and name a month or a day: "January 10th", "in June". */
function underspecified(found: FoundExpression[]): FoundExpression[] {
  return found.filter((f) => f.spec.year === undefined && !f.spec.shift && !f.spec.fixed && f.spec.month !== undefined);
}

/** Whether most of the text's yearless months and days would fall within a plausible distance of `day`. */
/** Enough yearless dates to judge a candidate; the first ones in the text matter most. */
const MAX_CHECKS = 50;

function isPlausible(day: Day, found: FoundExpression[]): boolean {
  const checks = underspecified(found).slice(0, MAX_CHECKS);
  if (checks.length === 0) return true;
  let implausible = 0;
  for (const f of checks) {
    const value = resolveSpec(f.spec, day, f.tense).value;
    const resolved = parseDay(value.length === 7 ? `${value}-15` : value);
    if (Math.abs(dayDistance(resolved, day)) > IMPLAUSIBLE_DAYS) implausible++;
  }
  return implausible < 2 && implausible * 3 < checks.length + 1;
}

/** The year in which month/day falls on the weekday, nearest to a guess. */
function yearForWeekday(month: number, day: number, weekday: number, around: number): number | undefined {
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    if (weekdayOf({ year: around + delta, month, day }) === weekday) return around + delta;
  }
  return undefined;
}

/** Where a dateline stands: "WASHINGTON, March 3, 2022 (Reuters) –" opens the text. */
const DATELINE_CHARS = 300;

function lineAround(text: string, span: TextSpan): { line: string; before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  return { line: text.slice(lineStart, lineEnd), before: text.slice(lineStart, span.start), after: text.slice(span.end, lineEnd) };
}

/**
 * A dateline: near the top, the date opens its line (after an optional
 * "CITY," and weekday) and is followed by an agency, a dash or the line's end.
 */
function isDateline(text: string, span: TextSpan): boolean {
  if (span.start >= DATELINE_CHARS) return false;
  const { before, after } = lineAround(text, span);
  return /^\s*(?:(?:posted|published|updated|last\s+updated|first\s+published)(?:\s+on)?:?\s*)?(?:[\p{Lu}][\p{L} .'’-]*,\s*)?$/iu.test(before) && /^\s*(?:\(|[-–—|]|\/|$)/.test(after);
}

/**
 * A date alone on its line ("Friday, June 14, 2024") is a page header. It is
 * furniture when every other year the text writes is over a year earlier: the
 * page was printed or scraped long after the story.
 */
function isStaleHeader(text: string, candidate: { day: Day; span: TextSpan }, found: FoundExpression[]): boolean {
  const { line } = lineAround(text, candidate.span);
  // A header line: the date and little else ("Friday, June 14, 2024 | World"), no sentence.
  if (line.length > candidate.span.text.length + 30 || /[.!?]\s/.test(line)) return false;
  const otherYears = found.filter((f) => f.span.start !== candidate.span.start && f.spec.year !== undefined).map((f) => f.spec.year!).slice(0, MAX_CHECKS);
  return otherYears.length > 0 && otherYears.every((y) => y < candidate.day.year - 1 || (y < candidate.day.year && otherYears.length > 1));
}

export function inferPublishedAt(text: string, found: FoundExpression[], weekdayPairs: WeekdayPair[]): PublishedAt {
  const candidates: Array<{ day: Day; span: TextSpan }> = [];
  for (const f of found) {
    const day = fullDay(f.spec);
    if (!day) continue;
    // A dateline is the publication date unless the body says it cannot be.
    if (isDateline(text, f.span) && isPlausible(day, found) && !isStaleHeader(text, { day, span: f.span }, found)) {
      return { value: formatDay(day), source: 'inferred', evidence: f.span };
    }
    // A full date in a "will" clause, or a deadline ("until April 15, 2022"), lies after publication.
    const lead = text.slice(Math.max(0, f.span.start - 12), f.span.start);
    if (f.tense === 'future' || /\b(?:until|till|by|before|through|expires?\s+on)\s+$/i.test(lead)) continue;
    candidates.push({ day, span: f.span });
  }
  const years = found.map((f) => f.spec.year).filter((y): y is number => y !== undefined);
  const guessYear = years.length ? Math.max(...years) : undefined;
  if (guessYear !== undefined) {
    for (const pair of weekdayPairs) {
      const year = yearForWeekday(pair.month, pair.day, pair.weekday, guessYear);
      if (year !== undefined) candidates.push({ day: { year, month: pair.month, day: pair.day }, span: pair.span });
    }
  }
  // The latest plausible candidate: try them from the latest down, each distinct day once.
  candidates.sort((a, b) => compareDays(b.day, a.day) || a.span.start - b.span.start);
  let previous: Day | undefined;
  for (const c of candidates) {
    if (previous && compareDays(previous, c.day) === 0) continue;
    previous = c.day;
    if (isPlausible(c.day, found) && !isStaleHeader(text, c, found)) {
      return { value: formatDay(c.day), source: 'inferred', evidence: c.span };
    }
  }
  return { value: null, source: 'none' };
}
