import type { Browser } from 'playwright-core';
import { launchBrowser, unique } from './support/portal';
import { createDraft, createTranslation, publish, saveText, signedIn } from './support/materials';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('translations and kinds of material', () => {
  it('a Kyrgyz translation becomes outdated when the Russian source is approved again; editing it shows the source', async () => {
    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const title = unique('Источник');
    const source = await publish(
      editor.context.request,
      approver.context.request,
      await createDraft(editor.context.request, title, 'Первая редакция источника.'),
    );
    const kyTitle = unique('Котормо');
    const translation = await createTranslation(editor.context.request, source.id, kyTitle, 'Булагынын котормосу.');
    await publish(editor.context.request, approver.context.request, translation);

    await editor.page.goto(`/materials/${translation.id}`);
    await editor.page.waitForSelector('[data-testid=material-published]');
    expect(await editor.page.locator('[data-testid=outdated-notice]').count()).toBe(0);

    const revised = await saveText(editor.context.request, source, title, 'Вторая редакция источника.');
    await publish(editor.context.request, approver.context.request, revised);

    await editor.page.goto(`/materials/${source.id}`);
    const row = editor.page.locator('[data-testid=material-translations] li', { hasText: kyTitle });
    await row.locator('.badge-expired').waitFor();
    await row.locator('a').click();
    await editor.page.waitForURL(new RegExp(`/materials/${translation.id}$`));
    await editor.page.waitForSelector('[data-testid=outdated-notice]');
    await editor.page.click('[data-testid=material-edit]');
    const sourcePanel = editor.page.locator('[data-testid=translation-source]');
    await sourcePanel.waitFor();
    await sourcePanel.locator('text=Вторая редакция источника.').waitFor();
    expect(await editor.page.inputValue('#material-title')).toBe(kyTitle);
    await Promise.all([editor.context.close(), approver.context.close()]);
  });

  it('an admin adds a kind of material, with per-field errors, and it is offered in the new-material form', async () => {
    const admin = await signedIn(browser, 'admin@portal.test');
    await admin.page.click('#main-nav a[href="/admin/material-kinds"]');
    await admin.page.waitForSelector('[data-testid=kind-list]');
    const name = unique('Справка');
    const code = `fact_${Date.now().toString(36)}`;

    await admin.page.fill('#kind-new-code', 'Не код');
    await admin.page.fill('#kind-new-nameRu', name);
    await admin.page.fill('#kind-new-nameKy', `${name} (кырг.)`);
    await admin.page.fill('#kind-new-nameEn', `${name} (en)`);
    await admin.page.click('[data-testid=kind-new-save]');
    await admin.page.waitForSelector('[data-testid=error-kind-new-code-error]');

    await admin.page.fill('#kind-new-code', code);
    await admin.page.selectOption('#kind-new-structure', 'qa');
    await admin.page.fill('#kind-new-sort', '55');
    await admin.page.click('[data-testid=kind-new-save]');
    const item = admin.page.locator(`[data-testid=kind-${code}]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('Вопросы и ответы');
    expect(await item.locator('[data-testid=kind-sort-order]').textContent()).toBe('55');
    expect(await admin.page.inputValue('#kind-new-code')).toBe('');

    // Renaming keeps the kind's own sort order.
    const renamed = `${name} (новое)`;
    await item.locator('[data-testid=kind-edit]').click();
    expect(await admin.page.inputValue(`#kind-${code}-sort`)).toBe('55');
    await admin.page.fill(`#kind-${code}-nameRu`, renamed);
    await admin.page.click(`[data-testid=kind-${code}-save]`);
    await item.locator('h2', { hasText: renamed }).waitFor();
    expect(await item.locator('[data-testid=kind-sort-order]').textContent()).toBe('55');

    // A built-in kind in use keeps its structure.
    const talking = admin.page.locator('[data-testid=kind-talking_points]');
    await talking.locator('[data-testid=kind-edit]').click();
    await admin.page.selectOption('#kind-talking_points-structure', 'text');
    await admin.page.click('[data-testid=kind-talking_points-save]');
    await admin.page.waitForSelector('[data-testid=error-kind-talking_points-structure-error]');

    await admin.page.goto('/materials/new');
    await admin.page.selectOption('#material-kind', { label: renamed });
    expect(await admin.page.locator('#material-kind option:checked').getAttribute('data-code')).toBe(code);
    await admin.context.close();
  });
});
