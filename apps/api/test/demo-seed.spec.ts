import argon2 from 'argon2';
import { createApp } from '../src/app.factory.js';
import { PASSWORD_HASH_COSTS } from '../src/auth/password-hash-cost.js';
import { loadConfig } from '../src/config/env.js';
import { DEMO_TOTP_SECRETS } from '../src/seed/demo-data.js';
import { createTestDatabase } from './support/test-database.js';
import { TestApp } from './support/test-app.js';

const counts = (t: TestApp) =>
  t.dataSource
    .query(`SELECT (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM app_user)::int AS users,
                             (SELECT count(*) FROM organization)::int AS organizations`);

describe('demo data', () => {
  it('loads once: a restart neither duplicates nor restores anything, and every demo account signs in', async () => {
    const db = await createTestDatabase();
    const keep = { url: db.url, drop: async () => {} };
    try {
      const first = await TestApp.start({ DEMO_DATA: 'true' }, keep);
      const [loaded] = await counts(first);
      expect(loaded.users).toBe(5);
      // Hashed at the configured cost (the test apps' cheap one), like every other new password.
      const hashes: { password_hash: string }[] = await first.dataSource.query('SELECT password_hash FROM app_user');
      const atOtherCost = hashes.filter((u) => argon2.needsRehash(u.password_hash, PASSWORD_HASH_COSTS.fast));
      expect(atOtherCost).toEqual([]);
      expect(loaded.contacts).toBeGreaterThan(25);
      for (const role of ['admin', 'approver', 'editor', 'member', 'reader']) {
        await expect(first.signIn(`${role}@portal.test`, 'portal-demo')).resolves.toMatch(/portal_session/);
      }
      // The admin and approver sign in with a code of the documented demo secret, never without one.
      const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';
      const input = { email: 'approver@portal.test', password: 'portal-demo' };
      const noCode = await first.gql(SIGN_IN, { input });
      expect(noCode.errors?.[0].extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
      first.clock.advance(30_000);
      const code = await first.totpCode(DEMO_TOTP_SECRETS['approver@portal.test']);
      expect((await first.gql(SIGN_IN, { input: { ...input, code } })).cookie).toMatch(/portal_session/);
      const reader = await first.signIn('reader@portal.test', 'portal-demo');
      const library = await first.gql(
        '{ materials(limit: 50) { total items { language outdated published { title } } } }',
        {},
        reader,
      );
      // Approved and agreed texts only: the embargoed release, the text under review and the draft stay hidden.
      expect(library.data?.materials.total).toBe(6);
      const kyQa = library.data?.materials.items.find((m: { published: { title: string } }) =>
        m.published.title.startsWith('Улуттук ысык линия'),
      );
      expect(kyQa).toMatchObject({ language: 'ky', outdated: true });
      await first.dataSource.query(`DELETE FROM contact WHERE kind = 'hotline'`);
      const [afterDelete] = await counts(first);
      await first.close();

      const second = await TestApp.start({ DEMO_DATA: 'true' }, keep);
      expect(await counts(second)).toEqual([afterDelete]);
      await second.close();
    } finally {
      await db.drop();
    }
  });

  it('refuses to start in production while a demo account still has the demo password', async () => {
    const db = await createTestDatabase();
    const keep = { url: db.url, drop: async () => {} };
    try {
      const demo = await TestApp.start({ DEMO_DATA: 'true' }, keep);
      await demo.close();
      const config = loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'error' });
      await expect(createApp(config)).rejects.toThrow(/demo password/);
    } finally {
      await db.drop();
    }
  });
});
