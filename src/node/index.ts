/**
 * `newsfacts/node`: Node-only helpers (worker threads, files). The main entry
 * `newsfacts` re-exported here for convenience.
 */
export * from '../index.js';
export { createBatchExtractor, extractMany, type BatchExtractor, type ManyInput, type ManyOptions, type ManyResult } from './extractMany.js';
