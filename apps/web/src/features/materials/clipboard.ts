import { docToHtml, docToText, escapeHtml, type DocNode } from './material-doc';

/**
 * Title and body as plain text, the way a press officer pastes it into a message; a published text carries its
 * approval stamp under the title, so a pasted text still says who approved it and when.
 */
export const plainTextOf = (title: string, doc: DocNode, stamp: string | null = null) =>
  `${title}\n${stamp ? `${stamp}\n` : ''}\n${docToText(doc)}`;

export const htmlOf = (title: string, doc: DocNode, stamp: string | null = null) =>
  `<h1>${escapeHtml(title)}</h1>${stamp ? `<p><em>${escapeHtml(stamp)}</em></p>` : ''}${docToHtml(doc)}`;

/**
 * Copies with formatting where the browser can (text/html plus text/plain, so plain editors still get text),
 * and as plain text otherwise.
 */
export async function copyText(
  title: string,
  doc: DocNode,
  formatted: boolean,
  stamp: string | null = null,
): Promise<void> {
  const text = plainTextOf(title, doc, stamp);
  if (formatted && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([htmlOf(title, doc, stamp)], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
