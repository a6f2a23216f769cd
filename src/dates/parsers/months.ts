/**
 * A month named alone or with a year: "in June", "last June", "January 2020",
 * "June of 2014" → 'YYYY-06'. Replaces chrono's casual month parser so that a
 * month keeps month granularity and "May"/"March" need a context that makes
 * them months (not the modal, the name or the verb).
 */
import { MONTHS, MONTH_NAMES, key } from '../words.js';
import type { Direction } from '../spec.js';
import { specParser } from './common.js';

const FULL_NAMES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const DIRS: Record<string, Direction | 'this'> = { last: 'past', past: 'past', previous: 'past', next: 'future', coming: 'future', this: 'this' };
/** Words before a bare month that make it a month: "in June", "since March", "early May". */
const MONTH_CONTEXT = /\b(?:in|since|by|until|till|through|during|from|to|of|before|after|early|mid|late|last|next|this|past|coming|previous|between|and|or|until|throughout|the|end|beginning|start|middle)[\s-]*$/i;

export const monthParser = specParser(
  'months',
  `(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\\s+)?(${MONTH_NAMES})(?:,?\\s+(?:of\\s+)?(?:((?:1[6-9]|20)\\d\\d)(?![\\d,.]\\d)|(last|this|next)\\s+year))?`,
  (match, context) => {
    const [, deictic, name, year, yearWord] = match;
    const month = MONTHS[key(name!).replace('.', '')];
    if (!month) return null;
    // A month name is capitalised in news; "may" and "march" in lower case are a verb or a modal.
    if (!/^[A-Z]/.test(name!)) return null;
    const before = context.text.slice(Math.max(0, match.index - 16), match.index);
    // "Jan. 10", "March 3rd": a day follows, and chrono's day parsers own the whole date.
    if (!year && /^\s*\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d{3})/.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 8))) return null;
    if (!year && !deictic) {
      // "Chief inspector June Okafor", "April Nolan said": a month name before a capitalised word is a first name.
      const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 3);
      if (/^\s\p{Lu}/u.test(after) && !MONTH_CONTEXT.test(before)) return null;
      const ambiguous = /^(?:May|March|Mar\.?|Jan|Sept?|Dec)$/.test(name!);
      if (ambiguous && !MONTH_CONTEXT.test(before)) return null;
      // A lone abbreviation needs its period or a context: "Jan" is also a name.
      const abbreviated = !FULL_NAMES.has(name!);
      if (abbreviated && !name!.endsWith('.') && !MONTH_CONTEXT.test(before)) return null;
    }
    if (year) return { spec: { month, year: Number(year), grain: 'month' } };
    // "July last year", "March next year".
    if (yearWord) return { spec: { month, grain: 'month', shift: { unit: 'year', by: { last: -1, this: 0, next: 1 }[yearWord as 'last'] } } };
    const dir = deictic ? DIRS[deictic.toLowerCase()] : undefined;
    if (dir === 'this') return { spec: { month, grain: 'month', shift: { unit: 'year', by: 0 } } };
    return { spec: dir ? { month, grain: 'month', dir } : { month, grain: 'month' } };
  },
  true,
);
