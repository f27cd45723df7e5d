import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, signIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('sessions on the account page', () => {
  it('lists where the person is signed in and signs out everywhere else', async () => {
    const laptop = await newPage(browser);
    const phone = await newPage(browser, { width: 390, height: 844 });
    await signIn(phone.page, 'member@portal.test');
    await signIn(laptop.page, 'member@portal.test');

    await laptop.page.goto('/account');
    const rows = laptop.page.locator('[data-testid=session-row]');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await laptop.page.locator('[data-testid=session-row] .badge').count()).toBe(1);
    expect(await laptop.page.locator('[data-testid=sign-in-history] li').count()).toBeGreaterThanOrEqual(2);

    await laptop.page.click('[data-testid=end-other-sessions]');
    await laptop.page.locator('[data-testid=end-other-sessions]').waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    expect((await gql(phone.context.request, '{ me { user { id } } }')).me).toBeNull();
    expect((await gql(laptop.context.request, '{ me { user { id } } }')).me).not.toBeNull();
    await Promise.all([laptop.context.close(), phone.context.close()]);
  });
});
