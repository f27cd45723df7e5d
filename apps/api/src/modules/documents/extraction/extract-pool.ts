import { Worker } from 'node:worker_threads';
import type { Extracted } from './extract-text.js';
import type { ExtractReply, ExtractTask } from './extract-worker.js';

// As in materials' render pool: compiled, the worker is the .js beside this file; under Jest it runs from sources.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER = new URL(fromSources ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
const EXEC_ARGV = fromSources
  ? ['--import', new URL('../../../../test/support/worker-ts-register.mjs', import.meta.url).href]
  : [];

/** Extractions running at once in this process; the queue's own concurrency keeps the rest waiting as jobs. */
const MAX_RUNNING = 2;
let running = 0;
const waiting: (() => void)[] = [];

export class ExtractionTimeout extends Error {}

/**
 * Extracts a file's text in its own worker thread (PDF parsing is CPU work that would stall every request), with a
 * memory cap and a deadline after which the worker is terminated.
 */
export async function extractOffThread<T extends ExtractTask>(
  task: T,
  timeoutMs: number,
): Promise<T['as'] extends 'html' ? string : Extracted> {
  type Result = T['as'] extends 'html' ? string : Extracted;
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await new Promise<Result>((resolve, reject) => {
      const worker = new Worker(WORKER, {
        workerData: task,
        execArgv: EXEC_ARGV,
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      });
      const timer = setTimeout(() => {
        reject(new ExtractionTimeout(`extraction did not finish within ${timeoutMs} ms`));
        void worker.terminate();
      }, timeoutMs);
      worker.once('message', (reply: ExtractReply) => {
        clearTimeout(timer);
        if (reply.ok) resolve(reply.value as Result);
        else reject(new Error(reply.message));
        void worker.terminate();
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`extraction worker exited with code ${code}`));
      });
    });
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
