import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, setLanguage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const paragraphDoc = (text: string) =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('national campaigns', () => {
  it('an editor creates a campaign, ticks a plan item, sees the progress and filters the library by it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    const theme = unique('Безопасная миграция');

    await page.click('nav >> text=Кампании');
    await page.waitForURL(/\/campaigns$/);
    await page.click('[data-testid=campaign-new]');
    await page.fill('#campaign-title', theme);
    await page.fill('#campaign-startsOn', '2027-03-01');
    await page.fill('#campaign-endsOn', '2027-05-31');
    await page.check('text=Вернувшиеся мигранты');
    await page.fill('#campaign-goals', 'Молодые люди проверяют работодателя до отъезда.');
    await page.click('[data-testid=campaign-save]');
    await page.waitForSelector(`[data-testid=campaign-title]:has-text("${theme}")`);

    const progress = page.locator('[data-testid=campaign-progress]');
    await progress.locator('text=Выполнено 0 из 11').waitFor();
    expect(await page.locator('[data-testid=plan-item]').count()).toBe(11);
    // The box follows the saved status, so it turns checked once the server has the change.
    await page.locator('[data-testid=plan-item] input[type=checkbox]').first().click();
    await progress.locator('text=Выполнено 1 из 11').waitFor();
    expect(await page.locator('[data-testid=plan-item]').first().getAttribute('data-status')).toBe('done');

    // A material filed under the campaign, then the library filtered by it.
    const campaignId = page.url().split('/').pop()!;
    const { materialKinds } = await gql(context.request, '{ materialKinds { id code } }');
    const kindId = materialKinds.find((k: { code: string }) => k.code === 'talking_points').id;
    const title = unique('Тезисы кампании');
    await gql(context.request, 'mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { id } }', {
      input: { kindId, language: 'ru', title, body: paragraphDoc('Проверьте работодателя.'), campaignId },
    });
    await page.goto('/materials?view=working');
    await page.selectOption('#materials-campaign', { label: theme });
    await page.waitForURL(new RegExp(`campaign=${campaignId}`));
    // The unfiltered list may still show until the filtered one arrives: wait for exactly one card.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=material-card]').length === 1);
    const card = page.locator('[data-testid=material-card]');
    expect(await card.textContent()).toContain(title);
    expect(await card.textContent()).toContain(theme);
    await context.close();
  });
});
