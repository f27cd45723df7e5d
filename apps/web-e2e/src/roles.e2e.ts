import type { Browser } from 'playwright-core';
import { contactsResponse, launchBrowser, newPage, signIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signInAndList(email: string) {
  const { context, page } = await newPage(browser);
  const list = await contactsResponse(page, () => signIn(page, email));
  await page.waitForSelector('[data-testid=contact-card]');
  return { context, page, list };
}

describe('what each role sees', () => {
  it('reader (press officer): only press contacts and hotlines, no editing, no Users', async () => {
    const { context, page, list } = await signInAndList('reader@portal.test');
    expect(list.items.length).toBeGreaterThan(0);
    for (const c of list.items) expect(c.kind === 'hotline' || c.category === 'press').toBe(true);
    expect(list.items.some((c) => c.kind === 'hotline')).toBe(true);
    expect(await page.locator('[data-testid=contact-card]').count()).toBe(list.items.length);
    expect(await page.locator('[data-testid=contact-new]').count()).toBe(0);
    expect(await page.locator('[data-testid=contact-import]').count()).toBe(0);
    expect(await page.locator('#main-nav a[href="/users"]').count()).toBe(0);
    expect(await page.locator('#contacts-status').count()).toBe(0);
    await page.locator('[data-testid=contact-card] h2 a').first().click();
    await page.waitForSelector('dl.details');
    expect(await page.locator('[data-testid=contact-edit]').count()).toBe(0);
    expect(await page.locator('[data-testid=contact-archive]').count()).toBe(0);
    await context.close();
  });

  it.each(['member@portal.test', 'approver@portal.test'])(
    '%s: every active contact, read-only, no Users',
    async (email) => {
      const { context, page, list } = await signInAndList(email);
      expect(list.items.some((c) => c.category !== 'press' && c.kind === 'person')).toBe(true);
      for (const c of list.items) expect(c.status).toBe('active');
      expect(await page.locator('[data-testid=contact-new]').count()).toBe(0);
      expect(await page.locator('[data-testid=contact-import]').count()).toBe(0);
      expect(await page.locator('#main-nav a[href="/users"]').count()).toBe(0);
      await page.locator('[data-testid=contact-card] h2 a').first().click();
      await page.waitForSelector('dl.details');
      expect(await page.locator('[data-testid=contact-edit]').count()).toBe(0);
      await page.goto('/contacts/new');
      await page.waitForSelector('[role=alert]');
      expect(await page.locator('[data-testid=contact-form]').count()).toBe(0);
      await context.close();
    },
  );

  it('editor: create, edit and import, but no Users', async () => {
    const { context, page } = await signInAndList('editor@portal.test');
    await page.waitForSelector('[data-testid=contact-new]');
    await page.waitForSelector('[data-testid=contact-import]');
    expect(await page.locator('#main-nav a[href="/users"]').count()).toBe(0);
    expect(await page.locator('#contacts-status').count()).toBe(1);
    await page.locator('[data-testid=contact-card] h2 a').first().click();
    await page.waitForSelector('[data-testid=contact-edit]');
    await page.waitForSelector('[data-testid=contact-archive]');
    await context.close();
  });

  it('admin: sees Users and can open it', async () => {
    const { context, page } = await signInAndList('admin@portal.test');
    await page.click('#main-nav a[href="/users"]');
    await page.waitForSelector('[data-testid="user-row-reader@portal.test"]');
    await page.waitForSelector('[data-testid=invite-form]');
    await context.close();
  });
});
