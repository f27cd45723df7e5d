import { isMaterialId } from './material-id';

describe('isMaterialId', () => {
  it('accepts UUIDs only', () => {
    expect(isMaterialId('3f2b8c1e-9d4a-4e2b-8f1a-0c6d5e4b3a21')).toBe(true);
    for (const id of ['abc', '', '3f2b8c1e-9d4a-4e2b-8f1a', '3f2b8c1e-9d4a-4e2b-8f1a-0c6d5e4b3a21x']) {
      expect(isMaterialId(id)).toBe(false);
    }
  });
});
