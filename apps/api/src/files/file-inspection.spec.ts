import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { DEFAULT_LIMITS, inspectFile, type InspectionLimits } from './file-inspection.js';
import type { RefusalReason } from './file-refusal.js';

const LIMITS: InspectionLimits = { ...DEFAULT_LIMITS, maxBytes: 100 * 1024 * 1024 };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'portal-inspect-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function inspect(name: string, bytes: Buffer | Uint8Array, limits = LIMITS) {
  const file = path.join(dir, `f${++n}`);
  await writeFile(file, bytes);
  return inspectFile(file, name, limits);
}
const refusal = (reason: RefusalReason) => expect.objectContaining({ reason });

const docx = () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Закон о СМИ')] }] }));
const xlsx = () => writeXlsxFile([[{ value: 'Бишкек' }]]).toBuffer();
function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}
/** PNG signature and an IHDR chunk: enough for type and dimensions. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunk = Buffer.concat([Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), ihdr, Buffer.alloc(4)]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk]);
}
/** SOI, a JFIF APP0, a baseline frame header with the dimensions, EOI. */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}
/** A real DOCX with extra entries added to its archive. */
async function docxWith(extra: Record<string, Uint8Array>, level: 0 | 9 = 9): Promise<Uint8Array> {
  const { unzipSync } = await import('fflate');
  const entries = unzipSync(await docx());
  return zipSync({ ...entries, ...extra }, { level });
}

describe('inspectFile: what is accepted', () => {
  it.each([
    ['Доклад.pdf', pdf, 'application/pdf'],
    ['Закон.DOCX', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Таблица.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['photo.jpeg', () => jpeg(640, 480), 'image/jpeg'],
    ['photo.jpg', () => jpeg(640, 480), 'image/jpeg'],
    ['scan.png', () => png(800, 600), 'image/png'],
    ['notes.txt', () => Buffer.from('\ufeffЗаметки, UTF-8 с BOM\r\nвторая строка\t✓\n'), 'text/plain'],
    ['data.csv', () => iconv.encode('Имя;Город\r\nАйгуль;Бишкек\r\n', 'win1251'), 'text/csv'],
    ['letter.rtf', () => Buffer.from('{\\rtf1\\ansi Hello}'), 'application/rtf'],
  ])('%s', async (name, make, mediaType) => {
    expect(await inspect(name, await make())).toBe(mediaType);
  });
});

describe('inspectFile: what is refused, and why', () => {
  it('an empty file', async () => {
    await expect(inspect('empty.pdf', Buffer.alloc(0))).rejects.toEqual(refusal('empty'));
  });

  it('a file over the size limit', async () => {
    await expect(inspect('big.pdf', pdf(), { ...LIMITS, maxBytes: 10 })).rejects.toEqual(refusal('too_large'));
  });

  it('a wrong type under a good extension, and a good type under a wrong one', async () => {
    await expect(inspect('report.pdf', await docx())).rejects.toEqual(refusal('type_mismatch'));
    await expect(inspect('table.docx', await xlsx())).rejects.toEqual(refusal('type_mismatch'));
    await expect(inspect('photo.png', jpeg(10, 10))).rejects.toEqual(refusal('type_mismatch'));
    await expect(inspect('report.txt', pdf())).rejects.toEqual(refusal('type_mismatch'));
    await expect(inspect('report', pdf())).rejects.toEqual(refusal('type_mismatch'));
    await expect(inspect('notes.pdf', Buffer.from('просто текст'))).rejects.toEqual(refusal('type_mismatch'));
  });

  it('types that are not on the list, whatever the name says', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    await expect(inspect('image.gif', gif)).rejects.toEqual(refusal('type_not_allowed'));
    await expect(inspect('image.png', gif)).rejects.toEqual(refusal('type_not_allowed'));
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]);
    await expect(inspect('program.pdf', elf)).rejects.toEqual(refusal('type_not_allowed'));
    const plainZip = zipSync({ 'a.txt': Buffer.from('hello') });
    await expect(inspect('archive.docx', plainZip)).rejects.toEqual(refusal('type_not_allowed'));
    await expect(inspect('page.html', Buffer.from('<html></html>'))).rejects.toEqual(refusal('type_not_allowed'));
    await expect(inspect('drawing.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toEqual(
      refusal('type_not_allowed'),
    );
  });

  it('text with NULs or control characters (binary, or UTF-16)', async () => {
    await expect(inspect('a.txt', Buffer.from('abc\u0000def'))).rejects.toEqual(refusal('not_text'));
    await expect(inspect('a.csv', Buffer.from('a;b\u001bc'))).rejects.toEqual(refusal('not_text'));
    await expect(inspect('a.txt', Buffer.from('\ufeffтекст', 'utf16le'))).rejects.toEqual(refusal('not_text'));
  });

  it('a zip bomb: absurd compression ratio, before anything is unpacked', async () => {
    const bomb = await docxWith({ 'word/media/zeros.bin': new Uint8Array(40 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(inspect('bomb.docx', bomb)).rejects.toEqual(refusal('archive_ratio'));
  });

  it('a zip bomb: too many entries, or too much unpacked', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`word/x${i}.xml`, new Uint8Array(1)]));
    const limits = { ...LIMITS, zip: { ...LIMITS.zip, maxEntries: 50, maxUnpackedBytes: 1024 * 1024 } };
    await expect(inspect('many.docx', await docxWith(many), limits)).rejects.toEqual(
      refusal('archive_too_many_entries'),
    );
    const large = await docxWith({ 'word/media/big.bin': new Uint8Array(2 * 1024 * 1024) }, 0);
    await expect(inspect('large.docx', large, limits)).rejects.toEqual(refusal('archive_too_large_unpacked'));
  });

  it('a damaged archive', async () => {
    const whole = Buffer.from(await docx());
    await expect(inspect('cut.docx', whole.subarray(0, whole.length - 30))).rejects.toEqual(refusal('archive_corrupt'));
  });

  it('an image over the pixel cap, or one whose size cannot be read', async () => {
    await expect(inspect('huge.png', png(100_000, 100_000))).rejects.toEqual(refusal('image_too_large'));
    await expect(inspect('huge.jpg', jpeg(60_000, 60_000))).rejects.toEqual(refusal('image_too_large'));
    await expect(inspect('broken.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]))).rejects.toEqual(
      refusal('image_unreadable'),
    );
  });
});
