import type { Browser } from 'playwright-core';
import { launchBrowser, unique } from './support/portal';
import { createDraft, publish, saveText, signedIn } from './support/materials';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('editing materials', () => {
  it('two people edit the same draft: details and text conflicts show both versions and lose nothing', async () => {
    const title = unique('Конфликт');
    const first = await signedIn(browser, 'editor@portal.test');
    const draft = await createDraft(first.context.request, title, 'Исходный текст.');
    const second = await signedIn(browser, 'admin@portal.test');
    await Promise.all([
      first.page.goto(`/materials/${draft.id}/edit`),
      second.page.goto(`/materials/${draft.id}/edit`),
    ]);
    await Promise.all([
      first.page.waitForSelector('[data-testid=details-form]'),
      second.page.waitForSelector('[data-testid=details-form]'),
    ]);

    // The first saves the details and then a new title.
    await first.page.selectOption('#material-campaign', { label: 'Продвижение Национальной горячей линии' });
    await first.page.check('input[name=channels][value=press]');
    await first.page.click('[data-testid=details-save]');
    await first.page.waitForSelector('[data-testid=details-status]:has-text("сохранены")');
    await first.page.fill('#material-title', `${title} — первый`);
    await first.page.click('[data-testid=material-save]');
    await first.page.waitForURL(new RegExp(`/materials/${draft.id}$`));

    // The second, still on the old versions, saves details: both sets show, the form keeps theirs.
    await second.page.selectOption('#material-campaign', { label: 'Встреча репатриантов' });
    await second.page.check('input[name=channels][value=tv_radio]');
    await second.page.click('[data-testid=details-save]');
    const details = second.page.locator('[data-testid=details-conflict]');
    await details.waitFor();
    expect(await details.locator('[data-testid=details-conflict-mine]').textContent()).toContain(
      'Встреча репатриантов',
    );
    expect(await details.locator('[data-testid=details-conflict-latest]').textContent()).toContain(
      'Продвижение Национальной горячей линии',
    );
    expect(await second.page.$eval('#material-campaign', (s) => (s as HTMLSelectElement).selectedOptions[0].text)).toBe(
      'Встреча репатриантов',
    );
    await details.locator('[data-testid=details-conflict-keep-mine]').click();
    await second.page.waitForSelector('[data-testid=details-status]:has-text("сохранены")');
    expect(await second.page.locator('[data-testid=details-conflict]').count()).toBe(0);

    // Then the text: the panel shows both titles; keeping theirs saves over the first one's.
    await second.page.fill('#material-title', `${title} — второй`);
    await second.page.click('[data-testid=material-save]');
    const conflict = second.page.locator('[data-testid=conflict]');
    await conflict.waitFor();
    expect(await conflict.locator('[data-testid=conflict-mine]').textContent()).toContain(`${title} — второй`);
    expect(await conflict.locator('[data-testid=conflict-latest]').textContent()).toContain(`${title} — первый`);
    await conflict.locator('[data-testid=conflict-keep-mine]').click();
    await second.page.waitForURL(new RegExp(`/materials/${draft.id}$`));
    await second.page.waitForSelector(`h1:has-text("${title} — второй")`);
    const meta = await second.page.locator('.material-meta').textContent();
    expect(meta).toContain('Встреча репатриантов');
    expect(meta).toContain('Телевидение');
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it('the revisions list shows the word added in the second revision', async () => {
    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const title = unique('Редакции');
    const draft = await createDraft(editor.context.request, title, 'Звоните на горячую линию.');
    const approved = await publish(editor.context.request, approver.context.request, draft);
    await saveText(editor.context.request, approved, title, 'Звоните бесплатно на горячую линию.');

    await editor.page.goto(`/materials/${draft.id}`);
    const diff = editor.page.locator('[data-testid=material-diff]');
    await diff.waitFor();
    expect(await editor.page.inputValue('#diff-from')).toBe('1');
    expect(await editor.page.inputValue('#diff-to')).toBe('2');
    expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('бесплатно');
    expect(await diff.locator('del').count()).toBe(0);
    await Promise.all([editor.context.close(), approver.context.close()]);
  });
});
