import { sanitizeFileName } from './file-name.js';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\config', 'config'],
    ['con.pdf', '_con.pdf'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['nul', '_nul'],
    ['console.pdf', 'console.pdf'],
    ['отчёт\u0000\u0007\u001b.pdf', 'отчёт.pdf'],
    // U+202E shows "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    ['invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['a\u2066b\u2069\u200f.docx', 'ab.docx'],
    ['  .hidden.txt  ', 'hidden.txt'],
    ['report...', 'report'],
    ['a<b>c:d"e|f?g*.pdf', 'a_b_c_d_e_f_g_.pdf'],
    ['', 'file'],
    ['../', 'file'],
    ['Закон   о\tСМИ.pdf', 'Закон о СМИ.pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('caps the length and keeps the extension', () => {
    const name = sanitizeFileName(`${'я'.repeat(500)}.docx`);
    expect(Array.from(name)).toHaveLength(180);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('composes decomposed letters (й typed as и + breve) so the same name looks and compares the same', () => {
    expect(sanitizeFileName('и\u0306.txt')).toBe('й.txt');
  });
});
