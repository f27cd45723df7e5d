import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { docxWith, pdfWithPages, SEED_FILES, xlsxWith } from '../../../../test/support/document-files.js';
import { extractText, rtfText } from './extract-text.js';

const PDF = 'application/pdf';

describe('extractText', () => {
  it('keeps PDF pages apart, in order, with Russian and Kyrgyz text', async () => {
    const pdf = await pdfWithPages(['Первая страница о законах.', 'Мыйзамдарды окуйбуз.']);
    const result = await extractText(new Uint8Array(pdf), PDF);
    expect(result.status).toBe('done');
    expect(result.pages).toHaveLength(2);
    expect(result.pages[0]).toContain('законах');
    expect(result.pages[1]).toContain('Мыйзамдарды');
  });

  it('says a scan has no text', async () => {
    const scan = await readFile(path.join(SEED_FILES, 'statement-cso-2021-scan.pdf'));
    expect(await extractText(new Uint8Array(scan), PDF)).toEqual({ status: 'no_text', pages: [], pageCount: 2 });
  });

  it('reads DOCX, XLSX and ODT', async () => {
    const docx = await docxWith(['Заявление гражданского общества']);
    const xlsx = await xlsxWith([['Нарынская', 'бюджет']]);
    const odt = await readFile(path.join(SEED_FILES, 'strategy-portal-kg.odt'));
    const type = (suffix: string) => `application/vnd.${suffix}`;
    const read = async (bytes: Buffer, mediaType: string) =>
      (await extractText(new Uint8Array(bytes), mediaType)).pages.join('\n');
    expect(await read(docx, type('openxmlformats-officedocument.wordprocessingml.document'))).toContain(
      'Заявление гражданского общества',
    );
    expect(await read(xlsx, type('openxmlformats-officedocument.spreadsheetml.sheet'))).toBe('Нарынская\tбюджет');
    expect(await read(odt, type('oasis.opendocument.text'))).toMatch(/стратеги/i);
  });

  it('reads text files saved as UTF-8 or as Windows-1251, and RTF with its escapes', async () => {
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет"
    expect((await extractText(cp1251, 'text/csv')).pages).toEqual(['Привет']);
    expect((await extractText(Buffer.from('\ufeffЖарандар;укук'), 'text/plain')).pages).toEqual(['Жарандар;укук']);
    const rtf = String.raw`{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Times;}}{\*\generator Word;}\f0 \'cf\'f0\'e8\'e2\'e5\'f2 \u1078?\u1072?\u1088?\par second}`;
    expect(rtfText(rtf)).toBe('Привет жар\nsecond');
  });

  it('refuses formats it does not read, without failing', async () => {
    expect(await extractText(new Uint8Array([1, 2, 3]), 'application/msword')).toEqual({
      status: 'unsupported',
      pages: [],
      pageCount: null,
    });
  });
});
