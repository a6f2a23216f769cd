/**
 * Durations: "two hours" → P2H, "three-year" → P3Y, "a decade" → P10Y,
 * "more than a month" → P1M, "month-long" → P1M, "for months" / "weeks" /
 * "recent years" → PXM / PXW / PXY (an unknown number of units).
 */
import { QUANTITY, alternation, key, parseQuantity, words } from '../words.js';
import type { DateMod } from '../../types.js';
import { specParser } from './common.js';

const UNIT_CODES: Record<string, { code: string; time: boolean; factor: number }> = {
  second: { code: 'S', time: true, factor: 1 }, minute: { code: 'M', time: true, factor: 1 }, hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 }, week: { code: 'W', time: false, factor: 1 }, fortnight: { code: 'W', time: false, factor: 2 },
  month: { code: 'M', time: false, factor: 1 }, year: { code: 'Y', time: false, factor: 1 }, quarter: { code: 'Q', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 }, century: { code: 'Y', time: false, factor: 100 },
};
const UNIT_WORDS = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|quarters?|decades?|century|centuries';

function unitOf(word: string): { code: string; time: boolean; factor: number } {
  const singular = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return UNIT_CODES[singular]!;
}

function durationValue(n: number | 'X', unitWord: string): string {
  const unit = unitOf(unitWord);
  const amount = n === 'X' ? 'X' : String(Number((n * unit.factor).toFixed(2)));
  return unit.time ? `PT${amount}${unit.code}` : `P${amount}${unit.code}`;
}

const QUALIFIERS = words.durationQualifiers as Record<string, string | null>;
const VAGUE = alternation(words.vagueQuantities);

/** "two hours", "about three years", "a 10-year", "the past three months", "half a century". */
export const durationParser = specParser(
  'durations',
  `(?:(${alternation(Object.keys(QUALIFIERS))})\\s+)?(${QUANTITY})(?:\\s+|-)(${UNIT_WORDS})(?:-(?:long|old))?`,
  (match, context) => {
    const n = parseQuantity(match[2]!);
    if (n === undefined) return null;
    // "the 1988 quarter", "the 2015 season": a year, not a count.
    if (/^(?:1[6-9]|20)\d\d$/.test(match[2]!)) return null;
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    // "two years ago" / "a week later" are dates (agoParser), "a year" in "twice a year" a set.
    if (/^\s+(?:ago|earlier|later|from\s+now|hence)\b/i.test(after)) return null;
    const before = context.text.slice(Math.max(0, match.index - 10), match.index);
    if (/\b(?:once|twice|times|per)\s+$/i.test(before) && /^(a|an|one)$/i.test(match[2]!)) return null;
    // "a quarter of the market" is a fraction; "$1.76 a year", "5% a year" are rates.
    if (/^quarters?$/i.test(match[3]!) && /^\s+of\b/i.test(after)) return null;
    if (/^an?$/i.test(match[2]!) && /(?:[\d%]|\b(?:million|billion|trillion|cents?|dollars?|euros?|pounds?|percent|yen|a\s+share))\s*$/i.test(before)) return null;
    // Ages ("a 9-year-old", "62 years old") are not spans of time in TimeML news annotation.
    if (/-old$/i.test(match[0]) || /^\s+old\b/i.test(after)) return null;
    // "three-quarters" is a fraction.
    if (/^quarters?$/i.test(match[3]!) && /-/.test(match[0])) return null;
    // "a second round", "a minute's silence" are not spans of time.
    if (/^an?$/i.test(match[2]!) && /^seconds?$/i.test(match[3]!)) return null;
    const qualifier = match[1] ? QUALIFIERS[key(match[1])] : undefined;
    const mod = qualifier ? (qualifier as DateMod) : undefined;
    return { spec: { fixed: { value: durationValue(n, match[3]!), type: 'duration', relative: false }, ...(mod ? { mod } : {}) } };
  },
);

/** "for months", "weeks of talks", "recent years", "several days", "month-long" (no number). */
export const vagueDurationParser = specParser(
  'vagueDurations',
  `(?:(?:in\\s+)?((?:recent|(?:the\\s+)?(?:past|last|coming|next))(?:\\s+(?:${VAGUE}))?|${VAGUE})\\s+)?(days|weeks|months|years|decades|hours|minutes)|(day|week|month|year|decade)-long`,
  (match, context) => {
    if (match[3]) return { spec: { fixed: { value: durationValue(1, match[3]), type: 'duration', relative: false } } };
    const unitWord = match[2]!;
    const before = context.text.slice(Math.max(0, match.index - 12), match.index);
    // "the second in as many months" counts events, not time.
    if (/\bas\s+$/i.test(before) && /^many\b/i.test(match[1] ?? '')) return null;
    // A bare plural is a duration only when nothing counts it ("2 weeks" is durationParser's).
    if (!match[1] && /(?:\d|\b(?:the|these|those|their|its|his|her|our|some|all|many|both|of|whose))\s*$/i.test(before)) return null;
    return { spec: { fixed: { value: durationValue('X' as const, unitWord), type: 'duration', relative: false } } };
  },
);
