/**
 * newsfacts: typed facts from English news text. This file is the public API
 * and nothing else.
 */
import { runPipeline, type ExtraOf } from './core/pipeline.js';
import { checkLexicon } from './core/options.js';
import type {
  Actor,
  CustomExtractor,
  DateMention,
  ExtractOptions,
  Extraction,
  Lexicon,
  Meeting,
  Position,
} from './types.js';

export type * from './types.js';
export type { ExtraOf } from './core/pipeline.js';

/** Every fact in `text`: publication date, dates, actors, meetings, positions. Synchronous and pure. */
export function extract(text: string, options?: ExtractOptions): Extraction {
  return runPipeline(text, options);
}

/** The dates of `text` (the same pipeline as `extract`). */
export function extractDates(text: string, options?: ExtractOptions): DateMention[] {
  return runPipeline(text, options).dates;
}

/** The actors of `text` (the same pipeline as `extract`). */
export function extractActors(text: string, options?: ExtractOptions): Actor[] {
  return runPipeline(text, options).actors;
}

/** The meetings of `text` (the same pipeline as `extract`). */
export function extractMeetings(text: string, options?: ExtractOptions): Meeting[] {
  return runPipeline(text, options).meetings;
}

/** The stated positions of `text` (the same pipeline as `extract`). */
export function extractPositions(text: string, options?: ExtractOptions): Position[] {
  return runPipeline(text, options).positions;
}

export interface Extractor<E extends readonly CustomExtractor[]> {
  extract(text: string, options?: ExtractOptions): Extraction<ExtraOf<E>>;
}

/**
 * A configured extractor: a lexicon applied to every call (merged with a
 * per-call `options.lexicon`, which wins) and custom extractors whose results
 * appear under `extra[name]`, typed.
 */
export function createExtractor(config?: { lexicon?: Lexicon }): Extractor<[]>;
export function createExtractor<const E extends readonly CustomExtractor<string, any>[]>(config: {
  lexicon?: Lexicon;
  extractors: [...E];
}): Extractor<E>;
export function createExtractor<const E extends readonly CustomExtractor<string, any>[]>(
  config: { lexicon?: Lexicon; extractors?: [...E] } = {},
): Extractor<E> {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new TypeError('newsfacts: "config" must be an object');
  if (config.lexicon !== undefined) checkLexicon(config.lexicon);
  if (config.extractors !== undefined && !Array.isArray(config.extractors)) throw new TypeError('newsfacts: "extractors" must be an array');
  const names = new Set<string>();
  for (const e of config.extractors ?? []) {
    if (!e || typeof e.name !== 'string' || e.name === '' || typeof e.run !== 'function') {
      throw new TypeError('newsfacts: each of "extractors" must be { name: string, run(doc, facts) }');
    }
    if (names.has(e.name)) throw new TypeError(`newsfacts: two custom extractors are named "${e.name}"`);
    names.add(e.name);
  }
  const frozen = { lexicon: config.lexicon, extractors: [...(config.extractors ?? [])] as unknown as E };
  return { extract: (text, options) => runPipeline(text, options, frozen) };
}

/** One story from many articles: merged actors, meetings and positions with their sources (src/merge). */
export { mergeArticles } from './merge/index.js';
