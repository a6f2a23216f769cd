/**
 * `mergeArticles`: one story from many articles. Actors are merged first,
 * because meetings and positions are compared through the Digest's actor ids;
 * see actors.ts, meetings.ts and positions.ts for when two items are one.
 */
import type { Digest, Extraction } from '../types.js';
import { mergeActors } from './actors.js';
import { mergeMeetings, timeline } from './meetings.js';
import { mergePositions } from './positions.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Fails loudly on input that is not a list of Extractions, rather than merging garbage. */
function checkExtractions(extractions: unknown): asserts extractions is Extraction[] {
  if (!Array.isArray(extractions)) {
    throw new TypeError(`newsfacts: mergeArticles(extractions) must be an array of extractions, got ${describe(extractions)}`);
  }
  extractions.forEach((x: unknown, i) => {
    const ok =
      typeof x === 'object' &&
      x !== null &&
      ['actors', 'meetings', 'positions'].every((k) => Array.isArray((x as Record<string, unknown>)[k]));
    if (!ok) {
      throw new TypeError(
        `newsfacts: mergeArticles(extractions) item ${i} must be an Extraction with actors, meetings and positions arrays, got ${describe(x)}`,
      );
    }
  });
}

/** The article ids: given (one unique string per extraction) or '0', '1', …. */
function articleIds(options: unknown, count: number): string[] {
  if (options === undefined || options === null) return Array.from({ length: count }, (_, i) => String(i));
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`newsfacts: mergeArticles(options) must be an object, got ${describe(options)}`);
  }
  const ids = (options as { ids?: unknown }).ids;
  if (ids === undefined) return Array.from({ length: count }, (_, i) => String(i));
  const problem = !Array.isArray(ids)
    ? `got ${describe(ids)}`
    : ids.some((id) => typeof id !== 'string')
      ? 'got a non-string item'
      : new Set(ids).size !== ids.length
        ? 'got a repeated id'
        : ids.length !== count
          ? `got ${ids.length} for ${count} extractions`
          : undefined;
  if (problem !== undefined) {
    throw new TypeError(`newsfacts: mergeArticles(options.ids) must be an array of unique strings, one per extraction: ${problem}`);
  }
  return [...(ids as string[])];
}

/**
 * One set of actors, meetings and positions across many articles about the
 * same story. Each merged item lists, in `sources`, the article-level items it
 * came from (with that article's mentions); ids in the Digest refer to the
 * Digest's own actors. Pure: the extractions are not modified.
 */
export function mergeArticles(extractions: Extraction[], options?: { ids?: string[] }): Digest {
  checkExtractions(extractions);
  const ids = articleIds(options, extractions.length);
  const { actors, idMaps } = mergeActors(
    extractions.map((x) => x.actors),
    ids,
  );
  const meetings = mergeMeetings(
    extractions.map((x) => x.meetings),
    ids,
    idMaps,
    actors,
  );
  const positions = mergePositions(
    extractions.map((x) => x.positions),
    ids,
    idMaps,
  );
  return { articles: ids, actors, meetings, positions, timeline: timeline(meetings) };
}
