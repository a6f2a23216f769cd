/**
 * A clock time beside its day is one expression: "10:30 a.m. Tuesday",
 * "3 p.m. Thursday", "Monday at 9 a.m.", "Nov. 6 at 5 p.m." → the day with
 * the time (TIMEX3 '2019-06-11T10:30'). chrono finds the time, our parsers
 * the day; this joins them.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../native.js';
import { tagSpec } from '../spec.js';

const BETWEEN = /^\s*(?:,|on|at|,\s*on|,\s*at)?\s*$/i;

export const dateTimeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i] as ParsingResult;
      const b = results[i + 1] as ParsingResult | undefined;
      if (!b) {
        out.push(a);
        continue;
      }
      const sa = specOf(a);
      const sb = specOf(b);
      const between = context.text.slice(a.index + a.text.length, b.index);
      const isClock = (s: typeof sa): boolean => !!s.time && s.shift?.unit === 'day' && s.shift.by === 0 && s.month === undefined && s.weekday === undefined;
      const isDay = (s: typeof sa): boolean => !s.time && !s.fixed && s.grain === 'day' && (s.weekday !== undefined || s.day !== undefined);
      if (BETWEEN.test(between) && ((isClock(sa) && isDay(sb)) || (isDay(sa) && isClock(sb)))) {
        const [day, clock] = isDay(sa) ? [sa, sb] : [sb, sa];
        const merged = context.createParsingResult(a.index, b.index + b.text.length);
        tagSpec(merged.start, { ...day, time: clock.time });
        out.push(merged as ParsingResult);
        i++;
        continue;
      }
      out.push(a);
    }
    return out;
  },
};
