/**
 * Results that are not dates in news text, whichever parser found them:
 * fractions and scores read as slash dates ("2/3 of", "6/4"), a lone
 * lower-case weekday abbreviation ("sat", "wed"), clock-less numbers chrono's
 * casual time parser took for times ("at 5"), chrono's "within" durations
 * ("for two hours") that our duration parser reads as TIMEX3 durations.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { isOurs } from '../spec.js';

function isNotADate(text: string, result: ParsingResult): boolean {
  if (isOurs(result.start)) return false;
  const t = text.trim();
  if (/^\d{1,2}\s*\/\s*\d{1,2}$/.test(t)) return true; // fractions, scores
  if (/^(?:sat|sun|wed|mon|thu|fri|tue|march|may)$/.test(t)) return true; // lower-case words
  if (/^(?:at|by|from|until|to)?\s*\d{1,2}$/i.test(t)) return true; // "at 5"
  if (/^\d{1,3}(?:\.\d+)?\s*(?:-|to)\s*\d{1,3}(?:\.\d+)?$/.test(t)) return true; // "7-9", scores and ranges of numbers
  if (/^(?:the\s+)?(?:first|second|third|fourth|\d+(?:st|nd|rd|th))$/i.test(t)) return true; // ordinals
  if (/\d,\s*\d{1,2}$/.test(t)) return true;
  if (/^(?:at\s+)?\d{1,2}\.\d{2}(?!\s*[ap]\.?m)/i.test(t)) return true; // "fell 6.43, on Friday": a figure, not 06:43 // "April 9, 10": a coordinated day, not the year '10
  if (/^(?:for|within|in|over)\s/i.test(t)) return true;
  if (/^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i.test(t)) return true; // "The Sun", "Sat" without a date
  if (/^(?:the\s+)?(?:days|weeks|months|years)\s+(?:before|after|earlier|later|ago)$/i.test(t)) return true; // "the weeks before" // "for two hours": a duration, which our parser reads
  if (/\n/.test(t) || /\d\s*[ap]$/i.test(t)) return true; // "Part 1\n\nA" read as 1 a.m.
  return false;
}

export const falsePositiveRefiner: Refiner = {
  refine(_context, results) {
    return results.filter((r) => !isNotADate(r.text, r as ParsingResult));
  },
};
