import type { ExportItem } from './export-item.js';
import type { DiffPart } from './revision-diff.js';

/** Work done off the event loop, in a worker thread; inputs and outputs are plain (structured-clone) data. */
export type RenderTask =
  | { kind: 'docx'; items: ExportItem[] }
  | { kind: 'pdf'; items: ExportItem[] }
  | { kind: 'diff'; title: [string, string]; body: [string, string]; deadline: number };

export interface RenderResults {
  docx: Uint8Array;
  pdf: Uint8Array;
  diff: { title: DiffPart[]; body: DiffPart[] };
}

export type RenderReply =
  { ok: true; value: RenderResults[keyof RenderResults] } | { ok: false; tooLarge: boolean; message: string };

/** Runs one task; loads only the library the task needs (a diff never loads pdfmake). */
export async function runTask(task: RenderTask): Promise<RenderResults[keyof RenderResults]> {
  switch (task.kind) {
    case 'docx':
      return (await import('./render-docx.js')).renderDocx(task.items);
    case 'pdf':
      return (await import('./render-pdf.js')).renderPdf(task.items);
    case 'diff': {
      const { diffText } = await import('./revision-diff.js');
      return { title: diffText(...task.title, task.deadline), body: diffText(...task.body, task.deadline) };
    }
  }
}
