import iconv from 'iconv-lite';
import { detectDelimiter, readContactFile } from './contact-file.js';

const text = 'Тип;ФИО\nperson;Бекмуратова Жылдыз';

describe('readContactFile', () => {
  it.each([
    ['UTF-8', Buffer.from(text), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['UTF-16 LE with BOM', iconv.encode(text, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16 BE with BOM', iconv.encode(text, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-16 LE without BOM', iconv.encode(text, 'utf-16le'), 'utf-16le'],
    ['Windows-1251', iconv.encode(text, 'win1251'), 'windows-1251'],
  ])('decodes %s', (_, bytes, encoding) => {
    expect(readContactFile(bytes)).toEqual({ type: 'csv', text, encoding });
  });

  it('tells an XLSX workbook by its ZIP signature', () => {
    expect(readContactFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])).type).toBe('xlsx');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['kind,name,phones\nperson,"A; B",x', ','],
    ['kind;name;phones\nperson;"A, B";x', ';'],
    ['kind\tname\tphones\nperson\tA, B; C\tx', '\t'],
    ['\ufeffkind;name\r\n', ';'],
  ])('%j', (csv, delimiter) => {
    expect(detectDelimiter(csv)).toBe(delimiter);
  });
});
