import { protectCell, unprotectCell } from './csv-cells.js';

describe('CSV formula guard', () => {
  it('leaves phone numbers as written: digits after + cannot run anything', () => {
    for (const phones of ['+996555123456', '+996555123456;+996312621101', '+996 555 123 456']) {
      expect(protectCell(phones)).toBe(phones);
    }
  });

  it('prefixes everything else that a spreadsheet would run, and the import strips the prefix again', () => {
    for (const formula of [
      '=HYPERLINK("http://evil")',
      '+SUM(A1:A9)',
      '+996555123456+cmd|" /C calc"!A0',
      '-2+3',
      '@SUM(1)',
      '\t=1',
      '+',
    ]) {
      expect(protectCell(formula)).toBe(`'${formula}`);
      expect(unprotectCell(protectCell(formula))).toBe(formula);
    }
    expect(protectCell('Асанов')).toBe('Асанов');
  });
});
