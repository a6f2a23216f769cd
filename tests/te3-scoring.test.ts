/**
 * The TempEval-3 reader and scorer (scripts/te3.ts) on tiny hand-made TimeML,
 * never on the real data.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateMention, DateMod, DateType } from '../src/index.js';
import { evaluateTe3 } from '../scripts/eval-te3.js';
import { alignTe3, contextOf, decodeXmlEntities, loadTe3, parseTml, scoreTe3, te3Errors } from '../scripts/te3.js';
import type { Te3Doc } from '../scripts/te3.js';

function tml(body: string, dct = 'value="1998-01-08"', docId = 'TEST001'): string {
  return `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>${docId}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" ${dct} temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>A title with a <TIMEX3 tid="t99" type="DATE" value="1998">1998</TIMEX3> not in TEXT</TITLE>
<TEXT>${body}</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
`;
}

/** A found mention over `text.slice(start, end)`. */
function m(doc: Te3Doc, start: number, end: number, value: string, type: DateType = 'date', mod?: DateMod): DateMention {
  const mention: DateMention = { span: { start, end, text: doc.text.slice(start, end) }, value, type, relative: false };
  if (mod) mention.mod = mod;
  return mention;
}

/** A found mention over the first occurrence of `needle`. */
function at(doc: Te3Doc, needle: string, value: string, type: DateType = 'date', mod?: DateMod): DateMention {
  const start = doc.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return m(doc, start, start + needle.length, value, type, mod);
}

describe('decodeXmlEntities', () => {
  it('decodes the five named entities and numeric references, keeps unknown ones', () => {
    expect(decodeXmlEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')).toBe(`a & b <c> "d" 'e'`);
    expect(decodeXmlEntities('caf&#233; &#x2014; &#X1F600; &Cx1f;')).toBe('café — \u{1F600} &Cx1f;');
    expect(decodeXmlEntities('&amp;amp;')).toBe('&amp;');
  });
});

describe('parseTml', () => {
  it('strips tags, including EVENT / SIGNAL nested in TEXT, and keeps gold offsets on the stripped text', () => {
    const doc = parseTml(
      tml(
        `\nStocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="1998-01-05" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Monday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P5Y" temporalFunction="false" functionInDocument="NONE">five year</TIMEX3> high.\n`,
      ),
    );
    expect(doc.docId).toBe('TEST001');
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.text).toBe('\nStocks fell on Monday after a five year high.\n');
    expect(doc.timexes).toEqual([
      { start: 16, end: 22, text: 'Monday', value: '1998-01-05', type: 'DATE' },
      { start: 31, end: 40, text: 'five year', value: 'P5Y', type: 'DURATION' },
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('decodes entities in the text, so offsets after them refer to the decoded text', () => {
    const doc = parseTml(
      tml(
        `AT&amp;T &lt;T&gt; said &quot;no&quot; caf&#233; &#x2014; <TIMEX3 tid="t1" type="DATE" value="1998-Q1" mod="START">early Q1 &amp; more</TIMEX3> &#128512; <TIMEX3 tid="t2" type="TIME" value="1998-01-08T14:00">2 p.m.</TIMEX3>`,
      ),
    );
    expect(doc.text).toBe('AT&T <T> said "no" café — early Q1 & more \u{1F600} 2 p.m.');
    const [q1, pm] = doc.timexes;
    expect(q1).toEqual({ start: 26, end: 41, text: 'early Q1 & more', value: '1998-Q1', type: 'DATE', mod: 'START' });
    // The emoji is two UTF-16 code units.
    expect(pm).toMatchObject({ start: 45, end: 51, text: '2 p.m.', value: '1998-01-08T14:00', type: 'TIME' });
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('normalizes a creation time that carries a time of day', () => {
    expect(parseTml(tml('x', 'value="1998-08-07T06:18:00"')).dct).toBe('1998-08-07');
    expect(parseTml(tml('x', 'value="1998-08-07T06:18"')).dct).toBe('1998-08-07');
  });

  it('finds the creation time whatever the attribute order, and ignores TIMEX3 outside TEXT', () => {
    const xml = `<TimeML><DOCID>D2</DOCID><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2001-02-03T10:00" tid="t0" type="TIME">x</TIMEX3></DCT><TEXT>nothing</TEXT></TimeML>`;
    const doc = parseTml(xml);
    expect(doc).toEqual({ docId: 'D2', dct: '2001-02-03', text: 'nothing', timexes: [] });
    expect(parseTml(tml('plain')).timexes).toEqual([]);
  });

  it('throws without a creation time or a TEXT element', () => {
    expect(() => parseTml('<TimeML><DOCID>X</DOCID><TEXT>a</TEXT></TimeML>')).toThrow(/CREATION_TIME/);
    expect(() => parseTml(tml('a').replace(/<TEXT>[\s\S]*<\/TEXT>/, ''))).toThrow(/TEXT/);
  });
});

describe('scoreTe3', () => {
  const doc = parseTml(
    tml(
      `He left <TIMEX3 tid="t1" type="DATE" value="1998-01-05">last Monday</TIMEX3> and will return <TIMEX3 tid="t2" type="DATE" value="1998-01-09">Friday</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3> <TIMEX3 tid="t4" type="SET" value="P1D" quant="EVERY">every day</TIMEX3> in <TIMEX3 tid="t5" type="DATE" value="1997" mod="END">late 1997</TIMEX3>.`,
    ),
  );

  it('counts a perfect answer as 1 everywhere', () => {
    const found = [
      at(doc, 'last Monday', '1998-01-05'),
      at(doc, 'Friday', '1998-01-09'),
      at(doc, 'three days', 'P3D', 'duration'),
      at(doc, 'every day', 'P1D', 'set'),
      at(doc, 'late 1997', '1997', 'date', 'END'),
    ];
    const s = scoreTe3([doc], [found]);
    expect(s).toMatchObject({ docs: 1, gold: 5, found: 5, matches: 5, strictMatches: 5, valueCorrect: 5, typeCorrect: 5, modCorrect: 5, modAccuracy: 1 });
    for (const k of ['relaxed', 'strict', 'value', 'type'] as const) expect(s[k]).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores relaxed-but-not-strict spans, wrong values, wrong types, misses and extras', () => {
    const found = [
      at(doc, 'Monday', '1998-01-05'), // relaxed only (gold: "last Monday"), right value
      at(doc, 'return Friday', '1998-01-02'), // relaxed only, wrong value
      at(doc, 'three days', 'P3D', 'date'), // strict, right value, wrong type
      at(doc, 'He', 'PRESENT_REF'), // extra
      // "every day" and "late 1997" missed
    ];
    const s = scoreTe3([doc], [found]);
    expect(s).toMatchObject({ gold: 5, found: 4, matches: 3, strictMatches: 1, valueCorrect: 2, typeCorrect: 2, modCorrect: 3 });
    expect(s.relaxed.precision).toBeCloseTo(3 / 4);
    expect(s.relaxed.recall).toBeCloseTo(3 / 5);
    expect(s.relaxed.f1).toBeCloseTo((2 * 3) / (4 + 5));
    expect(s.strict.precision).toBeCloseTo(1 / 4);
    expect(s.strict.recall).toBeCloseTo(1 / 5);
    expect(s.value.precision).toBeCloseTo(2 / 4);
    expect(s.value.recall).toBeCloseTo(2 / 5);
    expect(s.value.f1).toBeCloseTo((2 * 2) / (4 + 5));
    expect(s.type.f1).toBeCloseTo((2 * 2) / (4 + 5));
    expect(s.modAccuracy).toBe(1);
  });

  it('compares types case-insensitively and mods exactly', () => {
    const found = [at(doc, 'late 1997', '1997', 'date', 'START')];
    const s = scoreTe3([doc], [found]);
    expect(s).toMatchObject({ matches: 1, typeCorrect: 1, valueCorrect: 1, modCorrect: 0, modAccuracy: 0 });
  });

  it('does not match on shared whitespace only', () => {
    const d = parseTml(tml(`<TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday </TIMEX3>noon`));
    // Gold "Monday " (with its trailing space) and found " noon"-ish span overlap on the space only.
    const s = scoreTe3([d], [[m(d, 6, 11, 'XXXX-XX-XXTMI', 'time')]]);
    expect(s.matches).toBe(0);
    expect(scoreTe3([d], [[m(d, 5, 11, '1998-01-05')]]).matches).toBe(1);
  });

  it('pairs one-to-one from left to right', () => {
    const d = parseTml(
      tml(`<TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday</TIMEX3> <TIMEX3 tid="t2" type="TIME" value="1998-01-05TMO">morning</TIMEX3>`),
    );
    // One found span covering both gold expressions pairs with the first only.
    const wide = scoreTe3([d], [[at(d, 'Monday morning', '1998-01-05TMO', 'time')]]);
    expect(wide).toMatchObject({ gold: 2, found: 1, matches: 1, valueCorrect: 0 });
    const a = alignTe3(d, [at(d, 'Monday morning', '1998-01-05TMO', 'time')]);
    expect(a.pairs.map((p) => p.gold.text)).toEqual(['Monday']);
    expect(a.misses.map((g) => g.text)).toEqual(['morning']);
    // Two found spans inside one gold expression: one pairs, the other is extra.
    const d2 = parseTml(tml(`<TIMEX3 tid="t1" type="TIME" value="1998-01-05TMO">Monday morning</TIMEX3>`));
    const two = scoreTe3([d2], [[at(d2, 'morning', 'XXXX-XX-XXTMO', 'time'), at(d2, 'Monday', '1998-01-05')]]);
    expect(two).toMatchObject({ gold: 1, found: 2, matches: 1 });
    expect(alignTe3(d2, [at(d2, 'morning', 'x', 'time'), at(d2, 'Monday', 'y')]).pairs[0]!.found.span.text).toBe('Monday');
  });

  it('micro-averages over documents and gives zeros when nothing is found', () => {
    const s = scoreTe3([doc, doc], [[], [at(doc, 'Friday', '1998-01-09')]]);
    expect(s).toMatchObject({ docs: 2, gold: 10, found: 1, matches: 1, valueCorrect: 1 });
    expect(s.value.precision).toBe(1);
    expect(s.value.recall).toBeCloseTo(0.1);
    const none = scoreTe3([doc], [[]]);
    expect(none.relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(none.modAccuracy).toBe(0);
    expect(() => scoreTe3([doc], [])).toThrow(/1 documents but 0/);
  });
});

describe('te3Errors', () => {
  it('lists misses, extras and wrong values with context, in text order', () => {
    const doc = parseTml(
      tml(
        `Talks began <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> and end <TIMEX3 tid="t2" type="DATE" value="1998-01-09">Friday</TIMEX3>.`,
      ),
    );
    const errors = te3Errors([doc], [[at(doc, 'Talks', 'PAST_REF'), at(doc, 'Friday', '1998-01-16')]]);
    expect(errors).toEqual([
      { kind: 'extra', doc: 'TEST001', foundText: 'Talks', foundValue: 'PAST_REF', context: '[Talks] began Wednesday and end Frida…' },
      { kind: 'miss', doc: 'TEST001', goldText: 'Wednesday', goldValue: '1998-01-07', context: 'Talks began [Wednesday] and end Friday.' },
      {
        kind: 'value',
        doc: 'TEST001',
        foundText: 'Friday',
        foundValue: '1998-01-16',
        goldText: 'Friday',
        goldValue: '1998-01-09',
        context: 'Talks began Wednesday and end [Friday].',
      },
    ]);
  });

  it('cuts context to about 60 characters and collapses whitespace', () => {
    const text = `${'a'.repeat(50)}\n\nMonday${'b'.repeat(50)}`;
    expect(contextOf(text, 52, 58)).toBe(`…${'a'.repeat(28)} [Monday]${'b'.repeat(30)}…`);
  });
});

describe('loadTe3 / evaluateTe3', () => {
  it('returns null when the folder is absent', () => {
    expect(evaluateTe3(join(tmpdir(), 'no-such-te3-folder-xyz'))).toBeNull();
  });

  it('loads both subfolders and reports numbers per subset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'te3-'));
    try {
      mkdirSync(join(dir, 'TimeBank'));
      mkdirSync(join(dir, 'AQUAINT'));
      writeFileSync(join(dir, 'TimeBank', 'a.tml'), tml(`On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.`, undefined, 'A'));
      writeFileSync(join(dir, 'AQUAINT', 'b.tml'), tml(`Now: <TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">now</TIMEX3>.`, 'value="1998-08-07T06:18"', 'B'));
      writeFileSync(join(dir, 'AQUAINT', 'notes.txt'), 'ignored');
      const docs = loadTe3(dir);
      expect(docs.map((d) => [d.corpus, d.file, d.docId, d.dct])).toEqual([
        ['TimeBank', 'a.tml', 'A', '1998-01-08'],
        ['AQUAINT', 'b.tml', 'B', '1998-08-07'],
      ]);
      const e = evaluateTe3(dir);
      expect(e).not.toBeNull();
      expect(e!.TimeBank).toMatchObject({ docs: 1, gold: 1 });
      expect(e!.AQUAINT).toMatchObject({ docs: 1, gold: 1 });
      expect(e!.ALL).toMatchObject({ docs: 2, gold: 2 });
      expect(e!.ALL.found).toBe(e!.TimeBank.found + e!.AQUAINT.found);
      expect(e!.crashed).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
