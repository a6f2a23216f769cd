/**
 * Quarters and halves, as business news writes them: "the third quarter",
 * "the first quarter of 2020", "Q3 2019", "the fourth-quarter results",
 * "the first half" → 'YYYY-Q3', 'YYYY-H1'. "this/last/next quarter" are deictic.
 */
import { specParser } from './common.js';
import { MONTHS, MONTH_NAMES, key } from '../words.js';
import { quarterOf } from '../calendar.js';

const ORDINAL: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

const YEAR_TAIL = `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)|(this|last|next)\\s+year))?`;

export const quarterParser = specParser(
  'quarters',
  `(?:the\\s+)?(?:((?:19|20)\\d\\d)\\s+|(year-ago|year-earlier|(?:previous|last|this|next)\\s+year['’]s)\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?(quarter|half)${YEAR_TAIL}`,
  (match) => {
    const [, yearBefore, yearAgo, ordinal, period, yearAfter, yearWord] = match;
    const n = ORDINAL[ordinal!.toLowerCase()]!;
    const isHalf = period!.toLowerCase() === 'half';
    if (isHalf && n > 2) return null;
    const base = isHalf ? { half: n, grain: 'half' as const } : { quarter: n, grain: 'quarter' as const };
    const year = yearBefore ?? yearAfter;
    if (year) return { spec: { ...base, year: Number(year) } };
    // "the year-ago third quarter": the same quarter a year before; "next year's first quarter".
    if (yearAgo) {
      const by = /^(?:this)/i.test(yearAgo) ? 0 : /^next/i.test(yearAgo) ? 1 : -1;
      return { spec: { ...base, shift: { unit: 'year', by } } };
    }
    if (yearWord) {
      const by = { this: 0, last: -1, next: 1 }[yearWord.toLowerCase() as 'this']!;
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

/**
 * Quarters named by their place in the reporting calendar, as business news
 * writes them: "the quarter", "the latest quarter", "the most recent
 * quarter" → the last quarter completed before the reference (results are
 * reported after a quarter ends); "the current quarter" → the one under way;
 * "the year-ago quarter", "the year-earlier period", "last year's quarter" →
 * the same quarter a year before the latest one.
 */
export const reportingQuarterParser = specParser(
  'reportingQuarters',
  `the\\s+(?:(latest|most\\s+recent|recent|just-ended|just\\s+ended|past|current|year-ago|year-earlier|previous|prior)\\s+)?(quarter|period)(?!-)|(last\\s+year['’]s)\\s+(quarter|period)`,
  (match, context) => {
    const which = (match[1] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const noun = (match[2] ?? match[4])!.toLowerCase();
    // "the quarter ended July 31": the quarter holding that day (its year from the tense).
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const ended = new RegExp(`^\\s+end(?:ed|ing|s)\\s+(${MONTH_NAMES})`).exec(after);
    const endMonth = ended ? MONTHS[key(ended[1]!).replace('.', '')] : undefined;
    if (endMonth && !which.startsWith('year') && !which.startsWith('last year')) {
      return { spec: { quarter: quarterOf(endMonth), grain: 'quarter', dir: 'past' } };
    }
    // "the period" alone is too vague; with a reporting word it is the quarter.
    if (noun === 'period' && !which) return null;
    let by = -1;
    if (which === 'current') by = 0;
    else if (which === 'year-ago' || which === 'year-earlier' || which.startsWith('last year')) by = -5;
    else if (which === 'previous' || which === 'prior') by = -2;
    return { spec: { shift: { unit: 'quarter', by }, grain: 'quarter' } };
  },
);
