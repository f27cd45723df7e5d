import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('invitations', () => {
  it('an admin invites an editor, who sets a password through the link and lands signed in', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin@portal.test');
    await admin.page.goto('/users');
    const email = `${unique('invitee').replace(/\s/g, '.')}@portal.test`;
    await admin.page.fill('#invite-email', email);
    await admin.page.fill('#invite-name', 'Гүлнара Асанова');
    await admin.page.uncheck('#invite-role-member');
    await admin.page.check('#invite-role-editor');
    await admin.page.click('[data-testid=invite-form] button[type=submit]');
    const link = admin.page.locator('[data-testid=invite-url]');
    await link.waitFor();
    const url = (await link.getAttribute('href'))!;
    expect(url).toMatch(/\/invite\/[\w-]+$/);
    await admin.page.waitForSelector(`[data-testid="user-row-${email}"]`);

    const invitee = await newPage(browser);
    await invitee.page.goto(new URL(url).pathname);
    await invitee.page.waitForSelector(`text=${email}`);
    await invitee.page.fill('#invite-password', 'short');
    await invitee.page.fill('#invite-repeat', 'short');
    await invitee.page.click('button[type=submit]');
    expect(await invitee.page.locator('#invite-password-error').textContent()).toContain('12');
    await invitee.page.fill('#invite-password', 'a-long-enough-password');
    await invitee.page.fill('#invite-repeat', 'a-long-enough-password');
    await invitee.page.click('button[type=submit]');
    // An editor starts on the texts being worked on.
    await invitee.page.waitForURL(/\/materials\?view=working$/);
    await invitee.page.goto('/contacts');
    await invitee.page.waitForSelector('[data-testid=contact-new]');
    expect(await invitee.page.locator('[data-testid=user-menu]').textContent()).toContain('Гүлнара Асанова');
    expect(await invitee.page.locator('#main-nav a[href="/users"]').count()).toBe(0);

    // The link works once.
    const again = await newPage(browser);
    await again.page.goto(new URL(url).pathname);
    await again.page.waitForSelector('[role=alert]');
    expect(await again.page.locator('#invite-password').count()).toBe(0);
    await Promise.all([admin.context.close(), invitee.context.close(), again.context.close()]);
  });
});
