import type { Browser } from 'playwright-core';
import { generate } from 'otplib';
import { gql, launchBrowser, newPage, PASSWORD, unique } from './support/portal';
import { DEMO_TOTP_SECRETS, freshTotpCode } from './support/totp';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }';
const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id } } }';
const NEW_PASSWORD = 'a long enough passphrase';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A new approver with a password and no authenticator yet, invited by the demo admin. */
async function newApprover(): Promise<string> {
  const admin = await newPage(browser);
  const email = `${unique('approver').replace(/\W/g, '')}@portal.test`;
  const code = await freshTotpCode(DEMO_TOTP_SECRETS['admin@portal.test']);
  await gql(admin.context.request, SIGN_IN, { input: { email: 'admin@portal.test', password: PASSWORD, code } });
  const { inviteUser } = await gql(admin.context.request, INVITE, {
    input: { email, displayName: 'Новый Утверждающий', roles: ['approver', 'member'], language: 'ru' },
  });
  await admin.context.close();
  const invited = await newPage(browser);
  const token = new URL(inviteUser.inviteUrl).pathname.split('/').pop();
  await gql(invited.context.request, ACCEPT, { input: { token, password: NEW_PASSWORD } });
  await invited.context.close();
  return email;
}

describe('two-factor sign-in', () => {
  it('an approver is asked to enrol at sign-in, enrols with a code from the app, and then signs in with a code', async () => {
    const email = await newApprover();
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in?next=%2Fmaterials');
    await page.fill('#sign-in-email', email);
    await page.fill('#sign-in-password', NEW_PASSWORD);
    await page.press('#sign-in-password', 'Enter');

    // Straight to enrolment: approving waits until it is done.
    await page.waitForURL((url) => url.pathname === '/account/two-factor');
    await page.waitForSelector('[data-testid=two-factor-required]');
    const before = await gql(context.request, '{ me { twoFactorEnabled abilityRules } }');
    expect(before.me.twoFactorEnabled).toBe(false);
    expect(before.me.abilityRules).not.toMatch(/"action":"approve","subject"/);

    await page.click('button.button-primary');
    const secret = (await page.locator('[data-testid=two-factor-secret]').innerText()).trim();
    expect(await page.locator('form img[src^="data:image/png"]').isVisible()).toBe(true);

    // The phone's code, computed here from the secret shown.
    await page.fill('#two-factor-code', '000000' === (await generate({ secret })) ? '111111' : '000000');
    await page.click('form button[type=submit]');
    await page.waitForSelector('[data-testid=error-two-factor-code-error]');

    await page.fill('#two-factor-code', await generate({ secret }));
    await page.click('form button[type=submit]');
    const codes = page.locator('[data-testid=recovery-codes] li');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await page.click('[data-testid=recovery-codes] button');
    await page.waitForURL((url) => url.pathname === '/materials');
    expect((await gql(context.request, '{ me { twoFactorEnabled } }')).me.twoFactorEnabled).toBe(true);
    await context.close();

    // A new sign-in asks for the code after the password.
    const second = await newPage(browser);
    await second.page.goto('/sign-in');
    await second.page.fill('#sign-in-email', email);
    await second.page.fill('#sign-in-password', NEW_PASSWORD);
    await second.page.press('#sign-in-password', 'Enter');
    await second.page.waitForSelector('#sign-in-code');
    expect(second.page.url()).toContain('/sign-in');
    // The enrolment used this step's code: the next step's, which the portal also accepts now, is fresh.
    const nextStep = Math.floor(Date.now() / 30_000) + 1;
    await second.page.fill('#sign-in-code', await generate({ secret, epoch: nextStep * 30 + 1 }));
    await second.page.press('#sign-in-code', 'Enter');
    await second.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await second.page.waitForSelector('[data-testid=user-menu]', { state: 'attached' });
    expect(new URL(second.page.url()).pathname).not.toBe('/account/two-factor');
    await second.context.close();
  });
});
