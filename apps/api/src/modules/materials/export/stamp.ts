import { formatCalendarDate, type Language } from '@portal/domain';

/** "Ордо Пресс, 14 октября 2026 г. — https://…" for media coverage, in the text's language; null for other kinds. */
export function coverageLine(
  language: Language,
  coverage: { coverageOutlet: string | null; coverageDate: string | null; coverageUrl: string | null },
): string | null {
  if (!coverage.coverageOutlet) return null;
  const date = coverage.coverageDate ? formatCalendarDate(language, coverage.coverageDate) : null;
  return [[coverage.coverageOutlet, date].filter(Boolean).join(', '), coverage.coverageUrl].filter(Boolean).join(' — ');
}
