import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('audit log', () => {
  it('an admin changes a contact, then finds that change in the audit log by filtering for the contact', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@portal.test');
    const name = unique('Аудит');
    const { createContact } = await gql(
      context.request,
      'mutation($input: ContactInput!) { createContact(input: $input) { id } }',
      { input: { kind: 'person', name, category: 'press', phones: ['+996555000111'] } },
    );

    await page.goto(`/contacts/${createContact.id}/edit`);
    await page.fill('#contact-position', 'Пресс-секретарь');
    await page.click('[data-testid=contact-save]');
    await page.waitForSelector('dd:has-text("Пресс-секретарь")');

    await page.click('#main-nav a[href="/admin/audit"]');
    await page.waitForSelector('h1:has-text("Журнал действий")');
    await page.selectOption('#audit-subject-type', 'Contact');
    await page.fill('#audit-subject', createContact.id);
    await page.press('#audit-subject', 'Enter');
    await page.waitForURL(new RegExp(`subject=${createContact.id}`));
    await page.waitForSelector('[data-testid=audit-total]:has-text("2")');

    const rows = page.locator('[data-testid=audit-row]');
    expect(await rows.count()).toBe(2);
    const newest = (await rows.first().textContent()) ?? '';
    expect(newest).toContain('Контакт изменён');
    expect(newest).toContain('admin@portal.test');
    expect(newest).toContain('position');
    expect(newest).toContain('Пресс-секретарь');
    expect(await rows.nth(1).textContent()).toContain('Новый контакт');

    // The filter lives in the URL: a reload (or a shared link) shows the same entries.
    await page.reload();
    await page.waitForSelector('[data-testid=audit-total]:has-text("2")');
    expect(await page.inputValue('#audit-subject')).toBe(createContact.id);
    await context.close();
  });

  it('shows each entry as a card on a phone', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'admin@portal.test');
    await page.goto('/admin/audit?action=auth');
    await page.waitForSelector('[data-testid=audit-row]');
    const cell = page.locator('[data-testid=audit-row] td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('grid');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Когда');
    expect(await page.locator('.audit-table thead').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(2);
    await context.close();
  });

  it('is not reachable for anyone but admins: no link, and the page refuses', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    expect(await page.locator('#main-nav a[href="/admin/audit"]').count()).toBe(0);
    await page.goto('/admin/audit');
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[data-testid=audit-table]').count()).toBe(0);
    const res = await context.request.get('/api/audit/export.csv');
    expect(res.status()).toBe(403);
    await context.close();
  });
});
