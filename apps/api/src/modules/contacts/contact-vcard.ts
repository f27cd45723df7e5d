import ICAL from 'ical.js';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import type { ContactEntity } from './contact.entity.js';
import { splitPersonName } from './person-name.js';

/*
 * vCard 3.0 (RFC 2426), not 4.0: it is what Android's and iOS's contact importers and Evolution read fully, and
 * what they export themselves. A 4.0 TEL is a `tel:` URI, which Evolution shows as such and iOS does not import;
 * a 3.0 `TEL;TYPE=WORK,VOICE:+996…` is a plain number everywhere. ical.js writes the file (escaping, folding) but
 * leaves `;` unescaped in text values, which RFC 2426 (and RFC 6350 for NOTE) requires escaped: its text type is
 * asked to escape `;` as it does inside structured values.
 */
const text = ICAL.design.vcard3.value.text as { toICAL: (value: string, structuredEscape?: string) => string };
const VCARD3 = {
  ...ICAL.design.vcard3,
  value: { ...ICAL.design.vcard3.value, text: { ...text, toICAL: (value: string) => text.toICAL(value, ';') } },
};

/** One contact as a vCard 3.0; ORG comes from `organization`, or from `contact.organization` when it is loaded. */
export function toVCard(
  contact: ContactEntity,
  organization: OrganizationEntity | null = contact.organization ?? null,
): string {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '3.0');
  card.addPropertyWithValue('fn', contact.name);
  const n = new ICAL.Property('n', card);
  // A hotline has no first and last name: the whole name as the family part keeps it listed under its name.
  const { family, given, additional } =
    contact.kind === 'person' ? splitPersonName(contact.name) : { family: contact.name, given: '', additional: '' };
  n.setValue([family, given, additional, '', ''] as unknown as string);
  card.addProperty(n);
  if (organization) card.addPropertyWithValue('org', organization.name);
  if (contact.position) card.addPropertyWithValue('title', contact.position);
  for (const phone of contact.phones) {
    card.addPropertyWithValue('tel', phone).setParameter('type', ['WORK', 'VOICE'] as unknown as string);
  }
  for (const email of contact.emails) {
    card.addPropertyWithValue('email', email).setParameter('type', ['INTERNET', 'WORK'] as unknown as string);
  }
  if (contact.hours) card.addPropertyWithValue('note', contact.hours);
  card.addPropertyWithValue('rev', contact.updatedAt.toISOString().replace(/\.\d+/, ''));
  return ICAL.stringify.component(card.toJSON(), VCARD3 as never) + '\r\n';
}

/** The contacts as one .vcf file, which phones and address books import as a whole. */
export const toVCards = (contacts: ContactEntity[]) => contacts.map((c) => toVCard(c)).join('');
