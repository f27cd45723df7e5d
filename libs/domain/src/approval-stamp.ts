import type { Language } from './languages.js';

/** Who agreed or approved a published revision and when (the API's `Approval`). */
export interface StampApproval {
  state: string;
  approvedBy: string;
  approvedAt: Date | string;
  revisionNumber: number;
}

const MONTHS: Record<Language, readonly string[]> = {
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  // Possessive forms, as Kyrgyz official documents date them ("2026-жылдын 25-ноябры"). Written out because
  // browsers (Chromium) ship no Kyrgyz locale data and CLDR's "2026-ж., 25-ноябрь" is the abbreviated form.
  ky: [
    'январы',
    'февралы',
    'марты',
    'апрели',
    'майы',
    'июну',
    'июлу',
    'августу',
    'сентябры',
    'октябры',
    'ноябры',
    'декабры',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const WORDS: Record<Language, { approved: string; agreed: string; revision: (n: number) => string; none: string }> = {
  ru: {
    approved: 'Утверждено министерством',
    agreed: 'Согласовано рабочей группой',
    revision: (n) => `редакция ${n}`,
    none: 'Не утверждено',
  },
  ky: {
    approved: 'Министрлик бекиткен',
    agreed: 'Жумушчу топ макулдашкан',
    revision: (n) => `${n}-редакция`,
    none: 'Бекитилген эмес',
  },
  en: {
    approved: 'Approved by the ministry',
    agreed: 'Agreed by the working group',
    revision: (n) => `revision ${n}`,
    none: 'Not approved',
  },
};

function longDate(language: Language, year: number, month: number, day: number): string {
  const name = MONTHS[language][month - 1];
  if (language === 'ky') return `${year}-жылдын ${day}-${name}`;
  return language === 'ru' ? `${day} ${name} ${year} г.` : `${day} ${name} ${year}`;
}

const bishkek = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Bishkek',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The day of an instant in Bishkek, written out in `language` ("25 ноября 2026 г.", "2026-жылдын 25-ноябры"). */
export function formatStampDate(language: Language, instant: Date | string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: string) => Number(bishkek.formatToParts(date).find((p) => p.type === type)?.value);
  return longDate(language, part('year'), part('month'), part('day'));
}

/** A calendar date (YYYY-MM-DD) written out in `language`; anything else becomes an empty string. */
export function formatCalendarDate(language: Language, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return '';
  return longDate(language, Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The approval stamp printed, exported and copied with a published text, always in the *text's* language:
 * "Утверждено министерством: Бакыт Жумабеков, 25 ноября 2026 г. (редакция 3)".
 */
export function approvalStamp(language: Language, approval: StampApproval | null | undefined): string {
  const w = WORDS[language];
  if (!approval) return w.none;
  const label = approval.state === 'approved' ? w.approved : w.agreed;
  return `${label}: ${approval.approvedBy}, ${formatStampDate(language, approval.approvedAt)} (${w.revision(approval.revisionNumber)})`;
}
