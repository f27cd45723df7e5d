/**
 * An uploaded contacts file, told apart by its bytes: XLSX (a ZIP archive) or CSV text in whatever encoding the
 * office saved it. Excel on Russian Windows writes CSV as Windows-1251 with `;`; "Unicode text" is UTF-16 with tabs.
 */
export type ContactFile = { type: 'xlsx'; bytes: Buffer } | { type: 'csv'; text: string; encoding: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function readContactFile(bytes: Buffer): ContactFile {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return { type: 'xlsx', bytes };
  const encoding = detectEncoding(bytes);
  // The BOM is consumed by the decoder (ignoreBOM: false), so the first heading is clean.
  return { type: 'csv', text: new TextDecoder(encoding).decode(bytes), encoding };
}

function detectEncoding(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const zeros = zeroBytes(bytes.subarray(0, 1000));
  // UTF-16 without a BOM: separators and line breaks are ASCII, whose other byte is zero; text never has zeros.
  if (zeros.odd >= 2 && zeros.even === 0) return 'utf-16le';
  if (zeros.even >= 2 && zeros.odd === 0) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: the other encoding Russian-language Windows saves text in.
    return 'windows-1251';
  }
}

function zeroBytes(bytes: Buffer) {
  let even = 0;
  let odd = 0;
  bytes.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) odd++;
      else even++;
    }
  });
  return { even, odd };
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The separator of a CSV file: the one its heading line uses most (headings never contain one). */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}
