/**
 * `newsfacts/bullmq`: run newsfacts on BullMQ, a Redis-backed job queue, when
 * one machine is not enough. Producers add `{ text, publishedAt? }` jobs to a
 * queue; any number of `createExtractWorker` processes on any number of
 * machines take them and return the `Extraction` as the job's result.
 *
 * BullMQ (and a Redis client it uses, ioredis) is an optional peer
 * dependency: install it next to newsfacts to use this entry point.
 */
import { Queue, Worker, type ConnectionOptions, type Job, type WorkerOptions } from 'bullmq';
import { extract } from '../index.js';
import type { Extraction, Lexicon } from '../types.js';

/** The queue newsfacts uses when none is named. */
export const DEFAULT_QUEUE = 'newsfacts';

/** One article to extract from. */
export interface ExtractJobData {
  text: string;
  /** 'YYYY-MM-DD' or any ISO 8601 date; when absent it is inferred from the text. */
  publishedAt?: string;
  /** Per-job lexicon, merged after the worker's. */
  lexicon?: Lexicon;
}

export interface ExtractWorkerOptions extends Omit<WorkerOptions, 'connection'> {
  connection: ConnectionOptions;
  /** The queue to read (default 'newsfacts'). */
  queue?: string;
  /** A lexicon applied to every job. */
  lexicon?: Lexicon;
}

/**
 * A BullMQ worker that extracts from each job's text and returns the
 * Extraction as the job's result. A job whose data is not `{ text: string }`
 * fails with a clear message (and is not retried by newsfacts itself).
 * `concurrency` (BullMQ's option) interleaves jobs on one thread; to use more
 * cores, run more worker processes.
 */
export function createExtractWorker(options: ExtractWorkerOptions): Worker<ExtractJobData, Extraction> {
  const { queue = DEFAULT_QUEUE, lexicon, ...workerOptions } = options;
  const processor = async (job: Job<ExtractJobData, Extraction>): Promise<Extraction> => {
    const data = job.data as Partial<ExtractJobData> | undefined;
    if (!data || typeof data.text !== 'string') throw new TypeError(`newsfacts: job ${job.id ?? '?'} data must be { text: string, publishedAt?: string }`);
    const merged: Lexicon | undefined = lexicon && data.lexicon
      ? { actors: [...(lexicon.actors ?? []), ...(data.lexicon.actors ?? [])], titles: [...(lexicon.titles ?? []), ...(data.lexicon.titles ?? [])], cues: [...(lexicon.cues ?? []), ...(data.lexicon.cues ?? [])], meetingWords: [...(lexicon.meetingWords ?? []), ...(data.lexicon.meetingWords ?? [])] }
      : (data.lexicon ?? lexicon);
    return extract(data.text, { publishedAt: data.publishedAt, lexicon: merged });
  };
  return new Worker<ExtractJobData, Extraction>(queue, processor, workerOptions);
}

/** The queue producers add articles to (a plain BullMQ Queue with newsfacts' job type). */
export function createExtractQueue(options: { connection: ConnectionOptions; queue?: string }): Queue<ExtractJobData, Extraction> {
  return new Queue<ExtractJobData, Extraction>(options.queue ?? DEFAULT_QUEUE, { connection: options.connection });
}
