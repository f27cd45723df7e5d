import { isChunkLoadError } from './route-error';

describe('isChunkLoadError', () => {
  it('recognises a failed import() as each browser words it', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/a.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: http://x/assets/a.js',
    ]) {
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
    }
  });

  it('leaves other failures to the generic message', () => {
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
