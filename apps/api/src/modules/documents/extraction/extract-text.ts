import { unzipSync, strFromU8 } from 'fflate';

/** Text of one file: PDF pages keep their numbers (index + 1); every other format is one page. */
export type Extracted =
  | { status: 'done'; pages: string[]; pageCount: number | null }
  | { status: 'no_text' | 'unsupported' | 'too_large'; pages: []; pageCount: number | null };

/** A PDF with more pages than this is not read (a fan-out of pages is how a small file costs a lot). */
export const MAX_PDF_PAGES = 2_000;
/** Characters kept per version: enough for any law, bounded for the index. */
export const MAX_TEXT_CHARS = 5_000_000;
/** Unpacked content.xml of an ODT past this is refused (inspection has already refused zip bombs). */
const MAX_XML_BYTES = 50 * 1024 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';

/** Reads the text of a stored file (run in a worker thread, see `extract-pool.ts`). */
export async function extractText(bytes: Uint8Array, mediaType: string): Promise<Extracted> {
  const pages = await readPages(bytes, mediaType);
  if (pages === 'unsupported' || pages === 'too_large') return { status: pages, pages: [], pageCount: null };
  const bounded = bound(pages.map(cleanText));
  // A scan still has its pages: its page says how many, and that none has text.
  const pageCount = mediaType === 'application/pdf' ? pages.length : null;
  return bounded.some((page) => /[\p{L}\p{N}]/u.test(page))
    ? { status: 'done', pages: bounded, pageCount }
    : { status: 'no_text', pages: [], pageCount };
}

async function readPages(bytes: Uint8Array, mediaType: string): Promise<string[] | 'unsupported' | 'too_large'> {
  switch (mediaType) {
    case 'application/pdf': {
      const { getDocumentProxy, extractText: pdfText } = await import('unpdf');
      const pdf = await getDocumentProxy(bytes, { isEvalSupported: false });
      if (pdf.numPages > MAX_PDF_PAGES) return 'too_large';
      const { text } = await pdfText(pdf, { mergePages: false });
      return text;
    }
    case DOCX: {
      const mammoth = (await import('mammoth')).default;
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return [value];
    }
    case ODT:
      return [odtText(bytes)];
    case XLSX:
      return [await xlsxText(bytes)];
    case 'application/rtf':
      return [rtfText(decode(bytes))];
    case 'text/plain':
    case 'text/csv':
      return [decode(bytes)];
    default:
      // Images and scans have no text layer; old binary Office formats and presentations are kept, not read.
      return mediaType.startsWith('image/') ? [] : 'unsupported';
  }
}

/** UTF-8, else Windows-1251 (what Russian Windows saves). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

function cleanText(text: string): string {
  // NUL cannot be stored in a PostgreSQL text column.
  return text
    .replaceAll('\u0000', '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

function bound(pages: string[]): string[] {
  let left = MAX_TEXT_CHARS;
  return pages.map((page) => {
    const kept = page.slice(0, Math.max(0, left));
    left -= kept.length;
    return kept;
  });
}

function odtText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, {
    filter: (file) => file.name === 'content.xml' && file.originalSize <= MAX_XML_BYTES,
  });
  const xml = files['content.xml'];
  if (!xml) return '';
  return decodeEntities(
    strFromU8(xml)
      .replace(/<text:(tab|s)\b[^>]*\/>/g, ' ')
      .replace(/<text:line-break\/>|<\/text:(p|h)>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const readXlsxFile = (await import('read-excel-file/node')).default;
  const lines: string[] = [];
  for (const { data } of await readXlsxFile(Buffer.from(bytes))) {
    for (const row of data) {
      const cells = row.filter((cell) => cell !== null && cell !== undefined).map(String);
      if (cells.length) lines.push(cells.join('\t'));
    }
  }
  return lines.join('\n');
}

/**
 * Plain text of an RTF file: drops destinations that are not text (fonts, styles, pictures), control words and
 * braces; decodes `\'xx` (Windows-1251, as Russian Word writes) and `\uN` escapes.
 */
export function rtfText(rtf: string): string {
  const out: string[] = [];
  const skipDepth: number[] = [];
  let depth = 0;
  const cp1251 = new TextDecoder('windows-1251');
  const skipped = new Set([
    'fonttbl',
    'colortbl',
    'stylesheet',
    'info',
    'pict',
    'header',
    'footer',
    'listtable',
    'listoverridetable',
    'rsidtbl',
    'generator',
    'themedata',
    'colorschememapping',
    'latentstyles',
    'datastore',
    'xmlnstbl',
  ]);
  const token = /\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\([{}\\])|\\\*|\\\n|[{}]|[^\\{}]+/gi;
  let ucSkip = 0;
  for (const match of rtf.matchAll(token)) {
    const [text, word, arg, hex, escaped] = match;
    const hidden = skipDepth.length > 0;
    if (text === '{') depth++;
    else if (text === '}') {
      if (skipDepth.at(-1) === depth) skipDepth.pop();
      depth--;
    } else if (text === '\\*') skipDepth.push(depth);
    else if (word) {
      if (skipped.has(word) && !hidden) skipDepth.push(depth);
      else if (hidden) continue;
      else if (word === 'par' || word === 'line') out.push('\n');
      else if (word === 'tab') out.push('\t');
      else if (word === 'u' && arg) {
        out.push(String.fromCharCode(Number(arg) < 0 ? Number(arg) + 65536 : Number(arg)));
        ucSkip = 1;
      }
    } else if (hidden) continue;
    else if (hex) {
      if (ucSkip > 0) ucSkip--;
      else out.push(cp1251.decode(Uint8Array.of(parseInt(hex, 16))));
    } else if (escaped) out.push(escaped);
    else if (!text.startsWith('\\')) {
      // The character after `\uN` is the fallback for readers without Unicode.
      out.push(text.replace(/\r?\n/g, '').slice(ucSkip));
      ucSkip = 0;
    }
  }
  return out.join('');
}
