/**
 * The extractor pipeline: analyse the text once, then run the built-in
 * extractors in a fixed order (dates → actors → meetings → positions), each
 * reading the shared document and the facts found before it, then any custom
 * extractors, whose results land under `extra[name]`.
 */
import { analyze } from './analyze.js';
import { checkLength, checkOptions, checkText, normalizePublishedAt } from './options.js';
import { findDates } from '../dates/index.js';
import { findActors } from '../actors/index.js';
import { findMeetings } from '../meetings/index.js';
import { findPositions } from '../positions/index.js';
import type { CustomExtractor, ExtractOptions, Extraction, Facts, Lexicon } from '../types.js';

/** Results of a list of custom extractors, keyed by name. */
export type ExtraOf<E extends readonly CustomExtractor[]> = {
  [K in E[number] as K['name']]: K extends CustomExtractor<string, infer T> ? T[] : never;
};

/** Merge the configured lexicon with the per-call one (per-call entries come last, so they win). */
function mergeLexicons(base: Lexicon | undefined, call: Lexicon | undefined): Lexicon | undefined {
  if (!base) return call;
  if (!call) return base;
  return {
    actors: [...(base.actors ?? []), ...(call.actors ?? [])],
    titles: [...(base.titles ?? []), ...(call.titles ?? [])],
    cues: [...(base.cues ?? []), ...(call.cues ?? [])],
    meetingWords: [...(base.meetingWords ?? []), ...(call.meetingWords ?? [])],
  };
}

export function runPipeline<E extends readonly CustomExtractor[]>(
  text: unknown,
  rawOptions: unknown,
  config: { lexicon?: Lexicon; extractors?: E } = {},
): Extraction<ExtraOf<E>> {
  checkText(text);
  const options: ExtractOptions = checkOptions(rawOptions);
  checkLength(text, options.maxLength);
  const given = normalizePublishedAt(options.publishedAt);
  const lexicon = mergeLexicons(config.lexicon, options.lexicon);
  const doc = analyze(text);

  const { publishedAt, dates } = findDates(doc, given);
  const facts: Facts = { publishedAt, dates, actors: [], meetings: [], positions: [] };
  facts.actors = findActors(doc, facts, lexicon);
  facts.meetings = findMeetings(doc, facts, lexicon);
  facts.positions = findPositions(doc, facts, lexicon);

  const extra: Record<string, unknown[]> = {};
  for (const extractor of config.extractors ?? []) {
    if (Object.prototype.hasOwnProperty.call(extra, extractor.name)) {
      throw new TypeError(`newsfacts: two custom extractors are named "${extractor.name}"`);
    }
    extra[extractor.name] = extractor.run(doc, facts);
  }
  return { ...facts, extra: extra as ExtraOf<E> };
}
