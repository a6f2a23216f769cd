/**
 * A year on its own: "in 2014", "since 2002", "the 2015 deal", "mid-2020".
 * Four-digit numbers are often counts ("2,014 votes", "1500 troops"), so a
 * number is a year only when its context says so (see `looksLikeYear`).
 */
import { specParser } from './common.js';

/** Words that introduce a quantity, not a year: "about 2000 people", "more than 1500". */
const QUANTITY_BEFORE = /(?:about|around|nearly|some|over|than|approximately|roughly|almost|least|total\s+of|up\s+to|just|only|another|additional|extra|[$€£¥#№]|No\.?)\s*$/i;
/** Words that introduce a year: "in 2014", "since 2002", "the 2015 deal". */
const YEAR_BEFORE = /(?:\b(?:in|since|by|until|till|from|to|through|during|of|before|after|the|and|or|between|early|mid|late|fiscal|year|spring|summer|autumn|fall|winter|around|circa|c\.|ca\.|pre|post|this|that|its|their|his|her|our|a|an)|['’]s|[,(–—-])\s*$/i;
/** A unit or a counted plural after the number: "2002 troops", "1999 percent". */
const COUNT_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|[a-z]+s\b(?!['’]))/;

export function looksLikeYear(text: string, start: number, end: number, value: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (QUANTITY_BEFORE.test(before)) return false;
  if (/^[.,]\d/.test(after) || /\d[.,]$/.test(before)) return false;
  const introduced = YEAR_BEFORE.test(before) || /^\s*$/.test(before) || /[\n"“(]\s*$/.test(before);
  if (COUNT_AFTER.test(after) && !/\bthe\s*$/i.test(before)) return false;
  // Before 1900 a four-digit number is more often a count; ask for a clear cue.
  if (value < 1900) return /\b(?:in|since|by|until|from|of|the|during)\s*$/i.test(before);
  // After any other word a number is an identifier or a count: "room 1999", "Flight 2020", "sent 2000".
  return introduced;
}

export const yearParser = specParser('years', `((?:1[6-9]|20)\\d\\d)`, (match, context) => {
  const start = match.index;
  const value = Number(match[1]);
  if (!looksLikeYear(context.text, start, start + match[0].length, value)) return null;
  return { spec: { year: value, grain: 'year' } };
});
