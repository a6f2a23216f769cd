/**
 * Indexes built from a caller's lexicon, cached by the lexicon's content: the
 * same lexicon on every call (a createExtractor's) is built once, not per
 * call. Keyed by content, not by object, so a caller may still change a
 * lexicon in place. At most 32 entries per cache; the oldest goes first.
 */
const MAX_CACHED = 32;

export function cachedByContent<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    value = build();
    cache.set(key, value);
  }
  return value;
}
