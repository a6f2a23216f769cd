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
import { refWordsParser } from './parsers/refWords.js';
import { holidayParser } from './parsers/holidays.js';
import { yearParser } from './parsers/years.js';
import { centuryParser, decadeParser } from './parsers/decades.js';
import { seasonParser } from './parsers/seasons.js';
import { quarterCodeParser, quarterParser } from './parsers/quarters.js';
import { agoParser, casualDayParser, deicticPeriodParser, newYearParser } from './parsers/deictic.js';
import { durationParser, vagueDurationParser } from './parsers/durations.js';
import { everyParser, setWordParser } from './parsers/sets.js';
import { monthParser } from './parsers/months.js';
import { monthDayParser } from './parsers/monthDays.js';
import { modifierRefiner } from './refiners/modifiers.js';
import { coordinatedDayRefiner } from './refiners/coordinatedDays.js';
import { weekdayDatePairRefiner } from './refiners/weekdayDatePairs.js';
import { falsePositiveRefiner } from './refiners/falsePositives.js';

/**
 * Our parsers, in priority order: when two results of equal length overlap,
 * chrono keeps the one found first, so ours come before chrono's.
 */
export const NEWSFACTS_PARSERS: Parser[] = [
  holidayParser,
  newYearParser,
  casualDayParser,
  agoParser,
  deicticPeriodParser,
  quarterParser,
  quarterCodeParser,
  seasonParser,
  decadeParser,
  centuryParser,
  everyParser,
  setWordParser,
  durationParser,
  vagueDurationParser,
  monthDayParser,
  monthParser,
  refWordsParser,
  yearParser,
];

/**
 * chrono's filters drop results whose text is only digits ("2014") — right for
 * chrono, wrong for our year parser, which has already checked its context.
 * Wrap every filter so that it judges only chrono's own results.
 */
function sparingOurs(refiner: Refiner): Refiner {
  const filter = refiner as Refiner & { isValid?: unknown };
  if (typeof filter.isValid !== 'function') return refiner;
  return {
    refine(context, results) {
      const theirs = refiner.refine(context, results.filter((r) => !isOurs(r.start)));
      const kept = new Set(theirs);
      return results.filter((r) => isOurs(r.start) || kept.has(r));
    },
  };
}

export function createNewsChrono(): chrono.Chrono {
  // The non-casual English configuration in lenient mode: absolute formats,
  // weekdays, times, "X ago/later", without chrono's casual parsers.
  const config = chrono.configuration.createConfiguration(false, false);
  config.parsers.unshift(...NEWSFACTS_PARSERS);
  // Non-dates go first, before chrono's overlap removal and merging can let
  // them swallow a real date ("for two hours" read as a time hid "two hours").
  config.refiners = [falsePositiveRefiner, ...config.refiners.map(sparingOurs)];
  config.refiners.push(weekdayDatePairRefiner, modifierRefiner, coordinatedDayRefiner);
  return new chrono.Chrono(config);
}
