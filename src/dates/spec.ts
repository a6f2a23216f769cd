/**
 * What a date expression says, before it is resolved against the reference
 * date: a "spec". Our chrono parsers attach a spec to each result as a tag
 * (`newsfacts/spec:{json}`), so chrono's own machinery (ordering, overlap
 * removal, merging) handles our results like its own; `resolve.ts` then turns a
 * spec, the reference date and the clause's tense into a TIMEX3 value.
 */
import type { ParsingComponents } from 'chrono-node/en';
import type { DateMod, DateType } from '../types.js';

export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';
export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year';
export type Direction = 'past' | 'future';

export interface DateSpec {
  /** A value that needs no calendar work: durations, sets, PRESENT_REF, decades… */
  fixed?: { value: string; type: DateType; relative: boolean };
  /** The granularity the text gives ("in June" → month; a month stays a month). */
  grain?: Grain;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, for a weekday named alone. */
  weekday?: number;
  quarter?: number;
  half?: number;
  /** 'SP' | 'SU' | 'FA' | 'WI'. */
  season?: string;
  /** Index into holidays.json. */
  holiday?: number;
  /** Deictic: counted from the reference date ("next week" = week +1, "yesterday" = day −1). */
  shift?: { unit: ShiftUnit; by: number };
  /** Direction stated in the text ("last June" → past, "next Monday" → future). */
  dir?: Direction;
  /** Clock time 'T10:30' or part of day 'TMO' | 'TAF' | 'TEV' | 'TNI'. */
  time?: string;
  mod?: DateMod;
}

const TAG_PREFIX = 'newsfacts/spec:';

export function tagSpec(components: ParsingComponents, spec: DateSpec): void {
  components.addTag(TAG_PREFIX + JSON.stringify(spec));
}

/**
 * The spec attached to a result, if any. chrono's tag sets only grow, so a
 * refiner that changes a spec adds a new tag and the last one added wins.
 */
export function readSpec(components: ParsingComponents): DateSpec | undefined {
  let last: string | undefined;
  for (const tag of components.tags()) if (tag.startsWith(TAG_PREFIX)) last = tag;
  if (last === undefined) return undefined;
  // Refiners read the same tag several times: parse each distinct tag once (specs are small and few).
  let spec = parsedTags.get(last);
  if (!spec) {
    if (parsedTags.size > 10_000) parsedTags.clear();
    spec = JSON.parse(last.slice(TAG_PREFIX.length)) as DateSpec;
    parsedTags.set(last, spec);
  }
  return { ...spec };
}

const parsedTags = new Map<string, DateSpec>();

export function isOurs(components: ParsingComponents): boolean {
  for (const tag of components.tags()) if (tag.startsWith(TAG_PREFIX)) return true;
  return false;
}

