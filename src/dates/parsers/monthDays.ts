/**
 * Calendar days written with a month name, the forms news uses:
 *   "Jan. 10", "January 10th", "Sept. 30, 1998", "March 3 2020",
 *   "Friday, Dec 3, 2021", "Tuesday, Feb. 4" (the weekday pins the year),
 *   "12 March 2020", "3rd of June", "the 5th of May 2019".
 * chrono reads these too, but its lookahead mistakes a following "am…" word
 * for a clock ("Jan. 10 amid" is lost), and its general parsers cost more:
 * these two parsers own the news forms and chrono's month-name day parsers
 * are left out (chrono.ts).
 */
import { MONTHS, MONTH_NAMES, WEEKDAYS, key } from '../words.js';
import { specParser } from './common.js';

const WEEKDAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun\\.?|Mon\\.?|Tue\\.?|Tues\\.?|Wed\\.?|Thu\\.?|Thur\\.?|Thurs\\.?|Fri\\.?|Sat\\.?';
const YEAR = `((?:1[6-9]|20)\\d\\d)(?![\\d,.]\\d)`;
/** Not a day when a clock, a percentage or a longer number follows ("Jan. 10 am", "May 5.5%"). */
const NOT_A_DAY_AFTER = `(?![\\d:.,]\\d|\\s*(?:%|percent|a\\.?m\\.?\\b|p\\.?m\\.?\\b))`;

function weekdayOf(name: string | undefined): number | undefined {
  return name ? WEEKDAYS[key(name).replace('.', '')] : undefined;
}

export const monthDayParser = specParser(
  'monthDays',
  `(?:(${WEEKDAY_NAMES}),?\\s+)?(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${NOT_A_DAY_AFTER}`,
  (match) => {
    const month = MONTHS[key(match[2]!).replace('.', '')];
    const day = Number(match[3]);
    if (!month || day < 1 || day > 31) return null;
    const weekday = weekdayOf(match[1]);
    return { spec: { month, day, grain: 'day', ...(match[4] ? { year: Number(match[4]) } : {}), ...(weekday !== undefined ? { weekday } : {}) } };
  },
  true,
);

export const dayMonthParser = specParser(
  'dayMonths',
  `(?:(${WEEKDAY_NAMES}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_NAMES})(?:,?\\s+${YEAR})?`,
  (match, context) => {
    const month = MONTHS[key(match[3]!).replace('.', '')];
    const day = Number(match[2]);
    if (!month || day < 1 || day > 31) return null;
    // "3 May be too many": May the modal, not the month.
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (/^May$/.test(match[3]!) && !match[4] && /^\s+(?:be|have|not|also|well|still|never|only|take|come|go|need|prove|seem|become|help|lead|face|want|get|make|do)\b/.test(after)) return null;
    const weekday = weekdayOf(match[1]);
    return { spec: { month, day, grain: 'day', ...(match[4] ? { year: Number(match[4]) } : {}), ...(weekday !== undefined ? { weekday } : {}) } };
  },
  true,
);
