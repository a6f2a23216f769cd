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
import { agoParser, casualDayParser, deicticPeriodParser, newYearParser, periodPartParser, weekdayPartParser, weekendParser } from './parsers/deictic.js';
import { durationParser, vagueDurationParser } from './parsers/durations.js';
import { everyNParser, everyParser, setWordParser } from './parsers/sets.js';
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
  weekdayPartParser,
  periodPartParser,
  weekendParser,
  agoParser,
  deicticPeriodParser,
  quarterParser,
  quarterCodeParser,
  seasonParser,
  decadeParser,
  centuryParser,
  everyNParser,
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

export function createNewsChrono(): chrono.Chrono {
  // The non-casual English configuration in lenient mode: absolute formats,
  // weekdays, times, "X ago/later", without chrono's casual parsers.
  const config = chrono.configuration.createConfiguration(false, false);
  config.parsers.unshift(...NEWSFACTS_PARSERS);
  // Non-dates go first, before chrono's merging can let them swallow a real
  // date ("for two hours" read as a time hid our duration "two hours").
  config.refiners = [
    falsePositiveRefiner,
    onChronosResultsOnly(config.refiners),
    overlapRemoval,
    weekdayDatePairRefiner,
    modifierRefiner,
    coordinatedDayRefiner,
  ];
  return new chrono.Chrono(config);
}
