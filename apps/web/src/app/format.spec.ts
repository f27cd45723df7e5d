import { formatDate, formatDateTime, localeOf } from './format';

describe('formatDateTime', () => {
  it('uses the locale of the interface language', () => {
    expect(localeOf('ky')).toBe('ky-KG');
    const value = '2026-03-05T10:30:00Z';
    expect(formatDateTime(value, 'ru')).toMatch(/2026/);
    expect(formatDateTime(value, 'en')).toMatch(/Mar/);
    expect(formatDateTime(value, 'ky')).toMatch(/2026/);
  });

  it('returns an empty string for missing or invalid dates', () => {
    expect(formatDateTime(null, 'ru')).toBe('');
    expect(formatDateTime('not a date', 'ru')).toBe('');
  });
});

describe('formatDate', () => {
  it('shows a calendar date as that same day in the interface language', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatDate('2026-03-05', 'ru')).toMatch(/^5 марта 2026/);
    expect(formatDate('2026-03-05', 'ky')).toMatch(/2026/);
  });

  it('returns an empty string for missing or malformed dates', () => {
    expect(formatDate(null, 'ru')).toBe('');
    expect(formatDate('05.03.2026', 'ru')).toBe('');
  });
});
