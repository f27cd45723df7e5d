import { createRequire } from 'node:module';
import path from 'node:path';
import { toBlocks, type Run } from './document-blocks.js';
import type { ExportItem } from './export-item.js';

// pdfmake is CommonJS without types; its bundled Roboto covers Cyrillic, so Russian and Kyrgyz print correctly.
const require = createRequire(import.meta.url);
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Buffer> };
}
const pdfmake = require('pdfmake') as PdfMake;
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
// Stored text never makes the server fetch URLs or read files: only the fonts above.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));

/**
 * PDF link targets must be 7-bit ASCII; pdfmake writes others as UTF-16, which viewers do not open. The WHATWG URL
 * parser percent-encodes the path, query and fragment and punycodes the host.
 */
function asciiLink(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return encodeURI(href);
  }
}

const inline = (runs: Run[]) =>
  runs.map((r) => ({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    ...(r.link ? { link: asciiLink(r.link), color: '#1a55a5' } : {}),
  }));

export function renderPdf(items: ExportItem[]): Promise<Buffer> {
  const content = items.flatMap((item, index) => [
    { text: item.title, style: 'title', ...(index > 0 ? { pageBreak: 'before' } : {}) },
    { text: item.stamp, style: 'stamp' },
    ...(item.source ? [{ text: item.source, bold: true, margin: [0, 0, 0, 8] }] : []),
    ...toBlocks(item.body).map((block) => {
      switch (block.type) {
        case 'heading':
          return { text: inline(block.runs), style: 'heading' };
        case 'paragraph':
          return { text: inline(block.runs), margin: [0, 0, 0, 6] };
        case 'list':
          return { [block.ordered ? 'ol' : 'ul']: block.items.map(inline), margin: [0, 0, 0, 6] };
      }
    }),
  ]);
  return pdfmake
    .createPdf({
      info: { title: items.map((i) => i.title).join('; '), creator: 'Portal' },
      content,
      defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 },
      styles: {
        title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
        stamp: { fontSize: 9, italics: true, color: '#555555', margin: [0, 0, 0, 12] },
        heading: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
      },
    })
    .getBuffer();
}
