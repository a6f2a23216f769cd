/**
 * The worker-thread side of `extractMany`: one `extract` call per task. Kept
 * tiny so that each worker loads the wink model once and then only extracts.
 */
import { extract } from '../index.js';
import type { Extraction, ExtractOptions } from '../types.js';

export interface WorkerTask {
  text: string;
  options?: ExtractOptions;
}

export default function run(task: WorkerTask): Extraction {
  return extract(task.text, task.options);
}
