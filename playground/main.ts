/**
 * The playground page: wires the text area and the date field to `extract`
 * and puts render.ts's HTML on the page. Everything that can be pure lives in
 * render.ts; this file only owns the DOM, the debounce timer and hover state.
 */
import { extract, type Extraction } from '../src/index.ts';
import sampleArticle from '../fixtures/000_6a2d887f5964f505.txt?raw';
import { actorsPanelHtml, articleHtml, meetingsPanelHtml, positionsPanelHtml, summary } from './render.ts';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const DEBOUNCE_MS = 250;

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`playground: #${id} is missing from index.html`);
  return el;
}

const input = byId('input', HTMLTextAreaElement);
const published = byId('published', HTMLInputElement);
const showJson = byId('show-json', HTMLInputElement);
const status = byId('status', HTMLElement);
const article = byId('article', HTMLElement);
const json = byId('json', HTMLPreElement);
const actorsPanel = byId('actors', HTMLElement);
const meetingsPanel = byId('meetings', HTMLElement);
const positionsPanel = byId('positions', HTMLElement);

let latest: Extraction | undefined;
let renders = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Runs extract on the current inputs and replaces every view, each with one innerHTML write. */
function update(): void {
  timer = undefined;
  const text = input.value;
  const publishedAt = published.value || undefined; // empty field: let the library infer it
  const t0 = performance.now();
  let result: Extraction;
  try {
    result = extract(text, { publishedAt });
  } catch (err) {
    // A half-typed date can make extract throw a TypeError; keep the last good view.
    status.textContent = `⚠ ${err instanceof Error ? err.message : String(err)}`;
    status.classList.add('error');
    return;
  }
  const t1 = performance.now();
  article.innerHTML = articleHtml(text, result);
  actorsPanel.innerHTML = actorsPanelHtml(result);
  meetingsPanel.innerHTML = meetingsPanelHtml(result);
  positionsPanel.innerHTML = positionsPanelHtml(result);
  latest = result;
  litByRef.clear();
  litRef = undefined;
  if (showJson.checked) renderJson();
  const t2 = performance.now();
  status.classList.remove('error', 'pending');
  status.textContent = `${summary(result)} · extract ${Math.round(t1 - t0)} ms, render ${Math.round(t2 - t1)} ms`;
  // For the end-to-end test (and anyone scripting the page): what was rendered, and how often.
  document.body.dataset.renders = String(++renders);
  document.body.dataset.chars = String(text.length);
}

/** Extraction runs off the input event: at most once per pause in typing. */
function schedule(): void {
  if (timer !== undefined) clearTimeout(timer);
  status.classList.add('pending');
  timer = setTimeout(update, DEBOUNCE_MS);
}

/** JSON is only stringified while it is shown: on a long article it is the costliest view. */
function renderJson(): void {
  json.textContent = latest ? JSON.stringify(latest, null, 2) : '';
}

function toggleJson(): void {
  json.hidden = !showJson.checked;
  article.hidden = showJson.checked;
  if (showJson.checked) renderJson();
  else json.textContent = '';
}

// ---------------------------------------------------------------------------
// Linked hover: every element sharing a data-ref (an actor's mentions, its
// panel row, a position's cue and content …) lights up together. The element
// lists are looked up once per ref and result, so hovering stays cheap on
// long articles.

const litByRef = new Map<string, Element[]>();
let litRef: string | undefined;

function elementsFor(ref: string): Element[] {
  let list = litByRef.get(ref);
  if (!list) {
    list = [...document.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`)];
    litByRef.set(ref, list);
  }
  return list;
}

function light(ref: string | undefined): void {
  if (ref === litRef) return;
  if (litRef !== undefined) for (const el of elementsFor(litRef)) el.classList.remove('lit');
  litRef = ref;
  if (ref !== undefined) for (const el of elementsFor(ref)) el.classList.add('lit');
}

function refAt(target: EventTarget | null): string | undefined {
  return target instanceof Element ? (target.closest<HTMLElement>('[data-ref]')?.dataset.ref ?? undefined) : undefined;
}

for (const area of [article, actorsPanel, meetingsPanel, positionsPanel]) {
  area.addEventListener('mouseover', (e) => light(refAt(e.target)));
  area.addEventListener('mouseleave', () => light(undefined));
}

// A click on a panel row brings its first mention in the article into view.
for (const panel of [actorsPanel, meetingsPanel, positionsPanel]) {
  panel.addEventListener('click', (e) => {
    const ref = refAt(e.target);
    if (ref === undefined || showJson.checked) return;
    const first = article.querySelector(`[data-ref="${CSS.escape(ref)}"]`);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}

input.addEventListener('input', schedule);
published.addEventListener('input', schedule);
showJson.addEventListener('change', toggleJson);

input.value = sampleArticle;
update();
