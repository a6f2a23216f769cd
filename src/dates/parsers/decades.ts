/**
 * Decades and centuries: "the 1990s", "the '90s", "the nineties" → '199';
 * "the 20th century" → '19'. TIMEX3 writes them as truncated years. A bare
 * "'90s" needs its article ("the '90s"): patterns start on a word.
 */
import { specParser } from './common.js';

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
const CENTURY_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

export const decadeParser = specParser(
  'decades',
  `(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(1[0-9]\\d0|20\\d0)s|['’](\\d)0s|(${Object.keys(DECADE_WORDS).join('|')}))`,
  (match) => {
    let decade: string;
    if (match[2]) decade = match[2].slice(0, 3);
    else if (match[3]) decade = (Number(match[3]) >= 3 ? '19' : '20') + match[3];
    else decade = '19' + DECADE_WORDS[match[4]!.toLowerCase()]!;
    // "the nineties" alone could be a temperature or an age; ask for the article.
    if (match[4] && !/^the\s/i.test(match[0])) return null;
    const mod = match[1] ? ({ early: 'START', mid: 'MID', late: 'END' } as const)[match[1].toLowerCase() as 'early'] : undefined;
    return { spec: { fixed: { value: decade, type: 'date', relative: false }, ...(mod ? { mod } : {}) } };
  },
);

export const centuryParser = specParser(
  'centuries',
  `(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(?:the\\s+)?(${Object.keys(CENTURY_ORDINALS).join('|')})[\\s-]+century`,
  (match) => {
    const n = match[1] ? Number(match[1]) : CENTURY_ORDINALS[match[2]!.toLowerCase()];
    if (!n) return null;
    return { spec: { fixed: { value: String(n - 1).padStart(2, '0'), type: 'date', relative: false } } };
  },
);
