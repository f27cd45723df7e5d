import { parsePhoneNumberFromString } from 'libphonenumber-js';

// Kept apart from date formatting, so the phone metadata (~120 KB) loads only with pages that show numbers.

/** Short service numbers (the hotline 189) are dialled as they are; others are parsed as Kyrgyz numbers. */
const SHORT_NUMBER = /^\d{3,6}$/;

export interface PhoneDisplay {
  text: string;
  href: string;
}

/** Stored numbers are E.164; show them in international format so they work from abroad too (migrants). */
export function formatPhone(raw: string): PhoneDisplay {
  const value = raw.trim();
  if (SHORT_NUMBER.test(value)) return { text: value, href: `tel:${value}` };
  const parsed = parsePhoneNumberFromString(value, 'KG');
  if (!parsed?.isValid()) return { text: value, href: `tel:${value.replace(/[^\d+]/g, '')}` };
  return { text: parsed.formatInternational(), href: parsed.getURI() };
}
