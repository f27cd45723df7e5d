import { parentPort, workerData } from 'node:worker_threads';
import { docxToSafeHtml } from './docx-html.js';
import { extractText, type Extracted } from './extract-text.js';

/** `text`: the file's pages for search; `html`: a DOCX as sanitized HTML for the preview. */
export interface ExtractTask {
  bytes: Uint8Array;
  mediaType: string;
  as: 'text' | 'html';
}
export type ExtractReply = { ok: true; value: Extracted | string } | { ok: false; message: string };

/** One file per worker: it ends with the file, so a runaway parse is stopped by terminating it. */
async function main() {
  const task = workerData as ExtractTask;
  let reply: ExtractReply;
  try {
    const value = task.as === 'html' ? await docxToSafeHtml(task.bytes) : await extractText(task.bytes, task.mediaType);
    reply = { ok: true, value };
  } catch (error) {
    reply = { ok: false, message: String(error) };
  }
  parentPort!.postMessage(reply);
}

void main();
