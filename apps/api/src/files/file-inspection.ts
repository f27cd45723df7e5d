import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { imageSizeFromFile } from 'image-size/fromFile';
import { extensionOf } from './file-name.js';
import { FileRefusal } from './file-refusal.js';
import { checkZipArchive, type ZipLimits } from './zip-check.js';

export interface InspectionLimits {
  maxBytes: number;
  maxImagePixels: number;
  zip: ZipLimits;
}

export const DEFAULT_LIMITS: Omit<InspectionLimits, 'maxBytes'> = {
  maxImagePixels: 50_000_000,
  zip: { maxEntries: 5_000, maxUnpackedBytes: 512 * 1024 * 1024, maxRatio: 100 },
};

interface Kind {
  /** Name extensions that may carry it. */
  extensions: readonly string[];
  mediaType: string;
  zip?: boolean;
  image?: boolean;
}

// Keyed by file-type's `ext`. DOC and XLS are both OLE compound files (`cfb`); the name tells which.
const BINARY_KINDS: Record<string, Kind | ((ext: string) => Kind)> = {
  pdf: { extensions: ['pdf'], mediaType: 'application/pdf' },
  docx: {
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    zip: true,
  },
  xlsx: {
    extensions: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    zip: true,
  },
  pptx: {
    extensions: ['pptx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    zip: true,
  },
  odt: { extensions: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text', zip: true },
  ods: { extensions: ['ods'], mediaType: 'application/vnd.oasis.opendocument.spreadsheet', zip: true },
  rtf: { extensions: ['rtf'], mediaType: 'application/rtf' },
  jpg: { extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg', image: true },
  png: { extensions: ['png'], mediaType: 'image/png', image: true },
  cfb: (ext) =>
    ext === 'xls'
      ? { extensions: ['xls'], mediaType: 'application/vnd.ms-excel' }
      : { extensions: ['doc'], mediaType: 'application/msword' },
};

const TEXT_KINDS: Record<string, string> = { txt: 'text/plain', csv: 'text/csv' };
/** Extensions of the binary kinds (derived, so the list and the table cannot disagree). */
const ALLOWED_EXTENSIONS: ReadonlySet<string> = new Set([
  ...Object.values(BINARY_KINDS).flatMap((kind) => (typeof kind === 'function' ? ['doc', 'xls'] : kind.extensions)),
]);
/** Name extensions worth receiving at all (the bytes still decide). */
export const ACCEPTED_EXTENSIONS: ReadonlySet<string> = new Set([...ALLOWED_EXTENSIONS, ...Object.keys(TEXT_KINDS)]);

/**
 * Decides from the bytes what a file is, and refuses (`FileRefusal`) anything not allowed, a name whose extension
 * disagrees, text that is not UTF-8 or Windows-1251 text, zip bombs (before anything unpacks them) and huge images.
 * Returns the media type to store.
 */
export async function inspectFile(path: string, fileName: string, limits: InspectionLimits): Promise<string> {
  const { size } = await stat(path);
  if (size === 0) throw new FileRefusal('empty', 'the file is empty');
  if (size > limits.maxBytes) throw new FileRefusal('too_large', `the file is larger than ${limits.maxBytes} bytes`);
  const extension = extensionOf(fileName);
  // file-type itself inflates a zip's [Content_Types].xml to tell DOCX from XLSX: check the directory before that.
  const zip = await startsWithZipHeader(path);
  if (zip) await checkZipArchive(path, size, limits.zip);
  const detected = await fileTypeFromFile(path);
  if (!detected) {
    const mediaType = TEXT_KINDS[extension];
    const text = await isText(path);
    if (mediaType && text) return mediaType;
    if (mediaType) throw new FileRefusal('not_text', 'the file is not plain text');
    if (text && ALLOWED_EXTENSIONS.has(extension)) {
      throw new FileRefusal('type_mismatch', 'the content is plain text, the name says otherwise');
    }
    throw new FileRefusal('type_not_allowed', 'this type of file is not accepted');
  }
  const entry = BINARY_KINDS[detected.ext];
  if (!entry) throw new FileRefusal('type_not_allowed', `files of type ${detected.mime} are not accepted`);
  const kind = typeof entry === 'function' ? entry(extension) : entry;
  if (!kind.extensions.includes(extension)) {
    throw new FileRefusal(
      'type_mismatch',
      `the content is ${kind.extensions[0].toUpperCase()}, the name says otherwise`,
    );
  }
  if (kind.zip && !zip) throw new FileRefusal('archive_corrupt', 'the document is damaged');
  if (kind.image) await checkImage(path, limits.maxImagePixels);
  return kind.mediaType;
}

async function startsWithZipHeader(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

async function checkImage(path: string, maxPixels: number): Promise<void> {
  const dimensions = await imageSizeFromFile(path).catch(() => null);
  if (!dimensions?.width || !dimensions.height) throw new FileRefusal('image_unreadable', 'the image cannot be read');
  if (dimensions.width * dimensions.height > maxPixels) {
    throw new FileRefusal('image_too_large', `the image has more than ${maxPixels} pixels`);
  }
}

// Tab, line feed, form feed and carriage return are the only control characters plain text needs.
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Valid UTF-8 (with or without BOM), or else Windows-1251 (where only 0x98 is unassigned), and in either case no NUL
 * or other control characters but tab, line and form feed, carriage return.
 */
async function isText(path: string): Promise<boolean> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  let validCp1251 = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if ((byte < 0x20 && !ALLOWED_CONTROLS.has(byte)) || byte === 0x7f) return false;
      if (byte === 0x98) validCp1251 = false;
    }
    if (validUtf8) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        validUtf8 = false;
      }
    }
  }
  if (validUtf8) {
    try {
      utf8.decode();
    } catch {
      validUtf8 = false;
    }
  }
  return validUtf8 || validCp1251;
}
