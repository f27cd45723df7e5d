import type { Language } from '@portal/domain';

const LOCALES: Record<Language, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' };

export const localeOf = (language: Language): string => LOCALES[language];

/** Date and time in the interface language; invalid or missing values become an empty string. */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(language).format(date);
}

/**
 * Browsers without Kyrgyz locale data (Chromium ships none) would fall back to English month names inside a
 * Kyrgyz page; numeric dates in the regional DD.MM.YYYY style read correctly in either language there.
 */
function dateFormatter(language: Language): Intl.DateTimeFormat {
  const locale = localeOf(language);
  if (Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return new Intl.DateTimeFormat('ru-RU', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) in the interface language, read as that day wherever the browser is. */
export function formatDate(value: string | null | undefined, language: Language): string {
  const match = value ? CALENDAR_DATE.exec(value) : null;
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return '';
  const locale = localeOf(language);
  return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    : new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
        date,
      );
}
