import { docToHtml, docToText, escapeHtml, type DocNode } from './material-doc';

/** Title and body as plain text, the way a press officer pastes it into a message. */
export const plainTextOf = (title: string, doc: DocNode) => `${title}\n\n${docToText(doc)}`;

export const htmlOf = (title: string, doc: DocNode) => `<h1>${escapeHtml(title)}</h1>${docToHtml(doc)}`;

/**
 * Copies with formatting where the browser can (text/html plus text/plain, so plain editors still get text),
 * and as plain text otherwise.
 */
export async function copyText(title: string, doc: DocNode, formatted: boolean): Promise<void> {
  const text = plainTextOf(title, doc);
  if (formatted && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([htmlOf(title, doc)], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
