import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { AuditEventEntity } from '../src/audit/audit-event.entity.js';
import { SessionEntity } from '../src/auth/session.entity.js';
import { CREATE_MATERIAL, doc, MATERIAL, TRANSITION } from './support/material-factory.js';
import { TEST_PASSWORD, TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.close());

const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { twoFactorEnabled twoFactorRequired user { id } } }`;
const ME = '{ me { twoFactorEnabled twoFactorRequired abilityRules user { id roles } } }';
const START = 'mutation { startTwoFactorEnrolment { secret otpauthUri qrCode } }';
const CONFIRM = 'mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) }';
const RESET = 'mutation($id: ID!) { resetTwoFactor(id: $id) { id twoFactorEnabledAt } }';
const PERIOD_MS = 30_000;

/** Whether the rules sent to the browser grant approving anything. */
const grantsApprove = (abilityRules: string) =>
  (JSON.parse(abilityRules) as { action: string | string[]; inverted?: boolean }[]).some(
    (rule) => !rule.inverted && [rule.action].flat().includes('approve'),
  );

const signIn = (email: string, code?: string) =>
  t.gql(SIGN_IN, { input: { email, password: TEST_PASSWORD, ...(code === undefined ? {} : { code }) } });
const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);
const reasons = (result: { errors?: { extensions?: { fields?: { reason: string }[] } }[] }) =>
  (result.errors ?? []).flatMap((e) => e.extensions?.fields ?? []).map((f) => f.reason);

/** Enrols through the API as the person would: start, read the secret, type the app's code. */
async function enrol(cookie: string) {
  const started = await t.gql(START, {}, cookie);
  const { secret } = started.data!.startTwoFactorEnrolment;
  const confirmed = await t.gql(CONFIRM, { code: await t.totpCode(secret) }, cookie);
  return { started: started.data!.startTwoFactorEnrolment, recoveryCodes: confirmed.data?.confirmTwoFactorEnrolment };
}

describe('enrolment', () => {
  it('confirms the secret with a code from the app, then asks for a code at every sign-in', async () => {
    const { user, cookie } = await t.signInAs(['member']);
    expect((await t.gql(ME, {}, cookie)).data?.me).toMatchObject({ twoFactorEnabled: false, twoFactorRequired: false });

    const started = await t.gql(START, {}, cookie);
    const { secret, otpauthUri, qrCode } = started.data!.startTwoFactorEnrolment;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
    expect(otpauthUri).toContain(secret);
    expect(qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await t.gql(CONFIRM, { code: '000000' === (await t.totpCode(secret)) ? '111111' : '000000' }, cookie);
    expect(reasons(wrong)).toEqual(['wrongCode']);
    expect((await t.gql(ME, {}, cookie)).data?.me.twoFactorEnabled).toBe(false);

    const confirmed = await t.gql(CONFIRM, { code: await t.totpCode(secret) }, cookie);
    const recovery: string[] = confirmed.data?.confirmTwoFactorEnrolment;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    expect((await t.gql(ME, {}, cookie)).data?.me.twoFactorEnabled).toBe(true);
    // Stored hashed only.
    const stored = await t.dataSource.query('SELECT code_hash FROM recovery_code WHERE user_id = $1', [user.id]);
    expect(stored).toHaveLength(10);
    expect(stored.map((r: { code_hash: string }) => r.code_hash)).not.toContain(recovery[0]);

    const noCode = await signIn(user.email);
    expect(codes(noCode)).toEqual(['SECOND_FACTOR_REQUIRED']);
    expect(noCode.cookie).toBeNull();

    t.clock.advance(PERIOD_MS);
    const withCode = await signIn(user.email, await t.totpCode(secret));
    expect(withCode.errors).toBeUndefined();
    expect(withCode.cookie).toBeTruthy();
    expect(withCode.data?.signIn.twoFactorEnabled).toBe(true);

    const audit = await t.dataSource.getRepository(AuditEventEntity).findBy({ subjectId: user.id });
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.two_factor_start', 'user.two_factor_enable']),
    );
  });
});

describe('sign-in codes, on a clock the test sets', () => {
  it('accepts the right code once: a wrong, replayed, older or expired code is refused', async () => {
    const user = await t.createUser(['member']);
    const secret = await t.enrolTotp(user.id);

    expect(reasons(await signIn(user.email, '12345'))).toEqual(['wrongCode']);

    const code = await t.totpCode(secret);
    const first = await signIn(user.email, code);
    expect(first.cookie).toBeTruthy();
    // The same code again within its window: refused.
    const replay = await signIn(user.email, code);
    expect(reasons(replay)).toEqual(['wrongCode']);
    expect(replay.cookie).toBeNull();

    // A step later, the used code is still inside the tolerance window but stays refused; the new one works.
    t.clock.advance(PERIOD_MS);
    expect(reasons(await signIn(user.email, code))).toEqual(['wrongCode']);
    const next = await t.totpCode(secret);
    expect((await signIn(user.email, next)).cookie).toBeTruthy();

    // A code from five minutes ago was never used, but it has expired.
    const old = await t.totpCode(secret);
    t.clock.advance(5 * 60_000);
    expect(reasons(await signIn(user.email, old))).toEqual(['wrongCode']);

    const failures = await t.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ subjectId: user.id, action: 'auth.sign_in_failed' });
    expect(failures.map((f) => f.summary)).toContainEqual(expect.objectContaining({ reason: 'code' }));
  });

  it('takes each recovery code once, in place of a code', async () => {
    const { cookie, user } = await t.signInAs(['editor']);
    const { recoveryCodes } = await enrol(cookie);
    const [code, other] = recoveryCodes as string[];

    const first = await signIn(user.email, code.toUpperCase());
    expect(first.cookie).toBeTruthy();
    expect(reasons(await signIn(user.email, code))).toEqual(['wrongCode']);
    expect((await signIn(user.email, other.replace(/-/g, ''))).cookie).toBeTruthy();

    const entries = await t.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ subjectId: user.id, action: 'auth.sign_in' });
    expect(entries.map((e) => e.summary.secondFactor)).toContain('recovery_code');
  });

  it('throttles codes like passwords: after five wrong codes even the right one is refused', async () => {
    const user = await t.createUser(['member']);
    const secret = await t.enrolTotp(user.id);
    const right = await t.totpCode(secret);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect(reasons(await signIn(user.email, wrong))).toEqual(['wrongCode']);
    expect(codes(await signIn(user.email, right))).toEqual(['TOO_MANY_REQUESTS']);
  });
});

describe('required for approvers and admins', () => {
  const kindId = async () =>
    (await t.dataSource.getRepository(MaterialKindEntity).findOneByOrFail({ code: 'talking_points' })).id;

  async function agreedMaterial() {
    const editor = await t.as('editor');
    const other = await t.signInAs(['editor']);
    const created = await t.gql(
      CREATE_MATERIAL,
      { input: { kindId: await kindId(), language: 'ru', title: 'Тезисы', body: doc('Текст.') } },
      editor.cookie,
    );
    const id = created.data!.createMaterial.id;
    for (const [transition, cookie] of [
      ['submit', editor.cookie],
      ['agree', other.cookie],
    ]) {
      const version = (await t.gql(MATERIAL, { id }, cookie)).data!.material.working.version;
      const result = await t.gql(TRANSITION, { id, input: { transition, revisionVersion: version } }, cookie);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    return id;
  }
  const approve = async (id: string, cookie: string) => {
    const version = (await t.gql(MATERIAL, { id }, cookie)).data?.material.working.version;
    return t.gql(TRANSITION, { id, input: { transition: 'approve', revisionVersion: version } }, cookie);
  };

  it('an approver without a second factor is asked to enrol and cannot approve until they have', async () => {
    const approver = await t.createUser(['approver', 'member'], { twoFactorEnabledAt: null });
    const signedIn = await signIn(approver.email);
    expect(signedIn.data?.signIn).toMatchObject({ twoFactorEnabled: false, twoFactorRequired: true });
    const cookie = signedIn.cookie!;
    const me = (await t.gql(ME, {}, cookie)).data?.me;
    expect(me.user.roles).toEqual(['approver', 'member']);
    expect(grantsApprove(me.abilityRules)).toBe(false);

    const id = await agreedMaterial();
    expect(codes(await approve(id, cookie))).toEqual(['FORBIDDEN']);

    await enrol(cookie);
    expect(grantsApprove((await t.gql(ME, {}, cookie)).data?.me.abilityRules)).toBe(true);
    const approved = await approve(id, cookie);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.transitionMaterial.published.state).toBe('approved');
  });

  it('an admin without a second factor cannot administer until enrolled', async () => {
    const admin = await t.createUser(['admin'], { twoFactorEnabledAt: null });
    const cookie = (await signIn(admin.email)).cookie!;
    expect(codes(await t.gql('{ users { id } }', {}, cookie))).toEqual(['FORBIDDEN']);
    const member = await t.createUser(['member']);
    expect(codes(await t.gql(RESET, { id: member.id }, cookie))).toEqual(['FORBIDDEN']);
    await enrol(cookie);
    expect((await t.gql('{ users { id } }', {}, cookie)).errors).toBeUndefined();
  });

  it("an admin resets a person's second factor: audited, their sessions end, they enrol again", async () => {
    const admin = await t.as('admin');
    const approver = await t.signInAs(['approver']);
    const result = await t.gql(RESET, { id: approver.user.id }, admin.cookie);
    expect(result.data?.resetTwoFactor).toEqual({ id: approver.user.id, twoFactorEnabledAt: null });
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ userId: approver.user.id })).toBe(0);
    const entry = await t.dataSource
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ subjectId: approver.user.id, action: 'user.two_factor_reset' });
    expect(entry.actorId).toBe(admin.user.id);

    const again = await signIn(approver.user.email);
    expect(again.data?.signIn).toMatchObject({ twoFactorEnabled: false, twoFactorRequired: true });
  });
});
