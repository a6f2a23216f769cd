/**
 * Quarters and halves, as business news writes them: "the third quarter",
 * "the first quarter of 2020", "Q3 2019", "the fourth-quarter results",
 * "the first half" → 'YYYY-Q3', 'YYYY-H1'. "this/last/next quarter" are deictic.
 */
import { specParser } from './common.js';

const ORDINAL: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

const YEAR_TAIL = `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)|(this|last|next)\\s+year))?`;

export const quarterParser = specParser(
  'quarters',
  `(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?(quarter|half)${YEAR_TAIL}`,
  (match) => {
    const n = ORDINAL[match[1]!.toLowerCase()]!;
    const isHalf = match[2]!.toLowerCase() === 'half';
    if (isHalf && n > 2) return null;
    const base = isHalf ? { half: n, grain: 'half' as const } : { quarter: n, grain: 'quarter' as const };
    if (match[3]) return { spec: { ...base, year: Number(match[3]) } };
    if (match[4]) {
      const by = { this: 0, last: -1, next: 1 }[match[4].toLowerCase() as 'this']!;
      return { spec: { ...base, shift: { unit: 'year', by } } };
    }
    return { spec: base };
  },
);

export const quarterCodeParser = specParser(
  'quarterCodes',
  `Q([1-4])(?:\\s+|[-/])?((?:19|20)\\d\\d|['’]\\d\\d)?`,
  (match) => {
    const year = match[2] ? (match[2].length === 4 ? Number(match[2]) : 2000 + Number(match[2].slice(1))) : undefined;
    return { spec: { quarter: Number(match[1]), grain: 'quarter', ...(year ? { year } : {}) } };
  },
  true,
);
