/**
 * `extractMany`: extract from many articles on all cores, streaming results
 * in input order. Node only (worker threads), so it lives in its own entry
 * point, `newsfacts/node`; the main entry stays browser-safe.
 *
 * The pool is Piscina (maintained under the Node.js project's umbrella, used
 * in production by Fastify and others): a home-made pool would have to
 * re-solve back-pressure, worker crashes and shutdown.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import { extract } from '../index.js';
import type { Extraction, ExtractOptions } from '../types.js';
import type { WorkerTask } from './worker.js';

/** One article: its text, and optionally an id and a publication date. */
export type ManyInput = string | { id?: string; text: string; publishedAt?: string | Date };

/** One result, in input order: the Extraction, or the error that article raised. */
export type ManyResult =
  | { id: string; index: number; extraction: Extraction; error?: undefined }
  | { id: string; index: number; extraction?: undefined; error: Error };

export interface ManyOptions extends Omit<ExtractOptions, 'publishedAt'> {
  /** Worker threads to use: default all cores; 1 (or 0) extracts in this thread. */
  concurrency?: number;
  /** Default publication date for inputs that give none. */
  publishedAt?: string | Date;
}

/** The built worker file beside this module (dist/worker.js), if there is one. */
function workerFile(): string | undefined {
  for (const name of ['./worker.js', './node/worker.js']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url.href;
  }
  return undefined;
}

function normalize(input: ManyInput, index: number, options: ManyOptions): { id: string; task: WorkerTask } {
  const { concurrency: _c, publishedAt, ...rest } = options;
  if (typeof input === 'string') return { id: String(index), task: { text: input, options: publishedAt === undefined ? rest : { ...rest, publishedAt } } };
  if (!input || typeof input !== 'object' || typeof input.text !== 'string') {
    throw new TypeError(`newsfacts: extractMany input #${index} must be a string or { id?, text, publishedAt? }`);
  }
  const date = input.publishedAt ?? publishedAt;
  return { id: input.id ?? String(index), task: { text: input.text, options: date === undefined ? rest : { ...rest, publishedAt: date } } };
}

/** A pool of worker threads kept warm across calls (each worker loads the wink model once). */
export interface BatchExtractor {
  extractMany(inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>, options?: Omit<ManyOptions, 'concurrency'>): AsyncGenerator<ManyResult>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

function checkConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 0) throw new TypeError('newsfacts: extractMany options.concurrency must be a non-negative integer');
}

/**
 * A batch extractor whose workers stay up between calls: for services that
 * extract batch after batch (`extractMany` below starts and stops a pool per call).
 */
export function createBatchExtractor(options: { concurrency?: number } = {}): BatchExtractor {
  const concurrency = options.concurrency ?? availableParallelism();
  checkConcurrency(concurrency);
  const file = concurrency > 1 ? workerFile() : undefined;
  const pool = file ? new Piscina({ filename: file, minThreads: concurrency, maxThreads: concurrency }) : undefined;
  const run = (task: WorkerTask): Promise<Extraction> =>
    pool ? (pool.run(task) as Promise<Extraction>) : new Promise((resolve) => resolve(extract(task.text, task.options)));
  return {
    extractMany: (inputs, callOptions = {}) => stream(inputs, { ...callOptions, concurrency }, run),
    close: async () => {
      await pool?.destroy();
    },
  };
}

/**
 * Extracts from every input and yields the results in input order, keeping at
 * most `2 × concurrency` articles in flight (memory stays flat on endless input).
 * An article that fails yields `{ error }` and the stream goes on. The worker
 * threads start with the call and stop when the stream ends.
 */
export async function* extractMany(inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>, options: ManyOptions = {}): AsyncGenerator<ManyResult> {
  checkInputs(inputs);
  const batch = createBatchExtractor({ concurrency: options.concurrency });
  try {
    yield* batch.extractMany(inputs, options);
  } finally {
    await batch.close();
  }
}

function checkInputs(inputs: unknown): void {
  if (inputs === null || typeof inputs !== 'object' || !(Symbol.iterator in inputs || Symbol.asyncIterator in inputs)) {
    throw new TypeError('newsfacts: extractMany(inputs) expects an iterable or async iterable of articles');
  }
}

async function* stream(
  inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  options: ManyOptions & { concurrency: number },
  run: (task: WorkerTask) => Promise<Extraction>,
): AsyncGenerator<ManyResult> {
  checkInputs(inputs);
  const inFlight: Array<{ id: string; index: number; promise: Promise<Extraction> }> = [];
  const limit = Math.max(1, options.concurrency) * 2;
  let index = 0;
  const settle = async (job: (typeof inFlight)[number]): Promise<ManyResult> => {
    try {
      return { id: job.id, index: job.index, extraction: await job.promise };
    } catch (e) {
      return { id: job.id, index: job.index, error: e instanceof Error ? e : new Error(String(e)) };
    }
  };
  for await (const input of inputs as AsyncIterable<ManyInput>) {
    const i = index++;
    let job: (typeof inFlight)[number];
    try {
      const { id, task } = normalize(input, i, options);
      job = { id, index: i, promise: run(task) };
    } catch (e) {
      job = { id: String(i), index: i, promise: Promise.reject(e) };
    }
    job.promise.catch(() => undefined); // handled when its turn comes
    inFlight.push(job);
    if (inFlight.length >= limit) yield await settle(inFlight.shift()!);
  }
  while (inFlight.length) yield await settle(inFlight.shift()!);
}
