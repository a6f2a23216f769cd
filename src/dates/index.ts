/**
 * Dates: every temporal expression, with a TIMEX3 value resolved against the
 * publication date and the tense of its clause.
 *
 * 1. chrono, extended with our parsers and refiners (chrono.ts), finds the
 *    expressions and what each states (a spec, spec.ts);
 * 2. the publication date is the caller's, or inferred from the text
 *    (published.ts);
 * 3. each spec is resolved with the clause's tense (tense.ts, resolve.ts).
 */
import type { ParsedResult, ParsingOption } from 'chrono-node/en';
import { CLOCK_MARK, NUMERIC_DATE_MARK, WORDS_OPTION } from './parsers/common.js';
import type { Chrono } from 'chrono-node/en';
import { createNewsChrono } from './chrono.js';
import { specOf } from './native.js';
import { inferPublishedAt, type FoundExpression, type WeekdayPair } from './published.js';
import { resolveSpec } from './resolve.js';
import { tenseAt } from './tense.js';
import { parseDay, type Day } from './calendar.js';
import type { DateSpec } from './spec.js';
import type { AnalyzedDoc, DateMention, PublishedAt, TextSpan } from '../types.js';
import { tokenIndexAt } from '../core/analyze.js';

let chronoInstance: Chrono | undefined;
function newsChrono(): Chrono {
  if (!chronoInstance) chronoInstance = createNewsChrono();
  return chronoInstance;
}

/** chrono needs a reference instant; ours are calendar days at noon UTC, away from any day boundary. */
function instantOf(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
}

/** A fixed stand-in reference when none is known: only relative results depend on it, and those are resolved by us. */
const PROVISIONAL_REF: Day = { year: 2000, month: 6, day: 15 };

/** Words chrono's weekday parser takes into its match ("on Monday") that are context, not the expression. */
const LEADING_CONTEXT = /^(?:on|at|in|by|from|since|until|till|during)\s+/i;

function spanOf(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  const lead = LEADING_CONTEXT.exec(text.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  while (e > s && /[\s,;:(]/.test(text[e - 1]!)) e--;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** A range chrono merged ("from 1990 to 1995", "Jan. 5-7") is two expressions in TIMEX3. */
const RANGE_JOINT = /\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*/gi;

interface Piece {
  start: number;
  end: number;
  spec: DateSpec;
}

function splitRange(chrono: Chrono, result: ParsedResult, ref: Date): Piece[] {
  const whole: Piece = { start: result.index, end: result.index + result.text.length, spec: specOf(result) };
  if (!result.end) return [whole];
  const joints = [...result.text.matchAll(RANGE_JOINT)];
  const joint = joints[joints.length - 1];
  if (!joint || joint.index === undefined) return [whole];
  const secondAt = joint.index + joint[0].length;
  const halves: Array<[number, string]> = [
    [result.index, result.text.slice(0, joint.index)],
    [result.index + secondAt, result.text.slice(secondAt)],
  ];
  const out: Piece[] = [];
  for (const [offset, piece] of halves) {
    const first = out[0];
    // "March 3–4, 2022", "Jan. 5-7": a bare day (and year) borrows the first half's month.
    const bareDay = /^(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:1[6-9]|20)\d\d))?$/.exec(piece.trim());
    if (first?.spec.month && first.spec.day && bareDay) {
      const year = bareDay[2] ? Number(bareDay[2]) : first.spec.year;
      out.push({ start: offset, end: offset + piece.trim().length, spec: { ...first.spec, day: Number(bareDay[1]), ...(year ? { year } : {}) } });
      if (year && first.spec.year === undefined) first.spec = { ...first.spec, year };
      continue;
    }
    for (const r of chrono.parse(piece, ref)) {
      if (!r.end) out.push({ start: offset + r.index, end: offset + r.index + r.text.length, spec: specOf(r) });
    }
  }
  return out.length ? out : [whole];
}

export function findDates(doc: AnalyzedDoc, given: string | undefined): { publishedAt: PublishedAt; dates: DateMention[] } {
  const text = doc.text;
  if (text.trim() === '') {
    return { publishedAt: given ? { value: given, source: 'given' } : { value: null, source: 'none' }, dates: [] };
  }
  const chrono = newsChrono();
  const refDay = given ? parseDay(given) : PROVISIONAL_REF;
  const ref = instantOf(refDay);
  const pieces = chrono.parse(text, ref, { [WORDS_OPTION]: wordsOfDoc(doc) } as ParsingOption).flatMap((r) => splitRange(chrono, r, ref));

  const found: FoundExpression[] = [];
  for (const piece of pieces) {
    const span = spanOf(text, piece.start, piece.end);
    if (span.end <= span.start) continue;
    found.push({ span, spec: piece.spec, tense: tenseAt(doc, span.start, span.end) });
  }
  found.sort((a, b) => a.span.start - b.span.start);
  for (const f of found) f.spec = inReportingContext(doc, f);

  const publishedAt: PublishedAt = given
    ? { value: given, source: 'given' }
    : inferPublishedAt(text, found, weekdayPairsOf(text, found));
  const reference = publishedAt.value ? parseDay(publishedAt.value) : undefined;

  const dates: DateMention[] = found.map(({ span, spec, tense }) => {
    const resolved = resolveSpec(spec, reference, tense);
    const mention: DateMention = { span, value: resolved.value, type: resolved.type, relative: resolved.relative };
    if (resolved.mod) mention.mod = resolved.mod;
    return mention;
  });
  return { publishedAt, dates };
}

/**
 * "a year ago" / "a year earlier" in earnings news compares quarters: "net
 * income rose to $5 million from $4 million a year earlier", after a sentence
 * about the third quarter, means that quarter a year before. When the sentence
 * or the one before it speaks of a quarter, the expression takes quarter
 * granularity (the latest completed quarter, a year back).
 */
function inReportingContext(doc: AnalyzedDoc, f: FoundExpression): DateSpec {
  const { spec, span } = f;
  if (!spec.shift || spec.shift.unit !== 'year' || spec.shift.by !== -1 || !/^(?:an?\s+year\s+(?:ago|earlier)|year-(?:earlier|ago))$/i.test(span.text)) return spec;
  const at = tokenIndexAt(doc, span.start);
  const sentence = doc.tokens[at]?.sentence ?? 0;
  const from = doc.sentences[Math.max(0, sentence - 1)]?.firstToken ?? 0;
  const to = doc.sentences[sentence]?.lastToken ?? -1;
  for (let i = from; i <= to; i++) {
    if (/^(?:quarter|quarterly|third-quarter|second-quarter|first-quarter|fourth-quarter)$/.test(doc.tokens[i]!.normal)) {
      return { shift: { unit: 'quarter', by: -5 }, grain: 'quarter' };
    }
  }
  return spec;
}

/**
 * The text's lower-case words, hyphenated ones also in parts ("third-quarter"
 * → "third", "quarter"), plus two markers for what has no word: CLOCK_MARK for
 * a clock time ("10:30", "5pm") and NUMERIC_DATE_MARK for digits joined by a
 * slash or dash ("12/28/2021", "2021-12-28").
 */
function wordsOfDoc(doc: AnalyzedDoc): Set<string> {
  const seen = new Set<string>();
  for (const t of doc.tokens) {
    const n = t.normal;
    seen.add(n);
    if (n.includes('-')) for (const part of n.split('-')) seen.add(part);
    if (!/\d/.test(n)) continue;
    if (/\d[:.]\d\d|\d(?:am|pm)$/.test(n)) seen.add(CLOCK_MARK);
    if (/\d[/-]\d/.test(n)) seen.add(NUMERIC_DATE_MARK);
  }
  return seen;
}

/** Weekday expressions whose spec carries a month and day (the weekday-date pair refiner set them). */
function weekdayPairsOf(text: string, found: FoundExpression[]): WeekdayPair[] {
  const pairs: WeekdayPair[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const weekday = /^(sun|mon|tue|wed|thu|fri|sat)/i.exec(a.span.text);
    if (!weekday || !b.spec.month || !b.spec.day || b.spec.year !== undefined) continue;
    if (b.span.start - a.span.end > 3) continue;
    const index = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(weekday[1]!.toLowerCase());
    const end = text[b.span.end] === ')' ? b.span.end + 1 : b.span.end; // "Monday (December 27th)"
    pairs.push({ span: { start: a.span.start, end, text: text.slice(a.span.start, end) }, month: b.spec.month, day: b.spec.day, weekday: index });
  }
  return pairs;
}
