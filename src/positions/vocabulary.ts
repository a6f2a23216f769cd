/**
 * Reporting vocabulary (src/data/cues.json) with the caller's `lexicon.cues`:
 * which words attribute a claim, and which stance each implies.
 */
import cueData from '../data/cues.json';
import type { Lexicon, Stance } from '../types.js';
import { cachedByContent } from '../core/cache.js';

/** A cue's stance, or 'neutral' when the content decides ("said"). */
export type CueStance = Stance | 'neutral';

export interface CueVocabulary {
  verbs: Map<string, CueStance>;
  /** Multi-word cues by first word: "according to", "made it clear", "called for". */
  phrases: Map<string, Array<{ words: string[]; stance: CueStance }>>;
  nouns: Map<string, CueStance>;
  adjectives: Map<string, CueStance>;
  /** Content phrases by stance, in the order they are tried. */
  contentStances: Array<{ stance: Stance; phrases: string[][] }>;
  /** Content phrases by first word, each with its stance's rank (lower is tried first). */
  contentByFirstWord: Map<string, Array<{ stance: Stance; rank: number; words: string[] }>>;
  /** Every word that can start a cue (verb forms, nouns, adjectives, first words of phrases). */
  cueFirstWords: Set<string>;
}

function phraseIndex(entries: Array<[string, CueStance]>): CueVocabulary['phrases'] {
  const out: CueVocabulary['phrases'] = new Map();
  for (const [phrase, stance] of entries) {
    const words = phrase.toLowerCase().split(/\s+/);
    const list = out.get(words[0]!) ?? [];
    list.push({ words, stance });
    out.set(words[0]!, list);
  }
  return out;
}

function withIndexes(v: Omit<CueVocabulary, 'contentByFirstWord' | 'cueFirstWords'>): CueVocabulary {
  const contentByFirstWord: CueVocabulary['contentByFirstWord'] = new Map();
  v.contentStances.forEach(({ stance, phrases }, rank) => {
    for (const words of phrases) {
      const list = contentByFirstWord.get(words[0]!) ?? [];
      list.push({ stance, rank, words });
      contentByFirstWord.set(words[0]!, list);
    }
  });
  const cueFirstWords = new Set([...v.verbs.keys(), ...v.nouns.keys(), ...v.adjectives.keys(), ...v.phrases.keys()]);
  for (const x of [...cueFirstWords]) if (x.includes("'")) cueFirstWords.add(x.replace(/'/g, '’'));
  return { ...v, contentByFirstWord, cueFirstWords };
}

const BASE: CueVocabulary = withIndexes({
  verbs: new Map(Object.entries(cueData.verbs) as Array<[string, CueStance]>),
  phrases: phraseIndex(Object.entries(cueData.phrases) as Array<[string, CueStance]>),
  nouns: new Map(Object.entries(cueData.nouns) as Array<[string, CueStance]>),
  adjectives: new Map(Object.entries(cueData.adjectives) as Array<[string, CueStance]>),
  contentStances: (Object.entries(cueData.contentStances) as Array<[Stance, string[]]>).map(([stance, phrases]) => ({
    stance,
    phrases: phrases.map((p) => p.toLowerCase().split(/\s+/)),
  })),
});

const cache = new Map<string, CueVocabulary>();

/** The vocabulary with `lexicon.cues` added: one word is a verb form, several words a phrase. */
export function cueVocabularyFor(lexicon: Lexicon | undefined): CueVocabulary {
  const extra = lexicon?.cues;
  if (!extra || extra.length === 0) return BASE;
  return cachedByContent(cache, JSON.stringify(extra), () => {
    const verbs = new Map(BASE.verbs);
    const phrases = new Map([...BASE.phrases].map(([k, list]) => [k, [...list]]));
    for (const { word, stance } of extra) {
      const words = word.toLowerCase().trim().split(/\s+/);
      if (words.length === 1) verbs.set(words[0]!, stance);
      else {
        const list = phrases.get(words[0]!) ?? [];
        list.unshift({ words, stance });
        phrases.set(words[0]!, list);
      }
    }
    return withIndexes({ ...BASE, verbs, phrases });
  });
}
