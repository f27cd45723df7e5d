import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('signing in and out', () => {
  it('shows the Russian error for a wrong password and stays on sign-in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.fill('#sign-in-email', 'member@portal.test');
    await page.fill('#sign-in-password', 'not-the-password');
    await page.click('button[type=submit]');
    const error = page.locator('[data-testid=sign-in-error]');
    await error.waitFor();
    expect(await error.textContent()).toBe('Неверный адрес электронной почты или пароль.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('loads no admin, import or contact-form code on the sign-in page', async () => {
    const { context, page } = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/sign-in');
    await page.waitForSelector('#sign-in-email');
    await page.waitForLoadState('networkidle');
    expect(scripts.some((s) => s.includes('sign-in-page'))).toBe(true);
    expect(
      scripts.filter((s) =>
        /users-page|contact-import|contact-(create|edit)-page|contact-form|rich-text-editor|material-(create|edit)-page/.test(
          s,
        ),
      ),
    ).toEqual([]);
    await context.close();
  });

  it('sends a signed-out visitor to sign-in and back to the page they wanted', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/contacts?kind=hotline');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.fill('#sign-in-email', 'member@portal.test');
    await page.fill('#sign-in-password', 'portal-demo');
    await page.press('#sign-in-password', 'Enter');
    await page.waitForURL(/\/contacts\?kind=hotline$/);
    expect(await page.locator('#contacts-kind').inputValue()).toBe('hotline');
    await context.close();
  });

  it('after sign-out, neither reload nor Back shows protected data', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'member@portal.test');
    // A second history entry, so Back after sign-out lands on a protected page (the list).
    await page.locator('[data-testid=contact-card] h2 a').first().click();
    await page.waitForSelector('dl.details');
    await page.click('[data-testid=user-menu]');
    await page.click('#user-menu-list button');
    await page.waitForURL(/\/sign-in$/);
    await page.reload();
    await page.waitForSelector('#sign-in-email');
    await page.goBack();
    await page.waitForURL(/\/sign-in\?next=%2Fcontacts/);
    await page.waitForSelector('#sign-in-email');
    expect(await page.locator('[data-testid=contact-card]').count()).toBe(0);
    await page.goto('/contacts');
    await page.waitForURL(/\/sign-in\?next=%2Fcontacts/);
    await context.close();
  });

  it('closes the user menu with Escape', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'member@portal.test');
    await page.click('[data-testid=user-menu]');
    await page.waitForSelector('#user-menu-list');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#user-menu-list', { state: 'detached' });
    await context.close();
  });
});
