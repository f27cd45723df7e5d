import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../common/app-error.js';
import type { RenderReply, RenderResults, RenderTask } from './render-task.js';

// Compiled, the worker is the .js beside this file. Under Jest the API runs from its .ts sources, which a plain
// worker thread cannot load: the worker then gets the test suite's SWC module hooks.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER = new URL(fromSources ? './render-worker.ts' : './render-worker.js', import.meta.url);
const EXEC_ARGV = fromSources
  ? ['--import', new URL('../../../../test/support/worker-ts-register.mjs', import.meta.url).href]
  : [];

/** Renders running at once; more wait their turn, and past MAX_WAITING the request is refused. */
export const MAX_RENDERS = Math.max(2, availableParallelism() - 1);
export const MAX_WAITING = 20;

/** The task did not fit its limits (a diff too different, or a render past its deadline). */
export class RenderLimitError extends Error {}

let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<void> {
  if (running < MAX_RENDERS) {
    running++;
    return;
  }
  if (waiting.length >= MAX_WAITING) {
    throw new AppError('TOO_MANY_REQUESTS', 'The server is busy with other exports; try again in a minute');
  }
  // The slot is handed over by release(), so `running` never exceeds the limit.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/**
 * Runs a task in its own worker thread so the event loop stays free (health checks and other requests are served
 * while a 40 000-character PDF renders); the worker is terminated after `timeoutMs`.
 */
export async function offThread<K extends RenderTask['kind']>(
  task: Extract<RenderTask, { kind: K }>,
  timeoutMs: number,
): Promise<RenderResults[K]> {
  await acquire();
  try {
    return await new Promise<RenderResults[K]>((resolve, reject) => {
      const worker = new Worker(WORKER, {
        workerData: task,
        execArgv: EXEC_ARGV,
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      });
      const timer = setTimeout(() => {
        reject(new RenderLimitError(`${task.kind} did not finish within ${timeoutMs} ms`));
        void worker.terminate();
      }, timeoutMs);
      worker.once('message', (reply: RenderReply) => {
        clearTimeout(timer);
        if (reply.ok) resolve(reply.value as RenderResults[K]);
        else reject(reply.tooLarge ? new RenderLimitError(reply.message) : new Error(reply.message));
        void worker.terminate();
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${task.kind} worker exited with code ${code}`));
      });
    });
  } finally {
    release();
  }
}
