/**
 * Sets (recurring times): "every week" → P1W, "each year" → P1Y, "daily",
 * "annually", "twice a year", "every Monday" → XXXX-WXX-1.
 */
import { QUANTITY, alternation, key, parseQuantity, words, WEEKDAYS } from '../words.js';
import { specParser } from './common.js';

const SET_WORDS = words.sets as Record<string, string>;
const UNIT: Record<string, string> = {
  day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', hour: 'PT1H', decade: 'P10Y',
};

export const setWordParser = specParser('setWords', `(${alternation(Object.keys(SET_WORDS))})`, (match) => ({
  spec: { fixed: { value: SET_WORDS[key(match[1]!)]!, type: 'set', relative: false } },
}));

/** "every four years", "every two weeks" → P4Y, P2W. */
export const everyNParser = specParser(
  'everyN',
  `every\\s+(${QUANTITY})\\s+(days|weeks|months|years|hours|decades)`,
  (match) => {
    const n = parseQuantity(match[1]!);
    if (n === undefined) return null;
    const unit = match[2]!.toLowerCase().replace(/s$/, '');
    const value = UNIT[unit]!.replace('1', String(unit === 'decade' ? n * 10 : n));
    return { spec: { fixed: { value, type: 'set', relative: false } } };
  },
);

export const everyParser = specParser(
  'every',
  `(?:(?:every|each)(?:\\s+(other))?|per|(?:once|twice|(?:\\w+\\s+)?times)\\s+(?:a|an|per|every|each))\\s+(day|night|morning|evening|week|weekend|month|year|quarter|hour|decade|sunday|monday|tuesday|wednesday|thursday|friday|saturday)`,
  (match) => {
    const unit = match[2]!.toLowerCase();
    if (unit in WEEKDAYS) return { spec: { fixed: { value: `XXXX-WXX-${WEEKDAYS[unit] || 7}`, type: 'set', relative: false } } };
    let value = UNIT[unit]!;
    if (match[1]) value = value.replace('1', '2');
    return { spec: { fixed: { value, type: 'set', relative: false } } };
  },
);
