/**
 * Pure rendering for the playground: an Extraction (and the text it came from)
 * in, HTML strings out. No DOM access here, so every function can be unit-tested
 * in Node (tests/playground.render.test.ts) and the page only assigns innerHTML
 * once per result.
 */
import type { Actor, DateMention, Extraction, Meeting, Position } from '../src/index.ts';

/** What a highlighted span stands for. Also its CSS class: `hl-<kind>`. */
export type MarkKind = 'content' | 'meeting' | 'cue' | 'place' | 'actor' | 'date';

/** One highlight: a span of the input tied to the fact it belongs to. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /**
   * The fact this mark belongs to ('actor:actor1', 'meeting:meeting2',
   * 'position:position3', 'date:0'). Marks sharing a ref light up together on
   * hover, so a position's cue and content share one, as do all of an actor's
   * mentions. Prefixed by family because ids are only unique per family.
   */
  ref: string;
  /** Extra CSS class suffix, e.g. the actor type ('person' → `hl-person`). */
  variant?: string;
  /** Hover text (the title attribute): the resolved value, the holder, … */
  title: string;
  /** The resolved TIMEX3 value of a date, exposed as data-value for tests and tooling. */
  value?: string;
}

/** A piece of the input between two consecutive mark boundaries. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The marks covering this whole piece, outermost first (empty for plain text). */
  marks: Mark[];
}

// ---------------------------------------------------------------------------
// Small helpers

/** Escapes text for both element content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Actor id → actor, so ids in meetings and positions can be shown as names. */
export function actorIndex(extraction: Extraction): Map<string, Actor> {
  return new Map(extraction.actors.map((a) => [a.id, a]));
}

function actorName(actors: Map<string, Actor>, id: string): string {
  return actors.get(id)?.name ?? id;
}

export function actorRef(id: string): string {
  return `actor:${id}`;
}
export function meetingRef(id: string): string {
  return `meeting:${id}`;
}
export function positionRef(id: string): string {
  return `position:${id}`;
}

/** 'date · START · relative': what a date mention says beyond its value. */
function describeDate(d: DateMention): string {
  return [d.value, d.type, d.mod, d.relative ? 'relative' : undefined].filter(Boolean).join(' · ');
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

// ---------------------------------------------------------------------------
// Extraction → marks → segments → HTML

/** Every highlight of an extraction, in no particular order. */
export function collectMarks(extraction: Extraction): Mark[] {
  const actors = actorIndex(extraction);
  const marks: Mark[] = [];
  extraction.dates.forEach((d, i) => {
    marks.push({ kind: 'date', start: d.span.start, end: d.span.end, ref: `date:${i}`, title: describeDate(d), value: d.value });
  });
  for (const a of extraction.actors) {
    const title = [a.name, a.type, ...a.titles].join(' · ');
    for (const m of a.mentions) marks.push({ kind: 'actor', start: m.start, end: m.end, ref: actorRef(a.id), variant: a.type, title });
  }
  for (const m of extraction.meetings) {
    const title = [`${m.kind} (${m.status})`, m.date?.value, m.location?.name, m.participants.map((p) => actorName(actors, p)).join(', ')]
      .filter(Boolean)
      .join(' · ');
    for (const s of m.mentions) marks.push({ kind: 'meeting', start: s.start, end: s.end, ref: meetingRef(m.id), title });
    if (m.location) {
      marks.push({ kind: 'place', start: m.location.span.start, end: m.location.span.end, ref: meetingRef(m.id), title: `place of ${title}` });
    }
  }
  for (const p of extraction.positions) {
    const holder = actorName(actors, p.holder);
    const ref = positionRef(p.id);
    const title = `${holder} · ${p.stance} (${p.form})${p.cue ? ` · cue “${p.cue.text}”` : ''}`;
    marks.push({ kind: 'content', start: p.content.start, end: p.content.end, ref, title });
    if (p.cue) marks.push({ kind: 'cue', start: p.cue.start, end: p.cue.end, ref, title: `cue of ${title}` });
  }
  return marks;
}

// When two marks cover the same piece, the wider one is rendered outside; for
// equal extents this order decides (content wraps meeting wraps actor …), so
// nesting is the same in every piece a pair of marks shares.
const KIND_ORDER: Record<MarkKind, number> = { content: 0, meeting: 1, cue: 2, place: 3, actor: 4, date: 5 };

function outerFirst(a: Mark, b: Mark): number {
  return b.end - b.start - (a.end - a.start) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start - b.start || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}

/**
 * Splits `text` at every mark boundary into consecutive, non-overlapping
 * segments covering all of it (so their texts concatenate to `text`), each
 * with the marks covering it. Splitting rather than nesting whole marks is what
 * makes crossing spans (a meeting mention "speaks with Putin, Biden" ending
 * inside an actor's span, a quote ending mid-name) renderable as valid HTML.
 * Marks that are empty or fall outside the text are dropped. O(n log n) in
 * marks plus the size of the output.
 */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    // A mark is active on [from, to) iff it started at or before `from` and ends after it.
    active = active.filter((m) => m.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    segments.push({ start: from, end: to, text: text.slice(from, to), marks: [...active].sort(outerFirst) });
  }
  return segments;
}

function openTag(m: Mark): string {
  const cls = `hl hl-${m.kind}${m.variant ? ` hl-${m.variant}` : ''}`;
  const value = m.value === undefined ? '' : ` data-value="${escapeHtml(m.value)}"`;
  return `<span class="${cls}" data-kind="${m.kind}" data-ref="${escapeHtml(m.ref)}"${value} title="${escapeHtml(m.title)}">`;
}

/** One segment as HTML: its escaped text inside one element per covering mark, outermost first. */
export function segmentHtml(s: Segment): string {
  let html = '';
  for (const m of s.marks) html += openTag(m);
  html += escapeHtml(s.text);
  html += '</span>'.repeat(s.marks.length);
  return html;
}

/** The whole article with its highlights, ready for innerHTML (line breaks kept by CSS white-space). */
export function articleHtml(text: string, extraction: Extraction): string {
  return segment(text, collectMarks(extraction)).map(segmentHtml).join('');
}

// ---------------------------------------------------------------------------
// Panels

/** Actors by number of mentions (the story's main players first), then by first mention. */
export function actorsPanelHtml(extraction: Extraction): string {
  if (extraction.actors.length === 0) return '<p class="empty">No actors found.</p>';
  const actors = actorIndex(extraction);
  const sorted = [...extraction.actors].sort(
    (a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  const rows = sorted.map((a) => {
    const aliases = a.aliases.filter((x) => x !== a.name);
    const details = [
      a.titles.length ? `<span class="detail"><b>titles</b> ${escapeHtml(a.titles.join(', '))}</span>` : '',
      a.affiliation ? `<span class="detail"><b>of</b> ${escapeHtml(actorName(actors, a.affiliation))}</span>` : '',
      aliases.length ? `<span class="detail"><b>aliases</b> ${escapeHtml(aliases.join(', '))}</span>` : '',
    ].join('');
    return (
      `<li class="row actor-row" data-ref="${escapeHtml(actorRef(a.id))}" data-first="${a.mentions[0]?.start ?? 0}">` +
      `<span class="swatch hl-${a.type}"></span><span class="name">${escapeHtml(a.name)}</span>` +
      `<span class="badge">${a.type}</span><span class="count" title="mentions">×${a.mentions.length}</span>` +
      (details ? `<div class="details">${details}</div>` : '') +
      `</li>`
    );
  });
  return `<ul class="rows">${rows.join('')}</ul>`;
}

/**
 * Meetings as a timeline: dated ones by value (ISO values sort as strings;
 * '2021-06' before '2021-06-16' is right for a timeline), undated ones last,
 * each group in text order.
 */
export function sortMeetingsByDate(meetings: readonly Meeting[]): Meeting[] {
  const first = (m: Meeting): number => m.mentions[0]?.start ?? 0;
  return [...meetings].sort((a, b) => {
    const da = a.date?.value;
    const db = b.date?.value;
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return first(a) - first(b);
  });
}

export function meetingsPanelHtml(extraction: Extraction): string {
  if (extraction.meetings.length === 0) return '<p class="empty">No meetings found.</p>';
  const actors = actorIndex(extraction);
  const names = (ids: string[]): string => ids.map((id) => escapeHtml(actorName(actors, id))).join(', ');
  const rows = sortMeetingsByDate(extraction.meetings).map((m) => {
    const when = m.date
      ? `<span class="when" title="${escapeHtml(describeDate(m.date))}">${escapeHtml(m.date.value)}</span><span class="when-text">“${escapeHtml(m.date.span.text)}”</span>`
      : '<span class="when undated">undated</span>';
    const details = [
      m.participants.length ? `<span class="detail"><b>with</b> ${names(m.participants)}</span>` : '',
      m.leads.length ? `<span class="detail"><b>led by</b> ${names(m.leads)}</span>` : '',
      m.location ? `<span class="detail"><b>in</b> ${escapeHtml(m.location.name)}</span>` : '',
      m.series ? `<span class="detail"><b>series</b> ${escapeHtml(m.series)}</span>` : '',
      m.topics.length ? `<span class="detail"><b>on</b> ${escapeHtml(m.topics.join('; '))}</span>` : '',
    ].join('');
    return (
      `<li class="row meeting-row" data-ref="${escapeHtml(meetingRef(m.id))}" data-first="${m.mentions[0]?.start ?? 0}">` +
      `<div class="head">${when}<span class="name">${m.kind}</span>${m.format ? `<span class="badge">${m.format}</span>` : ''}` +
      `<span class="badge status-${m.status}">${m.status}</span><span class="count" title="mentions">×${m.mentions.length}</span></div>` +
      `<div class="details">${details}</div></li>`
    );
  });
  return `<ol class="rows timeline">${rows.join('')}</ol>`;
}

/** Positions grouped by holder, holders in order of their first position in the text. */
export function groupPositionsByHolder(positions: readonly Position[]): Array<{ holder: string; positions: Position[] }> {
  const groups = new Map<string, Position[]>();
  const inOrder = [...positions].sort((a, b) => a.content.start - b.content.start);
  for (const p of inOrder) {
    const list = groups.get(p.holder);
    if (list) list.push(p);
    else groups.set(p.holder, [p]);
  }
  return [...groups].map(([holder, list]) => ({ holder, positions: list }));
}

export function positionsPanelHtml(extraction: Extraction): string {
  if (extraction.positions.length === 0) return '<p class="empty">No positions found.</p>';
  const actors = actorIndex(extraction);
  const groups = groupPositionsByHolder(extraction.positions).map(({ holder, positions }) => {
    const rows = positions.map((p) => {
      const about = p.about.length ? `<span class="detail"><b>about</b> ${p.about.map((id) => escapeHtml(actorName(actors, id))).join(', ')}</span>` : '';
      const cue = p.cue ? `<span class="cue-text">${escapeHtml(p.cue.text)}</span>` : '';
      return (
        `<li class="row position-row" data-ref="${escapeHtml(positionRef(p.id))}" data-first="${p.content.start}">` +
        `<span class="badge stance stance-${p.stance}">${p.stance}</span><span class="badge">${p.form}</span>${cue}` +
        `<div class="content-text">“${escapeHtml(truncate(p.content.text, 220))}”</div>${about ? `<div class="details">${about}</div>` : ''}</li>`
      );
    });
    return (
      `<li class="group"><div class="holder" data-ref="${escapeHtml(actorRef(holder))}">${escapeHtml(actorName(actors, holder))}` +
      `<span class="count">${positions.length}</span></div><ul class="rows">${rows.join('')}</ul></li>`
    );
  });
  return `<ul class="groups">${groups.join('')}</ul>`;
}

/** A one-line summary for the status bar. */
export function summary(extraction: Extraction): string {
  const p = extraction.publishedAt;
  const published = p.value ? `published ${p.value} (${p.source})` : 'no publication date';
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  return [
    n(extraction.dates.length, 'date'),
    n(extraction.actors.length, 'actor'),
    n(extraction.meetings.length, 'meeting'),
    n(extraction.positions.length, 'position'),
    published,
  ].join(' · ');
}
