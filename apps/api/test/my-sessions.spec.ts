import { TEST_PASSWORD, TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.close());

const SESSIONS = '{ mySessions { id current device ip createdAt lastSeenAt } }';
const HISTORY = '{ mySignInHistory { occurredAt succeeded ip } }';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';

async function signInWith(email: string, userAgent: string, password = TEST_PASSWORD) {
  return t.gql(SIGN_IN, { input: { email, password } }, null, { 'user-agent': userAgent });
}

describe('sessions a person can see and end', () => {
  it('lists their own active sessions with device, address and last activity, and ends one or all the others', async () => {
    const user = await t.createUser(['member']);
    const desk = (await signInWith(user.email, CHROME)).cookie!;
    const phone = (await signInWith(user.email, SAFARI_IPHONE)).cookie!;
    const third = (await signInWith(user.email, CHROME)).cookie!;
    const other = await t.signInAs(['member']);

    const listed = (await t.gql(SESSIONS, {}, desk)).data?.mySessions;
    expect(listed).toHaveLength(3);
    expect(listed.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(listed.map((s: { device: string }) => s.device).sort()).toEqual([
      'Chrome 131 · Windows',
      'Chrome 131 · Windows',
      'Safari 17 · iOS',
    ]);
    expect(listed[0]).toMatchObject({ ip: expect.stringContaining('127.0.0.1') });

    // Someone else's session is not theirs to end.
    const othersId = (await t.gql(SESSIONS, {}, other.cookie)).data?.mySessions[0].id;
    const refused = await t.gql('mutation($id: ID!) { endMySession(id: $id) }', { id: othersId }, desk);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql('{ me { user { id } } }', {}, other.cookie)).data?.me).not.toBeNull();

    const phoneId = listed.find((s: { device: string }) => s.device.startsWith('Safari')).id;
    expect((await t.gql('mutation($id: ID!) { endMySession(id: $id) }', { id: phoneId }, desk)).data).toEqual({
      endMySession: true,
    });
    expect((await t.gql('{ me { user { id } } }', {}, phone)).data?.me).toBeNull();

    expect((await t.gql('mutation { endMyOtherSessions }', {}, desk)).data).toEqual({ endMyOtherSessions: 1 });
    expect((await t.gql('{ me { user { id } } }', {}, third)).data?.me).toBeNull();
    const left = (await t.gql(SESSIONS, {}, desk)).data?.mySessions;
    expect(left).toEqual([expect.objectContaining({ current: true })]);

    const actions: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE actor_id = $1 AND action LIKE 'auth.session%' ORDER BY id`,
      [user.id],
    );
    expect(actions.map((a) => a.action)).toEqual(['auth.session_end', 'auth.sessions_end_others']);
  });

  it('shows their sign-in history from the audit log, failures included, and nobody else’s', async () => {
    const user = await t.createUser(['member']);
    await signInWith(user.email, CHROME, 'not the password at all');
    const cookie = (await signInWith(user.email, CHROME)).cookie!;
    await t.signInAs(['member']);
    const history = (await t.gql(HISTORY, {}, cookie)).data?.mySignInHistory;
    expect(history.map((h: { succeeded: boolean }) => h.succeeded)).toEqual([true, false]);
    expect(history[1].ip).toContain('127.0.0.1');
  });
});
