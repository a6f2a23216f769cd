/**
 * `npm run memory`: extract() over 10,000 articles (the fixtures, round-robin)
 * and print the heap after a full GC every 1,000 articles and the peak RSS: the
 * heap must stay flat (no leak through caches keyed by documents or lexicons).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const texts = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(FIXTURES, n), 'utf8'));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run memory does)');
const total = Number(process.argv[2] ?? 10_000);
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
console.log('articles  heap after GC (MB)  RSS (MB)');
for (let i = 1; i <= total; i++) {
  extract(texts[i % texts.length]!, { publishedAt: '2021-12-28' });
  if (i % 1000 === 0) {
    gc();
    const m = process.memoryUsage();
    console.log(`${String(i).padStart(8)}  ${mb(m.heapUsed).padStart(18)}  ${mb(m.rss).padStart(8)}`);
  }
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
