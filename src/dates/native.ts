/**
 * A spec for a result found by one of chrono's own parsers ("January 10",
 * "Friday, Dec 3, 2021", "Monday", "10:30 a.m."), from the components chrono
 * says the text states (`isCertain`), never from the ones it implied.
 */
import type { ParsedResult, ParsingComponents } from 'chrono-node/en';
import { readSpec, type DateSpec } from './spec.js';

const PART_TAGS: Array<[string, string]> = [
  ['casualReference/morning', 'TMO'],
  ['casualReference/afternoon', 'TAF'],
  ['casualReference/evening', 'TEV'],
  ['casualReference/tonight', 'TNI'],
  ['casualReference/midnight', 'TNI'],
  ['casualReference/noon', 'TMI'],
];

export function specFromComponents(c: ParsingComponents, text: string): DateSpec {
  const own = readSpec(c);
  if (own) return own;
  const spec: DateSpec = {};
  // chrono marks a year "certain" also when it computed it from the reference
  // ("next month"); only a year written as digits is the text's own.
  if (c.isCertain('year') && /\d{4}|['’]\d\d\b/.test(text)) spec.year = c.get('year')!;
  if (c.isCertain('month')) spec.month = c.get('month')!;
  if (c.isCertain('day')) spec.day = c.get('day')!;
  // A weekday written with its date ("Saturday, April 25") also pins down the year.
  if (c.isCertain('weekday')) spec.weekday = c.get('weekday')!;
  spec.grain = spec.day || spec.weekday !== undefined ? 'day' : spec.month ? 'month' : 'year';
  // "last Wednesday" is the Wednesday of last week, "next Monday" of next week, "this Friday" of this one.
  const deictic = /^(?:on\s+)?(?:(this\s+past|last|past|previous)|(next|coming|this\s+coming)|(this))\s+\p{L}/iu.exec(text);
  if (deictic && spec.weekday !== undefined && !spec.day) {
    spec.shift = { unit: 'week', by: deictic[1] ? (/past/i.test(deictic[1]) ? 0 : -1) : deictic[2] ? 1 : 0 };
    if (deictic[1] && /past/i.test(deictic[1])) {
      delete spec.shift;
      spec.dir = 'past';
    }
  }
  if (c.isCertain('hour')) {
    // TIMEX3 writes only what the text gives: "5 p.m." → T17, "5:30 p.m." → T17:30.
    const hour = String(c.get('hour')).padStart(2, '0');
    spec.time = c.isCertain('minute') ? `T${hour}:${String(c.get('minute') ?? 0).padStart(2, '0')}` : `T${hour}`;
  } else {
    const tags = c.tags();
    for (const [tag, part] of PART_TAGS) if (tags.has(tag)) spec.time = part;
  }
  // A bare time ("at 10:30 a.m.") is on the reference day.
  if (spec.time && spec.month === undefined && spec.weekday === undefined) {
    spec.shift = { unit: 'day', by: 0 };
    spec.grain = 'day';
  }
  return spec;
}

export function specOf(result: ParsedResult): DateSpec {
  return specFromComponents(result.start as ParsingComponents, result.text);
}
