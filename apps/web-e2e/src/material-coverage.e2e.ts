import type { Browser } from 'playwright-core';
import { launchBrowser, unique } from './support/portal';
import { signedIn, workingTitles } from './support/materials';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PIECE_URL = 'https://media.example.kg/news/safe-migration-interview';

describe('media coverage', () => {
  it('an editor records a media piece with its outlet, date and link; after approval the reader follows the link', async () => {
    const title = unique('Интервью о безопасной миграции');
    const editor = await signedIn(browser, 'editor@portal.test');
    await editor.page.goto('/materials/new');
    await editor.page.selectOption('#material-kind', { label: 'Освещение в СМИ' });
    await editor.page.waitForSelector('[data-testid=coverage-fields]');
    await editor.page.fill('#material-title', title);
    await editor.page.locator('[data-testid=material-body-editor]').click();
    await editor.page.keyboard.type('Министр рассказал о горячей линии для мигрантов.');
    await editor.page.fill('#material-coverage-date', '2027-02-14');
    await editor.page.fill('#material-coverage-url', PIECE_URL);

    // Without the outlet the API refuses: the message sits next to that field and nothing is created.
    await editor.page.click('[data-testid=material-save]');
    const outletError = editor.page.locator('[data-testid=error-material-coverage-outlet-error]');
    await outletError.waitFor();
    expect(await outletError.textContent()).toBe('Обязательное поле.');
    expect(await editor.page.getAttribute('#material-coverage-outlet', 'aria-invalid')).toBe('true');
    expect(await editor.page.locator('[data-testid=error-material-coverage-url-error]').count()).toBe(0);
    expect(new URL(editor.page.url()).pathname).toBe('/materials/new');
    expect(await workingTitles(editor.context.request, 'media_coverage')).not.toContain(title);

    await editor.page.fill('#material-coverage-outlet', 'Вечерний Бишкек');
    await editor.page.click('[data-testid=material-save]');
    await editor.page.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
    const id = editor.page.url().split('/').pop()!;
    await editor.page.click('[data-testid=transition-submit]');
    await editor.page.waitForSelector('[data-testid=material-working] [data-testid=badge-in_review]');

    const approver = await signedIn(browser, 'approver@portal.test');
    await approver.page.goto(`/materials/${id}`);
    await approver.page.click('[data-testid=transition-approve]');
    await approver.page.click('[data-testid=approve-confirm]');
    await approver.page.waitForSelector('[data-testid=material-published] [data-testid=badge-approved]');

    const reader = await signedIn(browser, 'reader@portal.test');
    await reader.context.route(PIECE_URL, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<title>Интервью</title><h1>Интервью министра</h1>',
      }),
    );
    await reader.page.click('#main-nav a[href="/materials"]');
    const card = reader.page.locator('[data-testid=material-card]', { hasText: title });
    await card.waitFor();
    expect(await card.locator('[data-testid=card-coverage-outlet]').textContent()).toBe('Вечерний Бишкек');
    expect(await card.locator('[data-testid=card-coverage-date]').textContent()).toContain('14 февраля 2027');

    await card.locator('h2 a').click();
    await reader.page.waitForSelector('[data-testid=material-published]');
    const meta = reader.page.locator('.material-meta');
    expect(await meta.textContent()).toContain('Вечерний Бишкек');
    expect(await meta.locator('time[datetime="2027-02-14"]').textContent()).toContain('14 февраля 2027');
    const link = reader.page.locator('[data-testid=coverage-link]');
    expect(await link.getAttribute('href')).toBe(PIECE_URL);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const [piece] = await Promise.all([reader.context.waitForEvent('page'), link.click()]);
    await piece.waitForLoadState();
    expect(piece.url()).toBe(PIECE_URL);
    expect(await piece.textContent('h1')).toBe('Интервью министра');
    expect(await piece.evaluate(() => window.opener)).toBeNull();

    await Promise.all([editor.context.close(), approver.context.close(), reader.context.close()]);
  });
});
