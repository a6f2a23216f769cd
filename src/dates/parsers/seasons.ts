/**
 * Seasons: "last summer", "this winter", "the fall of 2019", "in spring" →
 * 'YYYY-SU'. "fall" and "spring" are common verbs and nouns, so a season needs
 * a determiner, a preposition or a year beside it.
 */
import { key, words } from '../words.js';
import type { Direction } from '../spec.js';
import { specParser } from './common.js';

const SEASONS = words.seasons as Record<string, string>;
const DIRS: Record<string, Direction | 'this'> = { last: 'past', past: 'past', previous: 'past', next: 'future', coming: 'future', this: 'this' };

export const seasonParser = specParser(
  'seasons',
  `(?:(in|during|by|until|through|since|over)\\s+(?:the\\s+)?|(last|next|this|past|coming|previous)\\s+|(the)\\s+)?(${Object.keys(SEASONS).join('|')})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?(?:\\s+(?:of\\s+)?(this|last|next)\\s+year)?`,
  (match) => {
    const [, prep, deictic, article, season, year, yearWord] = match;
    if (!prep && !deictic && !article && !year) return null;
    // "the spring" alone is as often water or a coil: ask for a preposition, a deictic word or a year.
    if (article && !year && !yearWord) return null;
    const code = SEASONS[key(season!)]!;
    // The preposition is context, not part of the expression ("in the spring" → "the spring").
    const offset = prep ? match[0].length - match[0].slice(prep.length).trimStart().length : 0;
    const spec = { season: code, grain: 'season' as const };
    if (year) return { offset, spec: { ...spec, year: Number(year) } };
    if (yearWord) {
      const by = { this: 0, last: -1, next: 1 }[yearWord.toLowerCase() as 'this']!;
      return { offset, spec: { ...spec, shift: { unit: 'year' as const, by } } };
    }
    const dir = deictic ? DIRS[deictic.toLowerCase()] : undefined;
    if (dir === 'this') return { offset, spec: { ...spec, shift: { unit: 'year' as const, by: 0 } } };
    return { offset, spec: dir ? { ...spec, dir } : spec };
  },
);
