/**
 * Our chrono: its English configuration (absolute dates, weekdays, times,
 * "X ago"…) extended with newsfacts' parsers and refiners. chrono's casual
 * month, relative-date and "today/tonight" parsers are left out: ours replace
 * them so that granularity and direction follow TIMEX3 and the clause's tense
 * rather than chrono's "closest date" default.
 */
import * as chrono from 'chrono-node/en';
import type { Parser, Refiner } from 'chrono-node/en';
import { isOurs } from './spec.js';
import { MONTHS, WEEKDAYS, holidays, key, words } from './words.js';
import { CLOCK_MARK, NUMERIC_DATE_MARK, withTriggers } from './parsers/common.js';
import { refWordsParser } from './parsers/refWords.js';
import { holidayParser } from './parsers/holidays.js';
import { spokenYearParser, yearParser } from './parsers/years.js';
import { centuryParser, decadeParser } from './parsers/decades.js';
import { seasonParser } from './parsers/seasons.js';
import { quarterCodeParser, quarterParser, reportingQuarterParser } from './parsers/quarters.js';
import { agoParser, casualDayParser, deicticPeriodParser, newYearParser, periodPartParser, weekdayPartParser, weekendParser, theYearParser, yearAgoAdjectiveParser } from './parsers/deictic.js';
import { durationParser, vagueDurationParser } from './parsers/durations.js';
import { everyNParser, everyParser, setWordParser } from './parsers/sets.js';
import { monthParser } from './parsers/months.js';
import { dayMonthParser, monthDayParser } from './parsers/monthDays.js';
import { weekdayParser } from './parsers/weekdays.js';
import { modifierRefiner } from './refiners/modifiers.js';
import { coordinatedDayRefiner } from './refiners/coordinatedDays.js';
import { weekdayDatePairRefiner } from './refiners/weekdayDatePairs.js';
import { falsePositiveRefiner } from './refiners/falsePositives.js';
import { dateTimeRefiner } from './refiners/dateTimes.js';

/**
 * Our parsers, in priority order: when two results of equal length overlap,
 * chrono keeps the one found first, so ours come before chrono's.
 */
const UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'quarter', 'decade', 'century', 'centuries'].flatMap((u) => [u, `${u}s`]);
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).flatMap((w) => [w, `${w}.`]);
const MONTH_WORDS = Object.keys(MONTHS).flatMap((m) => [m, `${m}.`]);
const key1 = (phrase: string): string => key(phrase).split(/[\s']/)[0]!;
const keyLast = (phrase: string): string => key(phrase).split(' ').pop()!.replace(/'s$/, '');

/**
 * Our parsers, in priority order (when two results of equal length overlap,
 * chrono keeps the one found first, so ours come before chrono's), each with
 * the words one of which a text must hold for the parser to scan it at all
 * (`withTriggers`); none for parsers keyed on digits.
 */
export const NEWSFACTS_PARSERS: Parser[] = [
  withTriggers(holidayParser, holidays.flatMap((h) => h.names.map(key1))),
  withTriggers(newYearParser, ['year']),
  withTriggers(casualDayParser, ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'overnight']),
  withTriggers(weekdayPartParser, ['morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midnight']),
  withTriggers(periodPartParser, ['end', 'beginning', 'start', 'middle', 'close']),
  withTriggers(weekendParser, ['weekend']),
  withTriggers(agoParser, ['ago', 'earlier', 'before', 'later', 'now', 'hence']),
  withTriggers(deicticPeriodParser, ['week', 'weekend', 'month', 'year', 'quarter']),
  withTriggers(theYearParser, ['year']),
  withTriggers(yearAgoAdjectiveParser, ['year-earlier', 'year-ago']),
  withTriggers(quarterParser, ['quarter', 'half']),
  withTriggers(quarterCodeParser, ['q1', 'q2', 'q3', 'q4']),
  withTriggers(reportingQuarterParser, ['quarter', 'period']),
  withTriggers(seasonParser, Object.keys(words.seasons)),
  decadeParser,
  withTriggers(centuryParser, ['century']),
  withTriggers(everyNParser, ['every']),
  withTriggers(everyParser, ['every', 'each', 'per', 'once', 'twice', 'times']),
  withTriggers(setWordParser, Object.keys(words.sets)),
  withTriggers(durationParser, UNIT_WORDS),
  withTriggers(vagueDurationParser, UNIT_WORDS),
  withTriggers(monthDayParser, MONTH_WORDS),
  withTriggers(dayMonthParser, MONTH_WORDS),
  withTriggers(weekdayParser, WEEKDAY_WORDS),
  withTriggers(monthParser, MONTH_WORDS),
  withTriggers(refWordsParser, [...words.presentRef, ...words.pastRef, ...words.futureRef].map(keyLast)),
  withTriggers(spokenYearParser, ['nineteen', 'thousand']),
  yearParser,
];

/**
 * chrono's refiners were written for chrono's results: its filters drop
 * digit-only results ("2014", which our year parser has already checked) and
 * its mergers join neighbours ("Monday" + "after" + "nine hours"). They run on
 * chrono's own results only; ours join them afterwards.
 */
function onChronosResultsOnly(refiners: Refiner[]): Refiner {
  return {
    refine(context, results) {
      let theirs = results.filter((r) => !isOurs(r.start));
      for (const refiner of refiners) theirs = refiner.refine(context, theirs);
      return [...results.filter((r) => isOurs(r.start)), ...theirs].sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * Where results overlap, keep the longer one; on a tie, ours (they come first
 * in the list, being earlier parsers). chrono's own overlap remover, applied to
 * the merged list.
 */
const overlapRemoval: Refiner = {
  refine(_context, results) {
    const kept: typeof results = [];
    for (const r of results) {
      const prev = kept[kept.length - 1];
      if (!prev || r.index >= prev.index + prev.text.length) {
        kept.push(r);
        continue;
      }
      const prevOurs = isOurs(prev.start);
      const longer = r.text.length > prev.text.length || (r.text.length === prev.text.length && !prevOurs && isOurs(r.start));
      if (longer) kept[kept.length - 1] = r;
    }
    return kept;
  },
};

const REPLACED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  // Month-name days: parsers/monthDays.ts reads the news forms for less.
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameLittleEndianParser',
  // Weekdays: parsers/weekdays.ts; "2021 March" (year first) is not news English.
  'ENWeekdayParser',
  'ENYearMonthNameParser',
]);


/** Trigger words for chrono's own parsers, by class name (a renamed class simply stays ungated). */
const CHRONO_TRIGGERS: Record<string, readonly string[]> = {
  ENTimeExpressionParser: [CLOCK_MARK, 'a.m.', 'p.m.', 'am', 'pm', 'noon', 'midnight', "o'clock"],
  SlashDateFormatParser: [NUMERIC_DATE_MARK],
  ISOFormatParser: [NUMERIC_DATE_MARK],
  ENYearMonthDayParser: [NUMERIC_DATE_MARK],
  ENSlashMonthFormatParser: [NUMERIC_DATE_MARK],
};

export function createNewsChrono(): chrono.Chrono {
  // The non-casual English configuration in lenient mode: absolute formats,
  // weekdays, times, "X ago/later", without chrono's casual parsers.
  const config = chrono.configuration.createConfiguration(false, false);
  // chrono's "within 2 days" / "2 days ago" / "2 days later" parsers are
  // replaced by ours (durations and agoParser). Found by class name; should a
  // bundler rename the classes, they simply stay, and ours still win ties.
  config.parsers = config.parsers
    .filter((p) => !REPLACED_PARSERS.has(p.constructor.name))
    .map((p) => {
      const triggers = CHRONO_TRIGGERS[p.constructor.name];
      return triggers ? withTriggers(p, triggers) : p;
    });
  config.parsers.unshift(...NEWSFACTS_PARSERS);
  // Non-dates go first, before chrono's merging can let them swallow a real
  // date ("for two hours" read as a time hid our duration "two hours").
  config.refiners = [
    falsePositiveRefiner,
    onChronosResultsOnly(config.refiners),
    overlapRemoval,
    dateTimeRefiner,
    weekdayDatePairRefiner,
    modifierRefiner,
    coordinatedDayRefiner,
  ];
  return new chrono.Chrono(config);
}
