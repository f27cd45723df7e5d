import { SessionEntity } from '../src/auth/session.entity.js';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '../src/auth/login-throttle.service.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { TEST_PASSWORD, TestApp } from './support/test-app.js';

const ME = '{ me { user { id email roles } abilityRules } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

/** Requests from a client address of the test's own, so per-IP limits never depend on other tests. */
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const codes = (results: { errors?: { extensions?: { code?: string } }[] }[]) =>
  results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({ TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('signs in with an httpOnly SameSite session cookie and returns the rules of the roles', async () => {
    const user = await t.createUser(['reader']);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { email: user.email.toUpperCase(), password: TEST_PASSWORD } },
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^portal_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await t.gql(ME, {}, cookie.split(';')[0]);
    expect(me.data?.me.user).toEqual({ id: user.id, email: user.email, roles: ['reader'] });
    const rules = JSON.parse(me.data?.me.abilityRules);
    expect(rules).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'read', subject: 'Contact' })]));
  });

  it('gives the same generic error for a wrong password and an unknown account', async () => {
    const user = await t.createUser(['member']);
    const wrong = await t.gql(SIGN_IN, { input: { email: user.email, password: 'nope-nope-nope' } });
    const unknown = await t.gql(SIGN_IN, { input: { email: 'nobody@test.kg', password: 'nope-nope-nope' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.cookie).toBeNull();
  });

  it('refuses deactivated and not-yet-activated accounts', async () => {
    const deactivated = await t.createUser(['member'], { status: 'deactivated' });
    const invited = await t.createUser(['member'], { status: 'invited' });
    for (const user of [deactivated, invited]) {
      const result = await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
      expect(result.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('throttles sign-in per account, even with the right password afterwards', async () => {
    const user = await t.createUser(['member']);
    const ip = from('198.51.100.1');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await t.gql(SIGN_IN, { input: { email: user.email, password: `wrong-${i}-password` } }, null, ip);
    }
    const blocked = await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, null, ip);
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.cookie).toBeNull();
  });

  it('checks no more wrong passwords than the limit allows, even when they arrive all at once', async () => {
    const user = await t.createUser(['member']);
    const ip = from('198.51.100.2');
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.gql(SIGN_IN, { input: { email: user.email, password: `parallel-guess-${i}` } }, null, ip),
      ),
    );
    // A password is only checked after its attempt was counted; the others are refused before any check.
    expect(codes(guesses).filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(codes(guesses).filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
    const recorded = await t.dataSource.query('SELECT count(*)::int AS n FROM login_attempt WHERE email = $1', [
      user.email,
    ]);
    expect(recorded).toEqual([{ n: MAX_FAILURES_PER_ACCOUNT }]);

    const right = await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, null, ip);
    expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(right.cookie).toBeNull();
  });

  it('throttles sign-in per IP across accounts, and only that IP', async () => {
    const ip = from('198.51.100.3');
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await t.gql(SIGN_IN, { input: { email: `guess-${i}@test.kg`, password: 'guessing-password' } }, null, ip);
    }
    const user = await t.createUser(['member']);
    const blocked = await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, null, ip);
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const elsewhere = await t.gql(
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      null,
      from('198.51.100.4'),
    );
    expect(elsewhere.cookie).toMatch(/portal_session/);
  });

  it('throttles guesses of the current password on a password change, counted with the sign-ins', async () => {
    const user = await t.createUser(['member']);
    const cookie = await t.signIn(user.email);
    const ip = from('198.51.100.5');
    const guesses = [];
    for (let i = 0; i < 25; i++) {
      const input = { currentPassword: `guess-${i}-password`, newPassword: 'a brand new passphrase' };
      guesses.push(await t.gql(CHANGE_PASSWORD, { input }, cookie, ip));
    }
    expect(codes(guesses)).toEqual([
      ...Array<string>(MAX_FAILURES_PER_ACCOUNT).fill('BAD_USER_INPUT'),
      ...Array<string>(25 - MAX_FAILURES_PER_ACCOUNT).fill('TOO_MANY_REQUESTS'),
    ]);
    const right = await t.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } },
      cookie,
      ip,
    );
    expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    expect(stored.passwordHash).toBe(user.passwordHash);
    // The guesses count against the account for signing in too, from anywhere.
    const signIn = await t.gql(
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      null,
      from('198.51.100.6'),
    );
    expect(signIn.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const { cookie } = await t.signInAs(['member']);
    expect((await t.gql(ME, {}, cookie)).data?.me).not.toBeNull();
    const out = await t.gql('mutation { signOut }', {}, cookie);
    expect(out.data).toEqual({ signOut: true });
    expect((await t.gql(ME, {}, cookie)).data?.me).toBeNull();
    const contacts = await t.gql('{ contacts { total } }', {}, cookie);
    expect(contacts.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const idle = await t.signInAs(['member']);
    await t.dataSource
      .getRepository(SessionEntity)
      .update({ userId: idle.user.id }, { lastSeenAt: new Date(Date.now() - t.config.sessionIdleMs - 1000) });
    expect((await t.gql(ME, {}, idle.cookie)).data?.me).toBeNull();
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ userId: idle.user.id })).toBe(0);

    const old = await t.signInAs(['member']);
    await t.dataSource
      .getRepository(SessionEntity)
      .update({ userId: old.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.gql(ME, {}, old.cookie)).data?.me).toBeNull();
  });

  it('ends every session of a user who is deactivated', async () => {
    const { user, cookie } = await t.signInAs(['member']);
    const admin = await t.as('admin');
    const result = await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { status } }',
      { id: user.id },
      admin.cookie,
    );
    expect(result.data).toEqual({ deactivateUser: { status: 'deactivated' } });
    expect((await t.gql(ME, {}, cookie)).data?.me).toBeNull();
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const user = await t.createUser(['member']);
    const first = await t.signIn(user.email);
    const second = await t.signIn(user.email);
    const change = CHANGE_PASSWORD;

    const short = await t.gql(change, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } }, first);
    expect(short.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.newPassword', reason: 'passwordTooShort' }),
    ]);
    const wrong = await t.gql(
      change,
      { input: { currentPassword: 'not-my-password', newPassword: 'a much longer passphrase' } },
      first,
    );
    expect(wrong.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.currentPassword' })]);

    const ok = await t.gql(
      change,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer passphrase' } },
      first,
    );
    expect(ok.data).toEqual({ changePassword: true });
    expect((await t.gql(ME, {}, first)).data?.me).not.toBeNull();
    expect((await t.gql(ME, {}, second)).data?.me).toBeNull();
    await expect(t.signIn(user.email)).rejects.toThrow();
    await expect(t.signIn(user.email, 'a much longer passphrase')).resolves.toMatch(/portal_session/);
  });

  it('replaces the session on sign-in instead of reusing a cookie it was given (no fixation)', async () => {
    const user = await t.createUser(['member']);
    const before = await t.signIn(user.email);
    const again = await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, before);
    expect(again.cookie).not.toBe(before);
    expect((await t.gql(ME, {}, before)).data?.me).toBeNull();
  });
});

describe('invitations', () => {
  const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl user { id status roles } } }`;
  const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id email roles } } }';

  it('lets an admin invite a user who then sets a password through the one-time link', async () => {
    const admin = await t.as('admin');
    const org = await t.createOrganization();
    const invited = await t.gql(
      INVITE,
      {
        input: {
          email: 'New.Person@Test.kg',
          displayName: 'Новый Участник',
          roles: ['editor'],
          organizationId: org.id,
        },
      },
      admin.cookie,
    );
    expect(invited.data?.inviteUser.user).toMatchObject({ status: 'invited', roles: ['editor'] });
    const token = new URL(invited.data?.inviteUser.inviteUrl).pathname.split('/').pop()!;

    const outbox = await t.dataSource.query('SELECT recipient, body FROM outbox_message');
    expect(outbox).toEqual([expect.objectContaining({ recipient: 'new.person@test.kg' })]);
    expect(outbox[0].body).toContain(token);

    const info = await t.gql('query($token: String!) { inviteInfo(token: $token) { email displayName } }', { token });
    expect(info.data).toEqual({ inviteInfo: { email: 'new.person@test.kg', displayName: 'Новый Участник' } });

    const weak = await t.gql(ACCEPT, { input: { token, password: 'short' } });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const accepted = await t.gql(ACCEPT, { input: { token, password: 'a long enough passphrase' } });
    expect(accepted.data?.acceptInvite.user).toMatchObject({ email: 'new.person@test.kg', roles: ['editor'] });
    expect(accepted.cookie).toMatch(/portal_session/);

    const reused = await t.gql(ACCEPT, { input: { token, password: 'another long passphrase' } });
    expect(reused.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'new.person@test.kg' });
    expect(stored.status).toBe('active');
  });

  it('refuses an expired invitation and a duplicate e-mail', async () => {
    const admin = await t.as('admin');
    const invited = await t.gql(
      INVITE,
      { input: { email: 'late@test.kg', displayName: 'Late', roles: ['member'] } },
      admin.cookie,
    );
    const token = new URL(invited.data?.inviteUser.inviteUrl).pathname.split('/').pop()!;
    await t.dataSource.query(`UPDATE invite SET expires_at = now() - interval '1 minute'`);
    const expired = await t.gql(ACCEPT, { input: { token, password: 'a long enough passphrase' } });
    expect(expired.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');

    const again = await t.gql(
      INVITE,
      { input: { email: 'LATE@test.kg', displayName: 'Late', roles: ['member'] } },
      admin.cookie,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('names the bad fields of an invitation and writes nothing', async () => {
    const admin = await t.as('admin');
    const before = await t.dataSource.getRepository(UserEntity).count();
    const bad = await t.gql(INVITE, { input: { email: 'not-an-email', displayName: 'X', roles: [] } }, admin.cookie);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0].extensions?.fields?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.email', 'input.displayName', 'input.roles']));
    expect(await t.dataSource.getRepository(UserEntity).count()).toBe(before);
  });

  it('stops an admin from removing their own admin role or deactivating themselves', async () => {
    const admin = await t.signInAs(['admin']);
    const roles = await t.gql(
      'mutation($id: ID!, $input: SetUserRolesInput!) { setUserRoles(id: $id, input: $input) { roles } }',
      { id: admin.user.id, input: { roles: ['member'] } },
      admin.cookie,
    );
    expect(roles.errors?.[0].extensions?.fields?.[0].reason).toBe('ownAdminRole');
    const self = await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: admin.user.id },
      admin.cookie,
    );
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('housekeeping', () => {
  it('deletes expired sessions and old sign-in attempts, and keeps live ones', async () => {
    const { AuthHousekeepingService } = await import('../src/auth/auth-housekeeping.service.js');
    const live = await t.signInAs(['member']);
    const dead = await t.signInAs(['member']);
    await t.dataSource
      .getRepository(SessionEntity)
      .update({ userId: dead.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    await t.dataSource.query(
      `INSERT INTO login_attempt (email, ip, succeeded, created_at) VALUES ('old@test.kg', '10.0.0.1', false, now() - interval '200 days')`,
    );
    const result = await t.app.get(AuthHousekeepingService).run();
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(result.attempts).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ userId: dead.user.id })).toBe(0);
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ userId: live.user.id })).toBe(1);
    expect(await t.dataSource.query(`SELECT 1 FROM login_attempt WHERE email = 'old@test.kg'`)).toEqual([]);
  });
});
