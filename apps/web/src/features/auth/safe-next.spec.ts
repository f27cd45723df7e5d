import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/contacts?kind=hotline')).toBe('/contacts?kind=hotline');
  });

  it('refuses other sites and loops back to sign-in', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/sign-in?next=/x']) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
