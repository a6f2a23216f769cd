/**
 * Coordinated days and day ranges: "Jan. 12 and 13", "May 3 or 4", "April 9,
 * 10 and 11", "March 3–4, 2022" are one date per day (TIMEX3 annotates each),
 * the later days borrowing the first one's month. A year written after the
 * last day ("March 3–4, 2022") belongs to all of them.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../native.js';
import { tagSpec, type DateSpec } from '../spec.js';

const JOINT = String.raw`(?:\s*(?:[-–—]|,)\s*|\s+(?:and|or|&|to|through|until)\s+|,\s*and\s+)`;
const FOLLOWER = new RegExp(String.raw`^(${JOINT})(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[:.]\d|[,.]\d{3}))(,?\s+((?:1[6-9]|20)\d\d)\b)?`, 'i');

export const coordinatedDayRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    const absorbed = new Set<number>(); // start offsets of year results a range took over
    for (const result of results) {
      const spec = specOf(result);
      if (!spec.month || !spec.day || spec.fixed) {
        out.push(result);
        continue;
      }
      const chain: Array<{ start: number; text: string; day: number }> = [];
      let end = result.index + result.text.length;
      let year: number | undefined;
      for (;;) {
        const m = FOLLOWER.exec(context.text.slice(end, end + 32));
        if (!m) break;
        const day = Number(m[2]);
        if (day < 1 || day > 31 || day === spec.day) break;
        const start = end + m[1]!.length;
        chain.push({ start, text: m[2]!, day });
        end = start + m[2]!.length;
        if (m[4]) {
          year = Number(m[4]);
          absorbed.add(end + m[3]!.length - m[4].length);
          break;
        }
      }
      const shared: DateSpec = year !== undefined && spec.year === undefined ? { ...spec, year } : spec;
      if (shared !== spec) tagSpec(result.start, shared);
      out.push(result);
      for (const c of chain) {
        const extra = context.createParsingResult(c.start, c.text);
        tagSpec(extra.start, { ...shared, day: c.day });
        out.push(extra as ParsingResult);
      }
    }
    return out.filter((r) => !absorbed.has(r.index)).sort((a, b) => a.index - b.index);
  },
};
