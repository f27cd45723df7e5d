import type { ContactCategory, ContactKind, ContactStatus, Region } from '@portal/domain';
import { ContactEntity } from '../../src/modules/contacts/contact.entity.js';
import type { TestApp } from './test-app.js';

let counter = 0;

export async function createContact(
  t: TestApp,
  values: Partial<{
    kind: ContactKind;
    name: string;
    category: ContactCategory | null;
    status: ContactStatus;
    region: Region | null;
    organizationId: string | null;
    position: string | null;
    phones: string[];
  }> = {},
): Promise<ContactEntity> {
  const repo = t.dataSource.getRepository(ContactEntity);
  counter++;
  return repo.save(
    repo.create({
      kind: 'person',
      name: `Контакт ${counter} ${Math.random().toString(36).slice(2, 7)}`,
      category: values.kind === 'hotline' ? null : 'cso_leader',
      phones: ['+996555000000'],
      ...values,
    }),
  );
}
