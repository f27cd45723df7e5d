import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { FieldError } from '../../common/app-error.js';
import type { ContactInput } from './dto/contact.input.js';
import type { ContactEntity } from './contact.entity.js';

/** Short service numbers (the national hotline 189, 1899…) are kept as dialled. */
const SHORT_NUMBER = /^\d{3,6}$/;

export type ContactValues = Pick<
  ContactEntity,
  | 'kind'
  | 'name'
  | 'position'
  | 'organizationId'
  | 'region'
  | 'category'
  | 'phones'
  | 'emails'
  | 'languages'
  | 'hours'
  | 'notes'
>;

/**
 * Rules beyond the shape checks of the input class: phones parsed as Kyrgyz numbers and stored in E.164,
 * e-mails lower-cased, a person needs a category and a hotline a number. Returns errors naming the field.
 */
export function normaliseContact(
  input: ContactInput,
  prefix = 'input',
): { values: ContactValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const phones = input.phones.map((raw, i) => {
    const trimmed = raw.trim();
    if (input.kind === 'hotline' && SHORT_NUMBER.test(trimmed)) return trimmed;
    const parsed = parsePhoneNumberFromString(trimmed, 'KG');
    if (!parsed?.isValid()) {
      errors.push({ field: `${prefix}.phones.${i}`, reason: 'phone', message: `"${raw}" is not a valid phone number` });
      return trimmed;
    }
    return parsed.number;
  });
  if (input.kind === 'person' && !input.category) {
    errors.push({ field: `${prefix}.category`, reason: 'required', message: 'a person needs a category' });
  }
  if (input.kind === 'hotline' && phones.length === 0) {
    errors.push({ field: `${prefix}.phones`, reason: 'required', message: 'a hotline needs a number' });
  }
  const name = input.name.trim();
  if (name.length < 2) errors.push({ field: `${prefix}.name`, reason: 'required', message: 'name is required' });
  return {
    errors,
    values: {
      kind: input.kind,
      name,
      position: input.position?.trim() || null,
      organizationId: input.organizationId ?? null,
      region: input.region ?? null,
      category: input.category ?? null,
      phones: [...new Set(phones)],
      emails: [...new Set(input.emails.map((e) => e.trim().toLowerCase()))],
      languages: [...new Set(input.languages)],
      hours: input.hours?.trim() || null,
      notes: input.notes?.trim() || null,
    },
  };
}
