import type { ContactCategory, ContactKind, Language, Region } from '@portal/domain';
import type { ContactFieldsFragment, ContactInput } from '../../gql/graphql';

/** What the form edits: text inputs hold strings, so "nothing" is '' here and null in the API input. */
export interface ContactFormValues {
  kind: ContactKind;
  name: string;
  position: string;
  organizationId: string;
  region: Region | '';
  category: ContactCategory | '';
  phones: string[];
  emails: string[];
  languages: Language[];
  hours: string;
  notes: string;
}

export const emptyValues = (): ContactFormValues => ({
  kind: 'person',
  name: '',
  position: '',
  organizationId: '',
  region: '',
  category: '',
  phones: [''],
  emails: [''],
  languages: [],
  hours: '',
  notes: '',
});

export function valuesFromContact(c: ContactFieldsFragment): ContactFormValues {
  return {
    kind: c.kind,
    name: c.name,
    position: c.position ?? '',
    organizationId: c.organizationId ?? '',
    region: c.region ?? '',
    category: c.category ?? '',
    phones: c.phones.length ? [...c.phones] : [''],
    emails: c.emails.length ? [...c.emails] : [''],
    languages: [...c.languages],
    hours: c.hours ?? '',
    notes: c.notes ?? '',
  };
}

export interface PreparedInput {
  input: ContactInput;
  /** For each sent phone/e-mail, the row of the form it came from (blank rows are not sent). */
  phoneRows: number[];
  emailRows: number[];
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function nonBlank(values: string[]): { sent: string[]; rows: number[] } {
  const sent: string[] = [];
  const rows: number[] = [];
  values.forEach((v, i) => {
    if (v.trim() !== '') {
      sent.push(v.trim());
      rows.push(i);
    }
  });
  return { sent, rows };
}

export function toContactInput(values: ContactFormValues): PreparedInput {
  const phones = nonBlank(values.phones);
  const emails = nonBlank(values.emails);
  return {
    input: {
      kind: values.kind,
      name: values.name.trim(),
      position: orNull(values.position),
      organizationId: orNull(values.organizationId),
      region: values.region || null,
      category: values.category || null,
      phones: phones.sent,
      emails: emails.sent,
      languages: values.languages,
      hours: values.kind === 'hotline' ? orNull(values.hours) : null,
      notes: orNull(values.notes),
    },
    phoneRows: phones.rows,
    emailRows: emails.rows,
  };
}

/** Turns the API's field path (`phones.1` = second phone sent) into the form row that holds it. */
export function formFieldOf(path: string, prepared: Pick<PreparedInput, 'phoneRows' | 'emailRows'>): string {
  const match = /^(phones|emails)\.(\d+)$/.exec(path);
  if (!match) return path;
  const rows = match[1] === 'phones' ? prepared.phoneRows : prepared.emailRows;
  const row = rows[Number(match[2])];
  return row === undefined ? match[1] : `${match[1]}.${row}`;
}
