/**
 * Positions across articles: the same claim reported by several articles
 * becomes one Digest position.
 *
 * Two positions are one claim when the same holder takes the same stance in
 * nearly the same words (word-set Jaccard ≥ 0.6). Articles paraphrase, so
 * exact text equality would miss most repeats; different holders or stances
 * are different claims even when the words match.
 */
import type { Position, Source } from '../types.js';

export type DigestPosition = Position & { sources: Source[] };

/** Word-set overlap needed for two contents to count as one claim. */
export const SAME_CLAIM = 0.6;

interface Item {
  article: number;
  index: number;
  position: Position;
  holder: string;
  about: string[];
  words: Set<string>;
}

/**
 * The words of a content, lower-cased without punctuation. A possessive "'s"
 * is dropped so that "NATO's expansion" and "NATO expansion" share "nato".
 */
export function words(text: string): Set<string> {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return new Set(plain.split(' ').filter(Boolean));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Each position joins the group of its holder and stance whose first (kept)
 * content it resembles most, if at least SAME_CLAIM; one article adds at most
 * one position to a group, since its extractor already told its claims apart.
 */
function group(items: Item[]): Item[][] {
  const groups: Item[][] = [];
  for (const item of items) {
    let best: Item[] | undefined;
    let bestScore = SAME_CLAIM;
    for (const g of groups) {
      const head = g[0]!;
      if (head.holder !== item.holder || head.position.stance !== item.position.stance) continue;
      if (g.some((o) => o.article === item.article)) continue;
      const score = jaccard(head.words, item.words);
      if (score >= bestScore && (best === undefined || score > bestScore)) [best, bestScore] = [g, score];
    }
    if (best) best.push(item);
    else groups.push([item]);
  }
  return groups;
}

export function mergePositions(perArticle: Position[][], ids: string[], idMaps: Map<string, string>[]): DigestPosition[] {
  const items: Item[] = [];
  perArticle.forEach((positions, article) =>
    positions.forEach((position, index) => {
      const holder = idMaps[article]!.get(position.holder);
      // A holder the actors layer does not know cannot be named in the Digest either.
      if (holder === undefined) return;
      const about = position.about.map((id) => idMaps[article]!.get(id)).filter((id): id is string => id !== undefined);
      items.push({ article, index, position, holder, about, words: words(position.content.text) });
    }),
  );
  return group(items).map((g, n): DigestPosition => {
    const head = g[0]!;
    return {
      id: `position${n + 1}`,
      holder: head.holder,
      stance: head.position.stance,
      form: head.position.form,
      ...(head.position.cue && { cue: head.position.cue }),
      content: head.position.content,
      about: [...new Set(g.flatMap((i) => i.about))].filter((id) => id !== head.holder),
      sources: g.map((i) => ({ article: ids[i.article]!, id: i.position.id, mentions: [i.position.content] })),
    };
  });
}
