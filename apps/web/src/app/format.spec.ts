import { formatDate, formatDateTime, formatPhone, localeOf } from './format';

describe('formatPhone', () => {
  it('shows short hotline numbers as they are', () => {
    expect(formatPhone('189')).toEqual({ text: '189', href: 'tel:189' });
  });

  it('formats E.164 numbers internationally with a tel: URI', () => {
    expect(formatPhone('+996312621101')).toEqual({ text: '+996 312 621 101', href: 'tel:+996312621101' });
  });

  it('parses national Kyrgyz numbers', () => {
    expect(formatPhone('0555 123 456').href).toBe('tel:+996555123456');
  });

  it('keeps unparseable text visible', () => {
    expect(formatPhone('ext. 12').text).toBe('ext. 12');
  });
});

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
