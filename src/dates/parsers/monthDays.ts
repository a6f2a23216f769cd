/**
 * Month and day, with an optional year: "Jan. 10", "January 10th",
 * "Sept. 30, 1998", "March 3 2020". chrono reads these too, but its lookahead
 * mistakes a following "am…" word for a clock ("Jan. 10 amid" is lost); this
 * parser owns the common news form and leaves the rest to chrono.
 */
import { MONTHS, MONTH_NAMES, key } from '../words.js';
import { specParser } from './common.js';


export const monthDayParser = specParser(
  'monthDays',
  `(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?![\\d,.]\\d))?(?![\\d:.,]\\d|\\s*(?:%|percent|a\\.?m\\.?\\b|p\\.?m\\.?\\b))`,
  (match) => {
    const month = MONTHS[key(match[1]!).replace('.', '')];
    const day = Number(match[2]);
    if (!month || day < 1 || day > 31) return null;
    return { spec: { month, day, grain: 'day', ...(match[3] ? { year: Number(match[3]) } : {}) } };
  },
  true,
);
