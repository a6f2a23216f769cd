import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import {
  actorsPanelHtml,
  articleHtml,
  collectMarks,
  escapeHtml,
  groupPositionsByHolder,
  meetingsPanelHtml,
  positionsPanelHtml,
  segment,
  segmentHtml,
  sortMeetingsByDate,
  type Mark,
} from '../playground/render.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Undoes escapeHtml and drops tags: what a browser would show as the article's text. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function mark(kind: Mark['kind'], start: number, end: number, ref = `${kind}:${start}`): Mark {
  return { kind, start, end, ref, title: `${kind} ${start}-${end}` };
}

/** The invariants every segmentation must keep, whatever the marks. */
function expectWellFormed(text: string, marks: Mark[]): void {
  const segments = segment(text, marks);
  expect(segments.map((s) => s.text).join('')).toBe(text);
  let at = 0;
  for (const s of segments) {
    expect(s.start).toBe(at); // consecutive: no gap, no overlap
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const m of s.marks) expect(m.start <= s.start && m.end >= s.end).toBe(true);
    at = s.end;
  }
  expect(at).toBe(text.length);
  // Every mark is rendered on exactly the characters it covers.
  for (const m of marks.filter((x) => x.start < x.end && x.start >= 0 && x.end <= text.length)) {
    const covered = segments.filter((s) => s.marks.includes(m));
    expect(covered.map((s) => s.text).join('')).toBe(text.slice(m.start, m.end));
  }
}

describe('playground render: segments', () => {
  it('escapes text and attribute values', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;');
    const html = segmentHtml({ start: 0, end: 9, text: 'a<b>&"c\'d', marks: [{ ...mark('actor', 0, 9), title: '"><script>x</script>' }] });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(visibleText(html)).toBe('a<b>&"c\'d');
  });

  it('plain text is one segment; no marks, no tags', () => {
    expect(segment('Hello', [])).toEqual([{ start: 0, end: 5, text: 'Hello', marks: [] }]);
    expect(segment('', [])).toEqual([]);
  });

  it('nested marks: the wider one outside', () => {
    const text = 'Presidents Joe Biden and Vladimir Putin met.';
    const content = mark('content', 0, 43);
    const biden = mark('actor', 11, 20);
    const segs = segment(text, [biden, content]);
    expectWellFormed(text, [biden, content]);
    expect(segs.map((s) => s.text)).toEqual(['Presidents ', 'Joe Biden', ' and Vladimir Putin met', '.']);
    expect(segs[1]!.marks).toEqual([content, biden]);
    expect(segmentHtml(segs[1]!)).toMatch(/^<span class="hl hl-content"[^>]*><span class="hl hl-actor"[^>]*>Joe Biden<\/span><\/span>$/);
  });

  it('crossing marks are split into non-overlapping pieces', () => {
    const text = 'speaks with Putin, Biden said';
    const meeting = mark('meeting', 0, 24); // 'speaks with Putin, Biden'
    const cue = mark('cue', 19, 29); // 'Biden said' crosses the meeting's end
    const putin = mark('actor', 12, 17);
    const marks = [meeting, cue, putin];
    expectWellFormed(text, marks);
    const segs = segment(text, marks);
    expect(segs.map((s) => s.text)).toEqual(['speaks with ', 'Putin', ', ', 'Biden', ' said']);
    expect(segs[3]!.marks.map((m) => m.kind)).toEqual(['meeting', 'cue']);
    // Balanced tags in every piece, so the HTML nests validly.
    for (const s of segs) {
      const html = segmentHtml(s);
      expect((html.match(/<span/g) ?? []).length).toBe((html.match(/<\/span>/g) ?? []).length);
    }
  });

  it('identical spans (two meetings on one mention) both render; bad marks are dropped', () => {
    const text = 'They are set to meet.';
    const a = mark('meeting', 5, 20, 'meeting:meeting5');
    const b = mark('meeting', 5, 20, 'meeting:meeting6');
    const segs = segment(text, [a, b, mark('date', 3, 3), mark('date', -1, 4), mark('date', 10, 99)]);
    expect(segs.map((s) => s.text)).toEqual(['They ', 'are set to meet', '.']);
    expect(segs[1]!.marks.map((m) => m.ref)).toEqual(['meeting:meeting5', 'meeting:meeting6']);
  });

  it('random overlapping marks keep every invariant', () => {
    let seed = 42;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = 'A <quote> & "another" one, with \'apostrophes\' and\nnew lines.'.repeat(3);
    const kinds: Mark['kind'][] = ['content', 'meeting', 'cue', 'place', 'actor', 'date'];
    for (let round = 0; round < 50; round++) {
      const marks: Mark[] = [];
      for (let i = 0; i < 12; i++) {
        const start = rand(text.length);
        marks.push(mark(kinds[rand(kinds.length)]!, start, start + 1 + rand(40), `r${i}`));
      }
      expectWellFormed(text, marks);
    }
  });
});

describe('playground render: a fixture article', () => {
  const text = fixture('004_9a6267f58daf3221.txt');
  const facts: Extraction = extract(text, { publishedAt: '2021-12-28' });

  it('the highlighted article shows exactly the input text, with every fact marked', () => {
    const marks = collectMarks(facts);
    expectWellFormed(text, marks);
    const html = articleHtml(text, facts);
    expect(visibleText(html)).toBe(text);
    expect(html).toMatch(/data-kind="date" data-ref="date:\d+" data-value="2021-12-30" title="2021-12-30 · date · relative">Thursday<\/span>/);
    const putin = facts.actors.find((a) => a.name === 'Vladimir Putin')!;
    expect(html.split(`data-ref="actor:${putin.id}"`).length - 1).toBe(putin.mentions.length);
    for (const p of facts.positions) expect(html).toContain(`data-ref="position:${p.id}"`);
  });

  it('panels: actors with titles and aliases, a dated timeline, positions by holder', () => {
    expect(actorsPanelHtml(facts)).toMatch(/<span class="name">Vladimir Putin<\/span>.*President/);
    const timeline = sortMeetingsByDate(facts.meetings);
    const dated = timeline.filter((m) => m.date).map((m) => m.date!.value);
    expect(dated).toEqual([...dated].sort());
    expect(timeline.findIndex((m) => !m.date)).toBeGreaterThanOrEqual(dated.length);
    expect(meetingsPanelHtml(facts)).toContain('<b>in</b> Wilmington');
    const groups = groupPositionsByHolder(facts.positions);
    expect(groups.reduce((n, g) => n + g.positions.length, 0)).toBe(facts.positions.length);
    expect(new Set(groups.map((g) => g.holder)).size).toBe(groups.length);
    expect(positionsPanelHtml(facts)).toMatch(/Dmitry Peskov<span class="count">\d+<\/span>/);
  });

  it('empty results render as short notes', () => {
    const none = extract('', {});
    expect(articleHtml('', none)).toBe('');
    expect(actorsPanelHtml(none)).toContain('No actors');
    expect(meetingsPanelHtml(none)).toContain('No meetings');
    expect(positionsPanelHtml(none)).toContain('No positions');
  });
});
