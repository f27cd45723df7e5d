import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, setLanguage, signIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('language and layout', () => {
  it('Kyrgyz applies at once, survives a reload and follows the user to a new sign-in', async () => {
    const first = await newPage(browser);
    await signIn(first.page, 'approver@portal.test');
    await setLanguage(first.page, 'ru');
    await first.page.waitForSelector('#main-nav a:has-text("Контакты")');
    await setLanguage(first.page, 'ky');
    await first.page.waitForSelector('#main-nav a:has-text("Байланыштар")');
    expect(await first.page.locator('html').getAttribute('lang')).toBe('ky');
    await first.page.reload();
    await first.page.waitForSelector('h1:has-text("Байланыштар")');

    // A fresh browser starts in Russian; the profile brings Kyrgyz back after sign-in.
    const second = await newPage(browser);
    await second.page.goto('/sign-in');
    await second.page.waitForSelector('h1:has-text("Вход в портал")');
    await signIn(second.page, 'approver@portal.test');
    await second.page.waitForSelector('h1:has-text("Байланыштар")');
    await setLanguage(second.page, 'ru');
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it('the language chosen before sign-in is remembered in this browser', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.selectOption('[data-testid=language-switch]', 'en');
    await page.waitForSelector('h1:has-text("Sign in to the portal")');
    await page.reload();
    await page.waitForSelector('h1:has-text("Sign in to the portal")');
    await context.close();
  });

  it('at 375 px the navigation folds into a menu button that opens and closes', async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 800 });
    await signIn(page, 'admin@portal.test');
    const users = page.locator('#main-nav a[href="/users"]');
    expect(await users.isVisible()).toBe(false);
    const button = page.locator('[data-testid=menu-button]');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await users.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await users.waitFor({ state: 'hidden' });
    await button.click();
    await users.click();
    await page.waitForURL(/\/users$/);
    await users.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // No horizontal page scroll at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
