import { createContact } from './support/contact-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.close());

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, base = t.url) =>
  fetch(`${base}/graphql`, { method: 'POST', headers, body });

describe('HTTP hardening', () => {
  it('sends security headers and no X-Powered-By', async () => {
    const res = await post(JSON.stringify({ query: '{ me { user { id } } }' }));
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses simple cross-site requests (Apollo CSRF prevention) and batched operations', async () => {
    const plain = await post('{"query":"{ me { user { id } } }"}', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    const batch = await post(
      JSON.stringify([{ query: '{ me { user { id } } }' }, { query: '{ me { user { id } } }' }]),
    );
    expect(batch.status).toBe(400);
  });

  it('refuses oversized bodies', async () => {
    const res = await post(
      JSON.stringify({ query: '{ me { user { id } } }', variables: { pad: 'x'.repeat(4 * 1024 * 1024) } }),
    );
    expect(res.status).toBe(413);
  });

  it('refuses queries that are too expensive', async () => {
    const { cookie } = await t.as('member');
    const fields =
      'id kind name position region category phones emails languages hours notes status version createdAt updatedAt organization { id name shortName type website version }';
    const query = `{ a: contacts(limit: 100) { items { ${fields} } } b: contacts(limit: 100) { items { ${fields} } } c: contacts(limit: 100) { items { ${fields} } } }`;
    const result = await t.gql(query, {}, cookie);
    expect(result.errors?.[0].message).toMatch(/too complex/);
    expect(result.data).toBeNull();
  });

  it('reports unexpected failures generically, without stack traces', async () => {
    const { cookie } = await t.as('editor');
    const contact = await createContact(t, { category: 'press' });
    await t.dataSource.query('ALTER TABLE contact RENAME COLUMN notes TO notes_gone');
    try {
      const result = await t.gql(`{ contact(id: "${contact.id}") { id } }`, {}, cookie);
      expect(result.errors).toEqual([
        { message: 'Internal server error', path: ['contact'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
    } finally {
      await t.dataSource.query('ALTER TABLE contact RENAME COLUMN notes_gone TO notes');
    }
  });
});

describe('production mode', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => prod.close());

  it('turns introspection off and hides schema hints', async () => {
    const introspection = await prod.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await prod.gql('{ contactz { total } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('sets the session cookie as __Host- and Secure', async () => {
    const user = await prod.createUser(['member']);
    const res = await fetch(`${prod.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
        variables: { i: { email: user.email, password: 'correct horse battery' } },
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-portal_session=/);
    expect(cookie).toMatch(/Secure/);
  });
});
