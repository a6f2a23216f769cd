/**
 * The built ESM package in a real browser: `dist/index.js` bundled for the
 * browser with esbuild (as a consumer's bundler would), loaded into headless
 * Debian chromium through playwright-core, run on every fixture, and compared
 * with Node's output byte for byte as JSON. Runs with `npm run test:e2e`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = join(ROOT, 'dist/index.js');

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  if (!existsSync(DIST)) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
  // The consumer's view: the built ESM entry, bundled for the browser, exposed as a global.
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(DIST)};`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'newsfacts',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the built ESM bundle in headless chromium', () => {
  it('gives the same JSON as Node on every fixture', async () => {
    const { extract } = (await import(DIST)) as typeof import('../../src/index.js');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // No network: the page is blank and the bundle is injected inline.
    await page.route('**/*', (route) => route.abort());
    await page.addScriptTag({ content: bundle });
    const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((n) => n.endsWith('.gold.json'));
    for (const name of fixtures) {
      const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', name), 'utf8')) as { article: string; publishedAt: string };
      const text = readFileSync(join(ROOT, 'fixtures', gold.article), 'utf8');
      const inBrowser = await page.evaluate(
        ([t, p]) => JSON.stringify((globalThis as unknown as { newsfacts: { extract: (a: string, b: object) => unknown } }).newsfacts.extract(t, { publishedAt: p })),
        [text, gold.publishedAt] as const,
      );
      expect(inBrowser, gold.article).toBe(JSON.stringify(extract(text, { publishedAt: gold.publishedAt })));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
