/**
 * Integration test of `newsfacts/bullmq` against a real Redis server: 1,000
 * jobs through two workers, every result arriving exactly once and right.
 * Runs when NEWSFACTS_REDIS_URL is set (`.ci/run` starts Debian's
 * redis-server on loopback and sets it); skipped otherwise, so that `npm test`
 * needs no Redis.
 */
import { describe, expect, it } from 'vitest';
import { createExtractQueue, createExtractWorker } from '../src/bullmq/index.js';

const REDIS_URL = process.env.NEWSFACTS_REDIS_URL;

describe.skipIf(!REDIS_URL)('newsfacts/bullmq with Redis', () => {
  it('pushes 1,000 jobs through two workers; every result arrives once', async () => {
    const url = new URL(REDIS_URL!);
    const connection = { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
    const queueName = `newsfacts-test-${process.pid}-${Date.now()}`;
    const queue = createExtractQueue({ connection, queue: queueName });
    const workers = [
      createExtractWorker({ connection, queue: queueName, concurrency: 4 }),
      createExtractWorker({ connection, queue: queueName, concurrency: 4 }),
    ];
    const completions = new Map<string, { times: number; value: string | undefined; worker: number }>();
    const failures: string[] = [];
    const total = 1000;
    const allDone = new Promise<void>((resolve) => {
      workers.forEach((w, n) => {
        w.on('completed', (job, result) => {
          const seen = completions.get(job.id!);
          completions.set(job.id!, { times: (seen?.times ?? 0) + 1, value: result.dates[0]?.value, worker: n });
          if (completions.size + failures.length >= total) resolve();
        });
        w.on('failed', (job, err) => {
          failures.push(`${job?.id}: ${err.message}`);
          if (completions.size + failures.length >= total) resolve();
        });
      });
    });
    try {
      await Promise.all(workers.map((w) => w.waitUntilReady()));
      const jobs = Array.from({ length: total }, (_, i) => ({
        name: 'extract',
        data: { text: `Talks between Serbia and Kosovo will be held in Brussels on January ${1 + (i % 28)}.`, publishedAt: '2021-12-28' },
        opts: { jobId: `job-${i}` },
      }));
      await queue.addBulk(jobs);
      await allDone;
      expect(failures).toEqual([]);
      expect(completions.size).toBe(total);
      for (let i = 0; i < total; i++) {
        const c = completions.get(`job-${i}`);
        expect(c?.times, `job-${i}`).toBe(1);
        expect(c?.value).toBe(`2022-01-${String(1 + (i % 28)).padStart(2, '0')}`);
      }
      // Both workers took part.
      expect(new Set([...completions.values()].map((c) => c.worker)).size).toBe(2);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 120_000);
});
