import { TestApp } from './support/test-app.js';

const CREATE = 'mutation($i: OrganizationInput!) { createOrganization(input: $i) { id name type version } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { name version } }';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.close());

describe('organizations', () => {
  it('lets editors create and update organizations with optimistic locking', async () => {
    const { cookie } = await t.signInAs(['editor']);
    const created = await t.gql(CREATE, { i: { name: '  ОФ «Новая Надежда» ', type: 'cso' } }, cookie);
    const org = created.data?.createOrganization;
    expect(org).toMatchObject({ name: 'ОФ «Новая Надежда»', type: 'cso', version: 1 });

    const first = await t.gql(UPDATE, { id: org.id, i: { name: 'ОФ «Надежда»', type: 'cso', version: 1 } }, cookie);
    expect(first.data?.updateOrganization).toEqual({ name: 'ОФ «Надежда»', version: 2 });
    const stale = await t.gql(UPDATE, { id: org.id, i: { name: 'Устаревшее имя', type: 'cso', version: 1 } }, cookie);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const list = await t.gql('{ organizations { id name } }', {}, cookie);
    expect(list.data?.organizations).toContainEqual({ id: org.id, name: 'ОФ «Надежда»' });
  });

  it('refuses duplicate names (case-insensitive), bad types and bad websites', async () => {
    const { cookie } = await t.signInAs(['admin']);
    await t.gql(CREATE, { i: { name: 'Дубликат', type: 'media' } }, cookie);
    const duplicate = await t.gql(CREATE, { i: { name: 'дубликат', type: 'media' } }, cookie);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const badSite = await t.gql(CREATE, { i: { name: 'Сайт', type: 'media', website: 'javascript:alert(1)' } }, cookie);
    expect(badSite.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.website', reason: 'isUrl' }),
    ]);
    const badType = await t.gql(CREATE, { i: { name: 'Тип', type: 'sect' } }, cookie);
    expect(badType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
