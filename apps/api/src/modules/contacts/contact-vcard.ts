import ICAL from 'ical.js';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import type { ContactEntity } from './contact.entity.js';

/** A vCard 4.0 (RFC 6350) for one contact; ical.js does the escaping and line folding. */
export function toVCard(contact: ContactEntity, organization: OrganizationEntity | null): string {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  card.addPropertyWithValue('fn', contact.name);
  if (contact.kind === 'hotline') card.addPropertyWithValue('kind', 'org');
  if (organization) {
    // ORG is structured (name;unit;…): passing the name as one component makes ical.js escape its semicolons.
    const org = new ICAL.Property('org');
    org.setValue([organization.name] as unknown as string);
    card.addProperty(org);
  }
  if (contact.position) card.addPropertyWithValue('title', contact.position);
  for (const phone of contact.phones) {
    const tel = card.addPropertyWithValue('tel', `tel:${phone}`);
    tel.setParameter('value', 'uri');
    tel.setParameter('type', 'work');
  }
  for (const email of contact.emails) card.addPropertyWithValue('email', email);
  for (const language of contact.languages) card.addPropertyWithValue('lang', language);
  if (contact.hours) card.addPropertyWithValue('note', contact.hours);
  card.addPropertyWithValue('rev', contact.updatedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''));
  return card.toString() + '\r\n';
}
