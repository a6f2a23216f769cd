/**
 * Coordinated days: "Jan. 12 and 13" is two dates, "Jan. 12" and "13" (the
 * second borrows the first one's month and year). Also "May 3 or 4".
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../native.js';
import { tagSpec } from '../spec.js';

const FOLLOWER = /^(\s*(?:,|and|or|&|,\s*and)\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[:.]\d|[,.]\d{3}))/i;

export const coordinatedDayRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      out.push(result);
      const spec = specOf(result);
      if (!spec.month || !spec.day || spec.fixed) continue;
      let end = result.index + result.text.length;
      // Follow a chain: "Jan. 12, 13 and 14".
      for (;;) {
        const m = FOLLOWER.exec(context.text.slice(end, end + 20));
        if (!m) break;
        const day = Number(m[2]);
        if (day < 1 || day > 31 || day === spec.day) break;
        const start = end + m[1]!.length;
        const extra = context.createParsingResult(start, m[2]!);
        tagSpec(extra.start, { ...spec, day });
        out.push(extra as ParsingResult);
        end = start + m[2]!.length;
      }
    }
    return out.sort((a, b) => a.index - b.index);
  },
};
