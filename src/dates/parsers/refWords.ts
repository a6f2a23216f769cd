/**
 * PRESENT_REF / PAST_REF / FUTURE_REF: "now", "currently", "recently",
 * "previously", "in the future" (TIMEX3's vague references to the present, past
 * and future). The word lists live in temporal-words.json.
 */
import { alternation, key, words } from '../words.js';
import { specParser } from './common.js';

const VALUES = new Map<string, string>();
for (const w of words.presentRef) VALUES.set(key(w), 'PRESENT_REF');
for (const w of words.pastRef) VALUES.set(key(w), 'PAST_REF');
for (const w of words.futureRef) VALUES.set(key(w), 'FUTURE_REF');

export const refWordsParser = specParser('refWords', `(${alternation([...VALUES.keys()])})`, (match) => {
  const value = VALUES.get(key(match[1]!));
  if (!value) return null;
  // PRESENT_REF and its kin need no reference date to be written down (SPEC: relative = needed it).
  return { spec: { fixed: { value, type: 'date', relative: false } } };
});
