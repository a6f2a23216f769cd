/**
 * A weekday written beside its date, "Monday (December 27th)" or "December
 * 27th (Monday)": the weekday is that same day, whatever the tense says.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../native.js';
import { tagSpec } from '../spec.js';

const BETWEEN = /^\s*[(,–—-]?\s*$/;

export const weekdayDatePairRefiner: Refiner = {
  refine(context, results) {
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1]!;
      const between = context.text.slice(a.index + a.text.length, b.index);
      if (!BETWEEN.test(between)) continue;
      const sa = specOf(a);
      const sb = specOf(b);
      const [weekdayResult, dateSpec] = sa.weekday !== undefined && sb.day ? [a, sb] : sb.weekday !== undefined && sa.day ? [b, sa] : [undefined, undefined];
      if (!weekdayResult || !dateSpec) continue;
      const weekdaySpec = specOf(weekdayResult);
      const { weekday: _drop, ...rest } = weekdaySpec;
      tagSpec(weekdayResult.start, { ...rest, month: dateSpec.month, day: dateSpec.day, ...(dateSpec.year ? { year: dateSpec.year } : {}) });
    }
    return results as ParsingResult[];
  },
};
