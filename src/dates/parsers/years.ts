/**
 * A year on its own: "in 2014", "since 2002", "the 2015 deal", "mid-2020".
 * Four-digit numbers are often counts ("2,014 votes", "1500 troops"), so a
 * number is a year only when its context says so (see `looksLikeYear`).
 */
import { specParser } from './common.js';

/** Words that introduce a quantity, not a year: "about 2000 people", "more than 1500". */
const QUANTITY_BEFORE = /(?:about|around|nearly|some|over|than|approximately|roughly|almost|least|total\s+of|up\s+to|just|only|another|additional|extra|[$€£¥#№]|No\.?)\s*$/i;
/** Nouns that number things, so the number after them is a label: "room 1999", "Flight 2020", "No. 1995". */
const IDENTIFIER_BEFORE = /\b(?:room|flight|route|no\.?|nos\.?|number|page|pages|chapter|article|section|model|version|highway|road|bus|train|line|platform|gate|seat|suite|apartment|box|code|channel|pier|terminal|item|exhibit|resolution|paragraph|opus|op\.|tel\.?|phone|extension|ext\.?|account|order|case|file|form|ticket|vol\.?|volume|issue|lot|unit|block|street|avenue|st\.|ave\.|boeing|airbus|windows|office|iphone|galaxy|mark|mk\.?|type|class|batch|serial|id|pin|zip|postcode|flat|cell|ward|bed|bay|hall|stand|row|level|floor|grade|size|score|rank|ranked|tier|step|stage|phase|round|match|game|race|lap|hole|mile|km|kilometre|kilometer|meter|metre|feet|ft\.?|elevation|altitude|height|depth|interstate|i-|us-|a|an)\s*#?\s*$/i;
/** A unit or a counted plural after the number: "2002 troops", "1999 percent". */
const COUNT_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|[a-z]+s\b(?!['’]))/;

export function looksLikeYear(text: string, start: number, end: number, value: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (QUANTITY_BEFORE.test(before)) return false;
  if (/^[.,]\d/.test(after) || /\d[.,]$/.test(before)) return false;
  if (COUNT_AFTER.test(after) && !/\bthe\s*$/i.test(before)) return false;
  // Before 1900 a four-digit number is more often a count; ask for a clear cue.
  if (value < 1900) return /\b(?:in|since|by|until|from|of|the|during)\s*$/i.test(before);
  // "a 1971 convention" is a year but "a 1500-strong force" was caught above; "room 1999" is a label.
  if (/\ban?\s*$/i.test(before)) return true;
  return !IDENTIFIER_BEFORE.test(before);
}

export const yearParser = specParser('years', `((?:1[6-9]|20)\\d\\d)`, (match, context) => {
  const start = match.index;
  const value = Number(match[1]);
  if (!looksLikeYear(context.text, start, start + match[0].length, value)) return null;
  return { spec: { year: value, grain: 'year' } };
});

const UNITS_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_ALT = Object.keys(UNITS_WORDS).join('|');

/**
 * Years spelt out, as broadcast transcripts write them: "nineteen ninety-six"
 * → 1996, "nineteen oh five" → 1905, "the year two thousand" → 2000,
 * "two thousand and one" → 2001.
 */
export const spokenYearParser = specParser(
  'spokenYears',
  `(?:the\\s+year\\s+)?(?:nineteen[\\s-]+(?:(${Object.keys(TEENS).join('|')})|(${Object.keys(TENS).join('|')})(?:[\\s-](${UNIT_ALT}))?|oh[\\s-](${UNIT_ALT}))|two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT_ALT}|${Object.keys(TEENS).join('|')}))?)`,
  (match) => {
    const [, teen, tens, unit, oh, after2000] = match;
    let year: number;
    if (teen) year = 1900 + TEENS[teen.toLowerCase()]!;
    else if (tens) year = 1900 + TENS[tens.toLowerCase()]! + (unit ? UNITS_WORDS[unit.toLowerCase()]! : 0);
    else if (oh) year = 1900 + UNITS_WORDS[oh.toLowerCase()]!;
    else year = 2000 + (after2000 ? (UNITS_WORDS[after2000.toLowerCase()] ?? TEENS[after2000.toLowerCase()] ?? 0) : 0);
    // "two thousand" alone is usually a count ("two thousand people") unless introduced as a year.
    if (!match[0].toLowerCase().startsWith('the year') && year === 2000) return null;
    return { spec: { year, grain: 'year' } };
  },
);
