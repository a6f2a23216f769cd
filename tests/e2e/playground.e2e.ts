/**
 * The playground in a real browser: the built page (dist-playground/, from
 * `npm run playground:build`, which `npm run test:e2e` runs first) served by a
 * tiny static server under a sub-path, opened in headless Debian chromium.
 * Checks that a pasted article gets its highlights and panel rows, that hover
 * links an actor's mentions, that a 5,000-word article stays quick, and saves
 * playground/screenshot.png (the README's picture).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist-playground');
const fixture = (name: string): string => readFileSync(join(root, 'fixtures', name), 'utf8');
/** Served below the site root on purpose: the page must work with relative asset URLs (base: './'). */
const SUB_PATH = '/some/site/playground/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static file server for `dir` mounted at SUB_PATH on a free loopback port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(SUB_PATH)) return void res.writeHead(404).end('not found');
    const rel = normalize(path.slice(SUB_PATH.length) || 'index.html');
    if (rel.startsWith('..')) return void res.writeHead(403).end('forbidden');
    readFile(join(dir, rel)).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${SUB_PATH}` };
}

/** How many times the page has rendered a result (main.ts counts them on <body>). */
async function renders(page: Page): Promise<number> {
  return Number((await page.locator('body').getAttribute('data-renders')) ?? 0);
}

/** Waits until the page has rendered a result for a text of `length` characters, after render number `after`. */
async function waitForRender(page: Page, after: number, length: number): Promise<void> {
  await page.waitForFunction(
    ([n, chars]) => Number(document.body.dataset.renders ?? 0) > n && document.body.dataset.chars === String(chars),
    [after, length] as const,
    { timeout: 20_000 },
  );
}

/** Replaces the text area's content the way a person does: select all, paste from the clipboard. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.locator('#input');
  await area.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

let server: Server;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist-playground/ is missing: run `npm run playground:build` (npm run test:e2e does)');
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  ({ server, url } = await serve(dist));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => void (r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`)));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe('playground (built, in headless chromium)', () => {
  it('opens with the sample article highlighted', async () => {
    await page.goto(url);
    await waitForRender(page, 0, fixture('000_6a2d887f5964f505.txt').length);
    expect(await page.inputValue('#published')).toBe('2021-12-28');
    expect(await page.locator('#article .hl-date').count()).toBeGreaterThan(3);
    expect(await page.locator('#actors .actor-row').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('a pasted article gets its highlights and panel rows', async () => {
    const text = fixture('004_9a6267f58daf3221.txt');
    const before = await renders(page);
    await paste(page, text);
    await waitForRender(page, before, text.length);
    // The page shows the text itself, unchanged, with marks around it.
    expect(await page.locator('#article').textContent()).toBe(text);

    await expect.poll(() => page.locator('#actors .actor-row .name', { hasText: /^Vladimir Putin$/ }).count()).toBe(1);
    const putinRow = page.locator('#actors .actor-row', { has: page.locator('.name', { hasText: /^Vladimir Putin$/ }) });
    expect(await putinRow.textContent()).toContain('President');

    // "On Thursday" resolves against the publication date field: 2021-12-30, shown on hover.
    const thursday = page.locator('#article .hl-date[data-value="2021-12-30"]').first();
    expect(await thursday.textContent()).toBe('Thursday');
    await thursday.hover();
    expect(await thursday.getAttribute('title')).toMatch(/^2021-12-30\b/);

    const wilmington = page.locator('#meetings .meeting-row', { hasText: 'Wilmington' });
    expect(await wilmington.count()).toBe(1);
    expect(await wilmington.textContent()).toMatch(/call.*phone.*planned/);
    // The timeline runs in date order.
    const dates = await page.locator('#meetings .when:not(.undated)').allTextContents();
    expect(dates).toEqual([...dates].sort());

    const peskov = page.locator('#positions .group', { has: page.locator('.holder', { hasText: 'Dmitry Peskov' }) });
    expect(await peskov.locator('.position-row').count()).toBeGreaterThan(0);
    expect(await peskov.locator('.stance').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('hovering one mention lights up every mention of the same actor', async () => {
    const ref = await page.locator('#actors .actor-row', { hasText: 'Vladimir Putin' }).first().getAttribute('data-ref');
    const mentions = page.locator(`#article [data-ref="${ref}"]`);
    const n = await mentions.count();
    expect(n).toBeGreaterThan(5);
    await mentions.nth(2).hover();
    expect(await page.locator(`#article [data-ref="${ref}"].lit`).count()).toBe(n);
    expect(await page.locator(`#actors [data-ref="${ref}"].lit`).count()).toBe(1);
    expect(await page.locator('#article .lit:not([data-ref="' + ref + '"])').count()).toBe(0);
    // The picture for the README: the article from its top, one actor lit.
    await page.locator('#input').evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: join(root, 'playground', 'screenshot.png') });
  });

  it('a new publication date re-resolves relative dates', async () => {
    const before = await renders(page);
    await page.fill('#published', '2022-01-03');
    await waitForRender(page, before, fixture('004_9a6267f58daf3221.txt').length);
    expect(await page.locator('#article .hl-date[data-value="2021-12-30"]').count()).toBe(0);
    expect(await page.locator('#article .hl-date', { hasText: /^Thursday$/ }).first().getAttribute('data-value')).toBe('2022-01-06');
    const again = await renders(page);
    await page.fill('#published', '2021-12-28');
    await waitForRender(page, again, fixture('004_9a6267f58daf3221.txt').length);
  });

  it('the JSON toggle shows the raw extraction', async () => {
    await page.check('#show-json');
    const raw = JSON.parse((await page.locator('#json').textContent()) ?? '') as { actors: { name: string }[] };
    expect(raw.actors.map((a) => a.name)).toContain('Dmitry Peskov');
    expect(await page.locator('#article').isHidden()).toBe(true);
    await page.uncheck('#show-json');
    expect(await page.locator('#json').isHidden()).toBe(true);
  });

  it('stays quick on a 5,000-word article', async () => {
    const names = ['000_6a2d887f5964f505.txt', '001_111055119d205d4f.txt', '002_218c164c2f570b33.txt', '003_cbac86f97823d3e0.txt', '004_9a6267f58daf3221.txt'];
    const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
    let text = '';
    for (let i = 0; words(text) < 5000; i++) text += (text ? '\n\n' : '') + fixture(names[i % names.length]!);
    const before = await renders(page);
    const started = Date.now();
    await paste(page, text);
    await waitForRender(page, before, text.length);
    const elapsed = Date.now() - started;
    const status = (await page.locator('#status').textContent()) ?? '';
    const [, extractMs, renderMs] = /extract (\d+) ms, render (\d+) ms/.exec(status) ?? [];
    console.log(`${words(text)} words: extract ${extractMs} ms, render ${renderMs} ms, paste to page ${elapsed} ms`);
    // Generous bounds for a loaded CI machine; locally it is a few hundred ms.
    expect(Number(extractMs) + Number(renderMs)).toBeLessThan(3000);
    expect(await page.locator('#article').textContent()).toBe(text);
    // Typing stays responsive: a keystroke is in the text area at once, the update follows the debounce.
    const t0 = Date.now();
    await page.locator('#input').press('End');
    await page.keyboard.type('x');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(errors).toEqual([]);
  });
});
