import { subject } from '@casl/ability';
import { defineAbilityFor } from '@portal/authz';
import { CONTACT_CATEGORIES, CONTACT_KINDS, CONTACT_STATUSES, type Role } from '@portal/domain';
import { ContactEntity } from '../src/modules/contacts/contact.entity.js';
import { createContact } from './support/contact-factory.js';
import { TestApp } from './support/test-app.js';

const LIST = `query($filter: ContactFilterInput, $sort: ContactSort, $offset: Int, $limit: Int) {
  contacts(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    total items { id name category kind status organization { id name } }
  }
}`;
const CREATE = 'mutation($input: ContactInput!) { createContact(input: $input) { id name phones emails version } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id name version } }';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.close());

describe('contact list', () => {
  it('returns to each role, straight from SQL, exactly the rows its CASL rules allow', async () => {
    await t.dataSource.query('DELETE FROM contact');
    for (const kind of CONTACT_KINDS) {
      for (const category of [null, ...CONTACT_CATEGORIES]) {
        if (kind === 'person' && category === null) continue;
        for (const status of CONTACT_STATUSES) await createContact(t, { kind, category, status });
      }
    }
    const all = await t.dataSource.getRepository(ContactEntity).find();
    const roles: Role[] = ['admin', 'approver', 'editor', 'member', 'reader'];
    for (const role of roles) {
      const { user, cookie } = await t.as(role);
      const ability = defineAbilityFor({ id: user.id, roles: [role], organizationId: null });
      for (const status of CONTACT_STATUSES) {
        const result = await t.gql(LIST, { filter: { status }, limit: 100 }, cookie);
        const expected = all.filter((c) => c.status === status && ability.can('read', subject('Contact', { ...c })));
        const ids = result.data?.contacts.items.map((c: { id: string }) => c.id).sort();
        expect({ role, status, ids }).toEqual({ role, status, ids: expected.map((c) => c.id).sort() });
      }
    }
  });

  it('shows readers only press contacts and hotlines, and hides the rest even by id', async () => {
    const press = await createContact(t, { category: 'press' });
    const internal = await createContact(t, { category: 'ministry_regional' });
    const { cookie } = await t.as('reader');
    const q = 'query($id: ID!) { contact(id: $id) { id } }';
    expect((await t.gql(q, { id: press.id }, cookie)).data).toEqual({ contact: { id: press.id } });
    expect((await t.gql(q, { id: internal.id }, cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('filters by category, region, kind and organization type, searches and sorts', async () => {
    const org = await t.createOrganization({ name: 'ОФ «Поиск Тест»', type: 'cso' });
    const ministry = await t.createOrganization({ name: 'Министерство Тестов', type: 'ministry' });
    const a = await createContact(t, {
      name: 'Алтынай Тестова',
      category: 'cso_leader',
      region: 'naryn',
      organizationId: org.id,
    });
    const b = await createContact(t, {
      name: 'Бакыт Тестов',
      category: 'press',
      region: 'naryn',
      organizationId: ministry.id,
      position: 'Пресс-секретарь',
    });
    await createContact(t, { kind: 'hotline', name: 'Линия Тестовая', region: 'naryn', phones: ['1899'] });
    const { cookie } = await t.as('member');

    const byRegion = await t.gql(LIST, { filter: { region: 'naryn' }, sort: 'name' }, cookie);
    expect(byRegion.data?.contacts.items.map((c: { name: string }) => c.name)).toEqual([
      'Алтынай Тестова',
      'Бакыт Тестов',
      'Линия Тестовая',
    ]);
    const byCategory = await t.gql(LIST, { filter: { region: 'naryn', categories: ['press'] } }, cookie);
    expect(byCategory.data?.contacts.items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    const hotlines = await t.gql(LIST, { filter: { region: 'naryn', kind: 'hotline' } }, cookie);
    expect(hotlines.data?.contacts.total).toBe(1);
    const national = await createContact(t, {
      kind: 'hotline',
      name: 'Национальная Тестовая',
      region: null,
      phones: ['1888'],
    });
    const nationalOnly = await t.gql(LIST, { filter: { national: true, kind: 'hotline', search: 'Тестовая' } }, cookie);
    expect(nationalOnly.data?.contacts.items.map((c: { id: string }) => c.id)).toEqual([national.id]);
    const byOrgType = await t.gql(LIST, { filter: { organizationType: 'ministry' } }, cookie);
    expect(byOrgType.data?.contacts.items.map((c: { id: string }) => c.id)).toEqual([b.id]);

    for (const [search, expected] of [
      ['алтынай', [a.id]],
      ['ПРЕСС-СЕКР', [b.id]],
      ['поиск тест', [a.id]],
      ['100%_', []],
    ] as const) {
      const found = await t.gql(LIST, { filter: { search } }, cookie);
      expect({ search, ids: found.data?.contacts.items.map((c: { id: string }) => c.id) }).toEqual({
        search,
        ids: expected,
      });
    }
    const byOrganization = await t.gql(LIST, { filter: { region: 'naryn' }, sort: 'organization' }, cookie);
    expect(byOrganization.data?.contacts.items.map((c: { name: string }) => c.name)).toEqual([
      'Бакыт Тестов',
      'Алтынай Тестова',
      'Линия Тестовая',
    ]);
  });

  it('pages with a capped limit and issues the same number of statements whatever the page size', async () => {
    const org = await t.createOrganization();
    for (let i = 0; i < 120; i++) await createContact(t, { organizationId: org.id, category: 'government_agency' });
    const { cookie } = await t.as('member');
    const filter = { organizationId: org.id };

    const page1 = await t.gql(LIST, { filter, limit: 50, offset: 0 }, cookie);
    const page2 = await t.gql(LIST, { filter, limit: 50, offset: 50 }, cookie);
    expect(page1.data?.contacts.total).toBe(120);
    const ids = [...page1.data!.contacts.items, ...page2.data!.contacts.items].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(100);

    const small = await t.countQueries(() => t.gql(LIST, { filter, limit: 10 }, cookie));
    const large = await t.countQueries(() => t.gql(LIST, { filter, limit: 100 }, cookie));
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(5);

    const tooMany = await t.gql(LIST, { filter, limit: 101 }, cookie);
    expect(tooMany.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'limit', reason: 'max' });
  });
});

describe('contact changes', () => {
  const validInput = (over: Record<string, unknown> = {}) => ({
    kind: 'person',
    name: 'Айгерим Новая',
    category: 'press',
    region: 'osh',
    phones: ['0555 123 456'],
    emails: ['Aigerim@Example.KG'],
    languages: ['ru', 'ky'],
    ...over,
  });

  it('creates a contact with normalised phones and e-mails', async () => {
    const { cookie } = await t.as('editor');
    const created = await t.gql(CREATE, { input: validInput() }, cookie);
    expect(created.data?.createContact).toMatchObject({
      phones: ['+996555123456'],
      emails: ['aigerim@example.kg'],
      version: 1,
    });
  });

  it('rejects bad input naming each field, and stores nothing', async () => {
    const { cookie } = await t.as('editor');
    const before = await t.dataSource.getRepository(ContactEntity).count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ phones: ['0555 123 456', 'call me'] }, 'input.phones.1', 'phone'],
      [{ category: null }, 'input.category', 'required'],
      [{ emails: ['nope'] }, 'input.emails', 'isEmail'],
      [{ name: 'x'.repeat(201) }, 'input.name', 'isLength'],
      [{ organizationId: '00000000-0000-4000-8000-000000000000' }, 'input.organizationId', 'notFound'],
      [{ kind: 'hotline', category: null, phones: [] }, 'input.phones', 'required'],
      [{ extra: 'field' }, 'input', 'BAD_USER_INPUT'],
    ];
    for (const [over, field, reason] of cases) {
      const result = await t.gql(CREATE, { input: validInput(over) }, cookie);
      const error = result.errors?.[0];
      if (reason === 'BAD_USER_INPUT') {
        expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error?.message).toMatch(/extra/);
      } else {
        expect({ over, fields: error?.extensions?.fields }).toEqual({
          over,
          fields: expect.arrayContaining([expect.objectContaining({ field, reason })]),
        });
      }
    }
    const unknownKind = await t.gql(CREATE, { input: validInput({ kind: 'robot' }) }, cookie);
    expect(unknownKind.errors?.[0].message).toMatch(/kind/);
    expect(await t.dataSource.getRepository(ContactEntity).count()).toBe(before);
  });

  it('refuses a malformed id with a field error, not a server error', async () => {
    const { cookie } = await t.as('member');
    const result = await t.gql('{ contact(id: "1 OR 1=1") { id } }', {}, cookie);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', reason: 'isUuid', message: 'must be a valid id' }],
    });
  });

  it('lets exactly one of many concurrent saves of the same version win, and reports the others as conflicts', async () => {
    const contact = await createContact(t, { category: 'press' });
    const { cookie } = await t.as('editor');
    const saves = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(UPDATE, { id: contact.id, input: { ...validInput({ name: `Версия ${i}` }), version: 1 } }, cookie),
      ),
    );
    const winners = saves.filter((s) => s.data?.updateContact);
    const losers = saves.filter((s) => s.errors?.[0].extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(7);
    expect(losers[0].errors?.[0].extensions).toMatchObject({ currentVersion: 2 });
    const stored = await t.dataSource.getRepository(ContactEntity).findOneByOrFail({ id: contact.id });
    expect(stored.name).toBe(winners[0].data?.updateContact.name);
    expect(stored.version).toBe(2);
  });

  it('archives and restores; archived contacts leave the default list', async () => {
    const contact = await createContact(t, { category: 'press', name: 'Архивный Контакт' });
    const editor = await t.as('editor');
    const member = await t.as('member');
    const archived = await t.gql(
      'mutation($id: ID!) { archiveContact(id: $id) { status version } }',
      { id: contact.id },
      editor.cookie,
    );
    expect(archived.data?.archiveContact).toEqual({ status: 'archived', version: 2 });
    const search = { filter: { search: 'Архивный Контакт' } };
    expect((await t.gql(LIST, search, member.cookie)).data?.contacts.total).toBe(0);
    expect(
      (await t.gql(LIST, { filter: { ...search.filter, status: 'archived' } }, member.cookie)).data?.contacts.total,
    ).toBe(0);
    expect(
      (await t.gql(LIST, { filter: { ...search.filter, status: 'archived' } }, editor.cookie)).data?.contacts.total,
    ).toBe(1);
    const restored = await t.gql(
      'mutation($id: ID!) { restoreContact(id: $id) { status } }',
      { id: contact.id },
      editor.cookie,
    );
    expect(restored.data?.restoreContact.status).toBe('active');
    expect((await t.gql(LIST, search, member.cookie)).data?.contacts.total).toBe(1);
  });
});
