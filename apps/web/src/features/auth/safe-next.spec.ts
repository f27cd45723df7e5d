import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeNext('/contacts?kind=hotline')).toBe('/contacts?kind=hotline');
    expect(safeNext('/materials/1#comments')).toBe('/materials/1#comments');
  });

  it('refuses other sites and loops back to sign-in', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/sign-in?next=/x']) {
      expect(safeNext(next)).toBe('/');
    }
  });

  it('refuses paths a browser reads as another site or that are not plain paths', () => {
    // What /sign-in?next=/%5Cevil.example decodes to, and its relatives.
    for (const next of [
      '/\\evil.example',
      '/\\/evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/%0a/evil.example'.replace('%0a', '\n'),
      'javascript:alert(1)',
      '/sign-in/../sign-in',
    ]) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
