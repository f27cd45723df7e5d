import type { Language } from '@portal/domain';
import type { Approval } from '../material-extras.service.js';

const WORDS: Record<Language, { approved: string; agreed: string; revision: string; none: string }> = {
  ru: { approved: 'Утверждено', agreed: 'Согласовано рабочей группой', revision: 'редакция', none: 'Не утверждено' },
  ky: {
    approved: 'Бекитилген',
    agreed: 'Жумушчу топ тарабынан макулдашылган',
    revision: 'редакция',
    none: 'Бекитилген эмес',
  },
  en: { approved: 'Approved', agreed: 'Agreed by the working group', revision: 'revision', none: 'Not approved' },
};

/** "Утверждено: Бакыт Жумабеков, 24.11.2026, редакция 3" in the material's own language, Bishkek time. */
export function stampText(language: Language, approval: Approval | null): string {
  const w = WORDS[language];
  if (!approval) return w.none;
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ru-RU', {
    dateStyle: 'long',
    timeZone: 'Asia/Bishkek',
  }).format(approval.approvedAt);
  const label = approval.state === 'approved' ? w.approved : w.agreed;
  return `${label}: ${approval.approvedBy}, ${date}, ${w.revision} ${approval.revisionNumber}`;
}

/** "Ордо Пресс, 14 октября 2026 г. — https://…" for media coverage; null for other kinds. */
export function coverageLine(
  language: Language,
  coverage: { coverageOutlet: string | null; coverageDate: string | null; coverageUrl: string | null },
): string | null {
  if (!coverage.coverageOutlet) return null;
  const date = coverage.coverageDate
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ru-RU', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${coverage.coverageDate}T00:00:00Z`),
      )
    : null;
  return [[coverage.coverageOutlet, date].filter(Boolean).join(', '), coverage.coverageUrl].filter(Boolean).join(' — ');
}
