import { bishkekLocalToIso, isoToBishkekLocal } from './bishkek-time';

describe('Bishkek time', () => {
  it('reads a datetime-local value as Bishkek time (UTC+6), whatever the machine zone', () => {
    expect(bishkekLocalToIso('2027-03-01T09:30')).toBe('2027-03-01T03:30:00.000Z');
    expect(bishkekLocalToIso('2027-01-01T02:00')).toBe('2026-12-31T20:00:00.000Z');
  });

  it('turns empty or malformed input into null', () => {
    expect(bishkekLocalToIso('')).toBeNull();
    expect(bishkekLocalToIso('01.03.2027 09:30')).toBeNull();
  });

  it('shows a stored instant back in Bishkek time', () => {
    expect(isoToBishkekLocal('2027-03-01T03:30:00.000Z')).toBe('2027-03-01T09:30');
    expect(isoToBishkekLocal(null)).toBe('');
    expect(isoToBishkekLocal('nonsense')).toBe('');
  });
});
