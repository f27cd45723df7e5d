import pg from 'pg';
import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { createApprovedMaterial, CREATE_MATERIAL, doc } from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let admin: string;
let editor: string;
let member: string;
beforeAll(async () => {
  t = await TestApp.start();
  [admin, editor, member] = await Promise.all(
    (['admin', 'editor', 'member'] as const).map(async (role) => (await t.signInAs([role])).cookie),
  );
});
afterAll(() => t.close());

const ADD_COMMENT =
  'mutation($id: ID!, $input: CommentInput!) { addMaterialComment(materialId: $id, input: $input) { id body } }';
const EDIT_COMMENT =
  'mutation($id: ID!, $input: EditCommentInput!) { editMaterialComment(id: $id, input: $input) { id } }';
const CREATE_ORGANIZATION = 'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name } }';
const CREATE_CONTACT = 'mutation($input: ContactInput!) { createContact(input: $input) { id } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }';

const fieldsOf = (result: Awaited<ReturnType<TestApp['gql']>>) =>
  result.errors?.[0].extensions?.fields?.map(({ field, reason }) => ({ field, reason }));

const kindId = () =>
  t.dataSource
    .getRepository(MaterialKindEntity)
    .findOneByOrFail({ code: 'press_release' })
    .then((k) => k.id);

describe('NUL characters', () => {
  it('are refused as BAD_USER_INPUT naming the field, in any string argument', async () => {
    const { id: materialId } = await createApprovedMaterial(t);
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['member', '{ x: materials(filter: { search: "a\\u0000b" }) { total } }', {}, 'filter.search'],
      [
        'member',
        'query($f: ContactFilterInput) { contacts(filter: $f) { total } }',
        { f: { search: 'a\u0000b' } },
        'filter.search',
      ],
      ['member', ADD_COMMENT, { id: materialId, input: { body: 'Хорошо\u0000' } }, 'input.body'],
      ['editor', CREATE_ORGANIZATION, { input: { name: 'Фонд\u0000', type: 'cso' } }, 'input.name'],
      [
        'admin',
        INVITE,
        { input: { email: 'nul\u0000@test.kg', displayName: 'Айгүл', roles: ['member'] } },
        'input.email',
      ],
      [
        'anonymous',
        'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        { input: { email: 'a\u0000@test.kg', password: 'x' } },
        'input.email',
      ],
      ['anonymous', 'query($token: String!) { inviteInfo(token: $token) { email } }', { token: 'ab\u0000' }, 'token'],
    ];
    const cookies: Record<string, string | undefined> = { member, editor, admin, anonymous: undefined };
    for (const [who, query, variables, field] of cases) {
      const result = await t.gql(query, variables, cookies[who]);
      expect({ field, errors: fieldsOf(result) }).toEqual({ field, errors: [{ field, reason: 'noNulCharacter' }] });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('are refused in REST query parameters too', async () => {
    const res = await fetch(`${t.url}/api/contacts/export.csv?search=a%00b`, { headers: { cookie: member } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'search', reason: 'noNulCharacter' }],
    });
  });
});

describe('malformed requests', () => {
  it('reports a fragment cycle as a validation failure, not a stack overflow', async () => {
    const result = await t.gql(
      '{ me { ...A } } fragment A on Viewer { user { id } ...B } fragment B on Viewer { ...A }',
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('reports an unknown fragment as a validation failure', async () => {
    const result = await t.gql('{ me { ...Missing } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each(['{ me { user { id } } }', 'query Me { me { user { id } } }'])(
    'answers an operationName that matches no operation of %s with 400 and a clear code',
    async (query) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, operationName: 'Nothing' }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(res.status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(body.errors[0].message).toMatch(/Nothing/);
    },
  );
});

describe('text that shows nothing', () => {
  const invisible = ['   \n\t  ', '\u200B\u200B\u200B', '\u200C\u200D\u2060\uFEFF', '\u00A0\u3164\u00AD'];

  it('refuses comments that are blank or only zero-width characters, on the comment body', async () => {
    const { id } = await createApprovedMaterial(t);
    for (const body of invisible) {
      const result = await t.gql(ADD_COMMENT, { id, input: { body } }, member);
      expect(fieldsOf(result)).toEqual([{ field: 'input.body', reason: 'isNotEmpty' }]);
    }
    const ok = await t.gql(ADD_COMMENT, { id, input: { body: '  Согласен\u200B ' } }, member);
    expect(ok.data?.addMaterialComment.body).toBe('Согласен\u200B');
    const edit = await t.gql(EDIT_COMMENT, { id: ok.data?.addMaterialComment.id, input: { body: '\u200B ' } }, member);
    expect(fieldsOf(edit)).toEqual([{ field: 'input.body', reason: 'isNotEmpty' }]);
  });

  it('refuses display, contact, organization and material names made only of invisible characters', async () => {
    const kind = await kindId();
    for (const name of invisible.slice(1)) {
      const invite = await t.gql(
        INVITE,
        { input: { email: `zw-${Math.random().toString(36).slice(2)}@test.kg`, displayName: name, roles: ['member'] } },
        admin,
      );
      expect(fieldsOf(invite)).toEqual([{ field: 'input.displayName', reason: 'isNotEmpty' }]);
      const contact = await t.gql(CREATE_CONTACT, { input: { kind: 'hotline', name, phones: ['189'] } }, editor);
      expect(fieldsOf(contact)).toEqual([{ field: 'input.name', reason: 'isNotEmpty' }]);
      const organization = await t.gql(CREATE_ORGANIZATION, { input: { name, type: 'cso' } }, editor);
      expect(fieldsOf(organization)).toEqual([{ field: 'input.name', reason: 'isNotEmpty' }]);
      const material = await t.gql(
        CREATE_MATERIAL,
        { input: { kindId: kind, language: 'ru', title: name, body: doc('Текст') } },
        editor,
      );
      expect(fieldsOf(material)).toEqual([{ field: 'input.title', reason: 'isNotEmpty' }]);
    }
    // Real names keep their joiners and marks.
    const ok = await t.gql(CREATE_ORGANIZATION, { input: { name: 'Фонд «Ы\u0306»', type: 'cso' } }, editor);
    expect(ok.errors).toBeUndefined();
  });
});

describe('duplicate keys under concurrency', () => {
  it('two identical invitations at once: one succeeds, the other is a CONFLICT on input.email', async () => {
    const email = `twice-${Math.random().toString(36).slice(2)}@test.kg`;
    const input = { email, displayName: 'Дважды', roles: ['member'] };
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql(INVITE, { input }, admin)));
    expect(results.filter((r) => r.data?.inviteUser).length).toBe(1);
    const refused = results.filter((r) => !r.data);
    expect(refused.map((r) => r.errors?.[0].extensions)).toEqual(
      refused.map(() => ({ code: 'CONFLICT', field: 'input.email' })),
    );
  });

  it('two identical organizations at once (differing in case): one succeeds, the other a CONFLICT on input.name', async () => {
    const name = `Фонд ${Math.random().toString(36).slice(2)}`;
    const results = await Promise.all(
      [name, name.toUpperCase(), name, name.toLowerCase(), name, name].map((n) =>
        t.gql(CREATE_ORGANIZATION, { input: { name: n, type: 'cso' } }, editor),
      ),
    );
    expect(results.filter((r) => r.data?.createOrganization).length).toBe(1);
    const refused = results.filter((r) => !r.data);
    expect(refused.map((r) => r.errors?.[0].extensions)).toEqual(
      refused.map(() => ({ code: 'CONFLICT', field: 'input.name' })),
    );
  });

  // The races above may or may not interleave; these force the interleaving: the row arrives after the service's
  // check and before its insert, so only the unique index can refuse it.
  it.each([
    [
      'an e-mail',
      `INSERT INTO app_user (email, display_name, roles, status) VALUES ($1, 'Другой', '{member}', 'invited')`,
      (value: string) => t.gql(INVITE, { input: { email: value, displayName: 'Тот же', roles: ['member'] } }, admin),
      'input.email',
    ],
    [
      'an organization name',
      `INSERT INTO organization (name, type) VALUES (upper($1), 'cso')`,
      (value: string) => t.gql(CREATE_ORGANIZATION, { input: { name: value, type: 'cso' } }, editor),
      'input.name',
    ],
  ])('maps a unique violation on %s to CONFLICT naming the field', async (_what, insert, create, field) => {
    const value = `race-${Math.random().toString(36).slice(2)}@test.kg`;
    const other = new pg.Client({ connectionString: t.config.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(insert, [value]);
      const pending = create(value);
      await waitForLockWait(other);
      await other.query('COMMIT');
      const result = await pending;
      expect(result.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field });
    } finally {
      await other.end();
    }
  });
});

/** Until one of the API's statements waits for a lock held by the test's transaction. */
async function waitForLockWait(client: pg.Client) {
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'portal-api' AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
