/**
 * TempEval-3 (SemEval-2013 Task 1) training data: a TimeML reader and the Task A
 * scorer for temporal expressions. See /work/shared/te3-train/README.md.
 *
 * Everything here is pure except `loadTe3`, which reads the folder.
 *
 * Scoring (Task A, as in the TE3 toolkit):
 *  - relaxed match: a found and a gold expression share at least one token, here:
 *    their character ranges overlap on at least one non-whitespace character;
 *    pairs are made one-to-one, left to right.
 *  - strict match: identical span (same start and end), one-to-one.
 *  - value: P = relaxed matches with identical `value` / found,
 *           R = relaxed matches with identical `value` / gold, F1 = harmonic mean
 *    (which equals 2 × correct / (found + gold)).
 *  - type: likewise with `type`, compared case-insensitively (gold: DATE/TIME/DURATION/SET).
 *  - mod: accuracy over relaxed matches (both absent counts as agreeing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateMention } from '../src/index.js';

// ---------------------------------------------------------------------------
// Types

export interface Te3Timex {
  /** UTF-16 offsets into `Te3Doc.text`, end exclusive: `text.slice(start, end) === this.text`. */
  start: number;
  end: number;
  text: string;
  value: string;
  /** As in the gold file: 'DATE' | 'TIME' | 'DURATION' | 'SET'. */
  type: string;
  mod?: string;
}

export interface Te3Doc {
  docId: string;
  /** Document creation time, 'YYYY-MM-DD'. */
  dct: string;
  /** Content of <TEXT>, tags removed, XML entities decoded. */
  text: string;
  timexes: Te3Timex[];
}

export type Te3Corpus = 'TimeBank' | 'AQUAINT';
export const TE3_CORPORA: readonly Te3Corpus[] = ['TimeBank', 'AQUAINT'];

export interface Te3LoadedDoc extends Te3Doc {
  corpus: Te3Corpus;
  /** File name, e.g. 'APW19980807.0261.tml'. */
  file: string;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Te3Scores {
  docs: number;
  gold: number;
  found: number;
  /** Relaxed (one-to-one, overlapping) pairs. */
  matches: number;
  /** Identical-span pairs. */
  strictMatches: number;
  /** Relaxed pairs whose value is identical. */
  valueCorrect: number;
  /** Relaxed pairs whose type is identical (case-insensitive). */
  typeCorrect: number;
  /** Relaxed pairs whose mod is identical (both absent counts). */
  modCorrect: number;
  relaxed: Prf;
  strict: Prf;
  value: Prf;
  type: Prf;
  /** modCorrect / matches (0 when there are no matches). */
  modAccuracy: number;
}

/** A found and a gold expression paired by the relaxed rule. */
export interface Te3Pair {
  gold: Te3Timex;
  found: DateMention;
}

export interface Te3Alignment {
  pairs: Te3Pair[];
  /** Gold expressions with no partner. */
  misses: Te3Timex[];
  /** Found expressions with no partner. */
  extras: DateMention[];
  strictMatches: number;
}

export type Te3ErrorKind = 'miss' | 'extra' | 'value';

export interface Te3Error {
  kind: Te3ErrorKind;
  doc: string;
  foundText?: string;
  foundValue?: string;
  goldText?: string;
  goldValue?: string;
  /** About 60 characters around the expression, the expression in [brackets], whitespace collapsed. */
  context: string;
}

// ---------------------------------------------------------------------------
// XML helpers

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode one entity body (between '&' and ';'); undefined when unknown. */
function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = hex ? body.slice(2) : body.slice(1);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    if (!Number.isFinite(code) || code > 0x10ffff) return undefined;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body];
}

/** Decode the five XML entities and numeric references; unknown entities are kept as written. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (m, body: string) => decodeEntity(body) ?? m);
}

/** Attributes of a start tag's inside ('TIMEX3 tid="t1" type="DATE"'), values decoded. */
export function parseAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    attrs[m[1]!] = decodeXmlEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

/** Normalize a TIMEX3 date value ('1998-01-08', '1998-01-08T10:30', '19980108') to 'YYYY-MM-DD'. */
export function normalizeDct(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return undefined;
}

/**
 * Strip the tags from a TimeML fragment, decoding entities, and collect the
 * TIMEX3 elements with offsets into the stripped text.
 */
export function stripTimeMl(fragment: string): { text: string; timexes: Te3Timex[] } {
  const out: string[] = [];
  let length = 0; // UTF-16 length of out.join('')
  const timexes: Te3Timex[] = [];
  // Open elements, so that a </TIMEX3> closes the right one even with other tags nested.
  const stack: Array<{ name: string; start: number; attrs?: Record<string, string> }> = [];
  const push = (s: string): void => {
    out.push(s);
    length += s.length;
  };

  const re = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|[^<&]+|[<&]/g;
  for (let m = re.exec(fragment); m; m = re.exec(fragment)) {
    const whole = m[0];
    if (m[1] !== undefined) {
      push(m[1]); // CDATA content is literal text
    } else if (m[3] !== undefined) {
      const closing = m[2] === '/';
      const name = m[3];
      const selfClosing = m[5] === '/';
      if (closing) {
        // Pop to the matching element (tolerates unclosed inner tags).
        let i = stack.length - 1;
        while (i >= 0 && stack[i]!.name !== name) i--;
        if (i < 0) continue; // stray end tag: ignore
        const el = stack[i]!;
        stack.length = i;
        if (name === 'TIMEX3' && el.attrs) {
          const text = out.join('').slice(el.start, length);
          const timex: Te3Timex = {
            start: el.start,
            end: length,
            text,
            value: el.attrs.value ?? '',
            type: el.attrs.type ?? '',
          };
          if (el.attrs.mod) timex.mod = el.attrs.mod;
          timexes.push(timex);
        }
      } else if (!selfClosing) {
        stack.push(name === 'TIMEX3' ? { name, start: length, attrs: parseAttributes(m[4] ?? '') } : { name, start: length });
      }
      // Self-closing tags (<SIGNAL/>, empty TIMEX3 …) carry no text: ignored.
    } else if (m[6] !== undefined) {
      push(decodeEntity(m[6]) ?? whole);
    } else {
      push(whole);
    }
  }
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: out.join(''), timexes };
}

/** Parse one TimeML (.tml) document. Throws when <TEXT> or the creation time is missing. */
export function parseTml(xml: string): Te3Doc {
  const docIdMatch = /<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml);
  const docId = docIdMatch ? decodeXmlEntities(docIdMatch[1]!.trim()) : '';

  let dct: string | undefined;
  const timexRe = /<TIMEX3\b([^>]*)>/g;
  for (let m = timexRe.exec(xml); m; m = timexRe.exec(xml)) {
    const attrs = parseAttributes(m[1]!);
    if (attrs.functionInDocument === 'CREATION_TIME') {
      dct = normalizeDct(attrs.value ?? '');
      if (!dct) throw new Error(`te3: ${docId || 'document'}: creation time value "${attrs.value}" is not a date`);
      break;
    }
  }
  if (!dct) throw new Error(`te3: ${docId || 'document'}: no TIMEX3 with functionInDocument="CREATION_TIME"`);

  const textMatch = /<TEXT\b[^>]*>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!textMatch) throw new Error(`te3: ${docId || 'document'}: no <TEXT> element`);
  const { text, timexes } = stripTimeMl(textMatch[1]!);
  return { docId, dct, text, timexes };
}

/** All documents of dir/TimeBank and dir/AQUAINT (a missing subfolder is skipped), sorted by file name. */
export function loadTe3(dir: string): Te3LoadedDoc[] {
  const docs: Te3LoadedDoc[] = [];
  for (const corpus of TE3_CORPORA) {
    const sub = join(dir, corpus);
    if (!existsSync(sub)) continue;
    const files = readdirSync(sub)
      .filter((f) => f.endsWith('.tml'))
      .sort();
    for (const file of files) {
      const doc = parseTml(readFileSync(join(sub, file), 'utf8'));
      docs.push({ ...doc, docId: doc.docId || file.replace(/\.tml$/, ''), corpus, file });
    }
  }
  return docs;
}

// ---------------------------------------------------------------------------
// Scoring

/** Whether [aStart, aEnd) and [bStart, bEnd) share a non-whitespace character of `text`. */
export function sharesToken(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const from = Math.max(aStart, bStart);
  const to = Math.min(aEnd, bEnd);
  for (let i = from; i < to; i++) {
    if (!/\s/.test(text[i]!)) return true;
  }
  return false;
}

/** Pair the found expressions of one document with its gold ones. */
export function alignTe3(doc: Te3Doc, found: readonly DateMention[]): Te3Alignment {
  const gold = [...doc.timexes].sort((a, b) => a.start - b.start || a.end - b.end);
  const sys = [...found].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  // Relaxed: left to right, each gold takes the leftmost unpaired found expression it overlaps.
  const used = new Array<boolean>(sys.length).fill(false);
  const pairs: Te3Pair[] = [];
  const misses: Te3Timex[] = [];
  for (const g of gold) {
    let k = -1;
    for (let j = 0; j < sys.length; j++) {
      const f = sys[j]!;
      if (f.span.start >= g.end) break; // sorted: nothing further right can overlap
      if (!used[j] && sharesToken(doc.text, g.start, g.end, f.span.start, f.span.end)) {
        k = j;
        break;
      }
    }
    if (k >= 0) {
      used[k] = true;
      pairs.push({ gold: g, found: sys[k]! });
    } else {
      misses.push(g);
    }
  }
  const extras = sys.filter((_, j) => !used[j]);

  // Strict: identical spans, one-to-one.
  const goldSpans = new Map<string, number>();
  for (const g of gold) goldSpans.set(`${g.start}:${g.end}`, (goldSpans.get(`${g.start}:${g.end}`) ?? 0) + 1);
  let strictMatches = 0;
  for (const f of sys) {
    const key = `${f.span.start}:${f.span.end}`;
    const left = goldSpans.get(key) ?? 0;
    if (left > 0) {
      goldSpans.set(key, left - 1);
      strictMatches++;
    }
  }
  return { pairs, misses, extras, strictMatches };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Precision = correct / found, recall = correct / gold, F1 their harmonic mean (0 when undefined). */
export function prf(correct: number, found: number, gold: number): Prf {
  const precision = ratio(correct, found);
  const recall = ratio(correct, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const sameValue = (p: Te3Pair): boolean => p.gold.value === p.found.value;
const sameType = (p: Te3Pair): boolean => p.gold.type.toLowerCase() === String(p.found.type).toLowerCase();
const sameMod = (p: Te3Pair): boolean => (p.gold.mod ?? '').toUpperCase() === (p.found.mod ?? '').toUpperCase();

/** TempEval-3 Task A scores of `found[i]` against `docs[i]` (micro-averaged over all documents). */
export function scoreTe3(docs: readonly Te3Doc[], found: readonly (readonly DateMention[])[]): Te3Scores {
  if (docs.length !== found.length) {
    throw new Error(`te3: scoreTe3 got ${docs.length} documents but ${found.length} result lists`);
  }
  let gold = 0;
  let sys = 0;
  let matches = 0;
  let strictMatches = 0;
  let valueCorrect = 0;
  let typeCorrect = 0;
  let modCorrect = 0;
  docs.forEach((doc, i) => {
    const f = found[i]!;
    const a = alignTe3(doc, f);
    gold += doc.timexes.length;
    sys += f.length;
    matches += a.pairs.length;
    strictMatches += a.strictMatches;
    valueCorrect += a.pairs.filter(sameValue).length;
    typeCorrect += a.pairs.filter(sameType).length;
    modCorrect += a.pairs.filter(sameMod).length;
  });
  return {
    docs: docs.length,
    gold,
    found: sys,
    matches,
    strictMatches,
    valueCorrect,
    typeCorrect,
    modCorrect,
    relaxed: prf(matches, sys, gold),
    strict: prf(strictMatches, sys, gold),
    value: prf(valueCorrect, sys, gold),
    type: prf(typeCorrect, sys, gold),
    modAccuracy: ratio(modCorrect, matches),
  };
}

/** About `width` characters around [start, end) of `text`, the span in brackets, whitespace collapsed. */
export function contextOf(text: string, start: number, end: number, width = 60): string {
  const side = Math.floor(width / 2);
  const clean = (s: string): string => s.replace(/\s+/g, ' ');
  const before = clean(text.slice(Math.max(0, start - side), start));
  const after = clean(text.slice(end, end + side));
  return `${start - side > 0 ? '…' : ''}${before}[${clean(text.slice(start, end))}]${after}${end + side < text.length ? '…' : ''}`;
}

/** Every miss, extra and wrongly valued match, in document order. */
export function te3Errors(docs: readonly Te3Doc[], found: readonly (readonly DateMention[])[]): Te3Error[] {
  if (docs.length !== found.length) {
    throw new Error(`te3: te3Errors got ${docs.length} documents but ${found.length} result lists`);
  }
  const errors: Te3Error[] = [];
  docs.forEach((doc, i) => {
    const a = alignTe3(doc, found[i]!);
    const items: Array<{ at: number; error: Te3Error }> = [];
    for (const g of a.misses) {
      items.push({
        at: g.start,
        error: { kind: 'miss', doc: doc.docId, goldText: g.text, goldValue: g.value, context: contextOf(doc.text, g.start, g.end) },
      });
    }
    for (const f of a.extras) {
      items.push({
        at: f.span.start,
        error: {
          kind: 'extra',
          doc: doc.docId,
          foundText: doc.text.slice(f.span.start, f.span.end),
          foundValue: f.value,
          context: contextOf(doc.text, f.span.start, f.span.end),
        },
      });
    }
    for (const p of a.pairs) {
      if (sameValue(p)) continue;
      const start = Math.min(p.gold.start, p.found.span.start);
      const end = Math.max(p.gold.end, p.found.span.end);
      items.push({
        at: start,
        error: {
          kind: 'value',
          doc: doc.docId,
          foundText: doc.text.slice(p.found.span.start, p.found.span.end),
          foundValue: p.found.value,
          goldText: p.gold.text,
          goldValue: p.gold.value,
          context: contextOf(doc.text, start, end),
        },
      });
    }
    items.sort((x, y) => x.at - y.at);
    for (const it of items) errors.push(it.error);
  });
  return errors;
}
