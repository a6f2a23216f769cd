/**
 * early/mid/late and "the end of": "early January" → mod START, "late Monday"
 * → END, "mid-2020" → MID, "the end of the year" → END. The modifier joins the
 * expression's span. Words are in temporal-words.json (`modifiers`).
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { alternation, key, words } from '../words.js';
import { specOf } from '../native.js';
import { tagSpec } from '../spec.js';
import type { DateMod } from '../../types.js';

const MODS = words.modifiers as Record<string, DateMod>;
const BEFORE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(MODS))})(?:\\s+|-|\\s*-\\s*)$`, 'iu');

export const modifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const before = context.text.slice(Math.max(0, result.index - 24), result.index);
      const m = BEFORE.exec(before);
      if (!m) return result;
      const spec = specOf(result);
      if (spec.fixed && spec.fixed.type !== 'date') return result;
      const mod = MODS[key(m[1]!).replace(/-$/, '')];
      if (!mod) return result;
      const start = result.index - (before.length - m.index);
      const extended = context.createParsingResult(start, result.index + result.text.length, result.start, result.end ?? undefined);
      tagSpec(extended.start, { ...spec, mod });
      return extended as ParsingResult;
    });
  },
};
