/**
 * Loads the gold fixtures: `fixtures/NNN.gold.json` beside the article
 * `fixtures/NNN_*.txt` it names in its `article` field. Paths are resolved from
 * this file's location, so scripts work from any working directory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gold, GoldSpan } from './score.js';

/** The repository root (the parent of scripts/). */
export const REPO_ROOT: string = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES_DIR: string = join(REPO_ROOT, 'fixtures');

export interface Fixture {
  /** 'NNN', from the gold file name. */
  id: string;
  /** Absolute path of the article text. */
  textFile: string;
  text: string;
  gold: Gold;
}

const GOLD_FILE = /^(\d+)\.gold\.json$/u;

/** Every fixture in `dir`, sorted by id. Throws when a gold file is malformed or its offsets do not fit the text. */
export function loadFixtures(dir: string = FIXTURES_DIR): Fixture[] {
  const root = resolve(REPO_ROOT, dir);
  const fixtures: Fixture[] = [];
  for (const file of readdirSync(root)) {
    const id = GOLD_FILE.exec(file)?.[1];
    if (id === undefined) continue;
    const goldPath = join(root, file);
    const gold = checkGold(JSON.parse(readFileSync(goldPath, 'utf8')) as unknown, goldPath);
    const textFile = join(root, gold.article);
    // Offsets are UTF-16 indices into the text exactly as stored: no trimming, no BOM stripping.
    const text = readFileSync(textFile, 'utf8');
    checkSpans(gold, text, goldPath);
    fixtures.push({ id, textFile, text, gold });
  }
  return fixtures.sort((a, b) => a.id.localeCompare(b.id));
}

/** A light shape check, enough that the scorer never meets `undefined` where it expects a list. */
function checkGold(raw: unknown, path: string): Gold {
  const g = raw as Partial<Gold> | null;
  const fail = (what: string): never => {
    throw new Error(`${path}: ${what}`);
  };
  if (typeof g !== 'object' || g === null) return fail('not a JSON object');
  if (typeof g.article !== 'string') fail('"article" must be a string');
  if (typeof g.publishedAt !== 'string') fail('"publishedAt" must be a string');
  for (const key of ['dates', 'actors', 'meetings', 'positions'] as const) {
    if (!Array.isArray(g[key])) fail(`"${key}" must be an array`);
  }
  return g as Gold;
}

/**
 * Every gold span must quote the text exactly: a scorer comparing offsets
 * against a shifted key would report nonsense without saying why.
 */
function checkSpans(gold: Gold, text: string, path: string): void {
  const spans: GoldSpan[] = [
    ...gold.dates,
    ...gold.meetings.flatMap((m) => m.evidence),
    ...gold.positions.map((p) => p.evidence),
  ];
  const bad = spans.filter((s) => text.slice(s.start, s.end) !== s.text);
  if (bad.length > 0) {
    const list = bad.map((s) => `  [${s.start},${s.end}) gold ${JSON.stringify(s.text)} text ${JSON.stringify(text.slice(s.start, s.end))}`);
    throw new Error(`${path}: ${bad.length} span(s) do not match the article text:\n${list.join('\n')}`);
  }
}
