import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type RenderReply, type RenderTask } from './render-task.js';
import { DiffTooLargeError } from './revision-diff.js';

/** One task per worker: the worker ends with it, so a runaway render can be stopped by terminating it. */
async function main() {
  let reply: RenderReply;
  try {
    reply = { ok: true, value: await runTask(workerData as RenderTask) };
  } catch (error) {
    reply = { ok: false, tooLarge: error instanceof DiffTooLargeError, message: String(error) };
  }
  parentPort!.postMessage(reply);
}

void main();
