/**
 * Unnamed officials are actors too, so that positions can be attributed to
 * them: "a National Security Council spokesperson", "the spokesperson for the
 * National Security Council", "a senior administration official", "a senior
 * official in the US executive". Each is a person with the noun as title and
 * the body or country named in the phrase as affiliation. Later mentions of
 * the same kind ("the spokesperson", "the official") join the last one.
 * Plurals ("officials said") are groups and are not reported.
 */
import titleData from '../data/titles.json';
import type { AnalyzedDoc } from '../types.js';
import { tokenText } from '../core/analyze.js';
import type { KnownMatch } from './match.js';

/** The kinds of unnamed official, by singular noun: spokesperson/-man/-woman are one kind. */
// Null prototype: looked up by token text ("constructor" must find nothing).
const FAMILY: Record<string, string> = Object.assign(Object.create(null), {
  official: 'official', source: 'official', spokesperson: 'spokes', spokesman: 'spokes', spokeswoman: 'spokes',
  diplomat: 'diplomat', aide: 'aide', negotiator: 'negotiator', insider: 'official', staffer: 'aide',
});
const MODIFIERS = new Set(
  (titleData as unknown as { unnamedOfficialModifiers: string[] }).unnamedOfficialModifiers.flatMap((m) => m.toLowerCase().split(/\s+/)),
);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);
const LINKS = new Set(['for', 'of', 'at', 'in', 'from', 'with']);

export interface OfficialMention {
  /** Token range of the phrase without its determiner ("National Security Council spokesperson"). */
  start: number;
  end: number;
  family: string;
  /** The noun as written, the title ("spokesperson"). */
  noun: string;
  /** The known body or country named in the phrase, if any. */
  affiliation?: KnownMatch;
  /** Whether anything but the noun was said ("the official" has nothing). */
  described: boolean;
  /** Surface forms: the phrase with and without its determiner, and with its "for the X". */
  forms: string[];
}

export function findOfficials(doc: AnalyzedDoc, covered: Map<number, KnownMatch>, nameTokens: ReadonlySet<number>): OfficialMention[] {
  const out: OfficialMention[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const family = FAMILY[tokens[i]!.normal];
    if (!family || nameTokens.has(i)) continue;
    // "spokesman Dmitry Peskov": a title before a name, which names.ts reads.
    const next = tokens[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN') continue;
    // Modifiers back to a determiner: "a [senior administration] official", "the [US National Security Council] spokesperson".
    let s = i;
    let affiliation: KnownMatch | undefined;
    while (s > 0) {
      const p = tokens[s - 1]!;
      const k = covered.get(s - 1);
      if (k) {
        affiliation ??= k;
        s = k.start;
      } else if (MODIFIERS.has(p.normal)) s--;
      else break;
    }
    const det = tokens[s - 1];
    if (!det || !DETERMINERS.has(det.normal)) continue;
    // "… for the National Security Council", "… in the US executive".
    let end = i + 1;
    let tail = end;
    if (tokens[end] && LINKS.has(tokens[end]!.normal)) {
      let k = end + 1;
      if (tokens[k]?.normal === 'the') k++;
      // "for the US National Security Council": the last of adjacent names is the body.
      let c = covered.get(k);
      let last: KnownMatch | undefined;
      while (c && c.start === k) {
        last = c;
        k = c.end;
        c = covered.get(k);
      }
      if (last) {
        affiliation ??= last;
        tail = last.end;
      }
    }
    const forms = [tokenText(doc, s, end), tokenText(doc, s - 1, end)];
    if (tail > end) forms.push(tokenText(doc, s - 1, tail), tokenText(doc, s, tail));
    out.push({ start: s, end, family, noun: tokens[i]!.text, ...(affiliation ? { affiliation } : {}), described: s < i || !!affiliation, forms });
  }
  return out;
}
