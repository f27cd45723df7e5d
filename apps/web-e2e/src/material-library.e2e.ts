import type { Browser, Page } from 'playwright-core';
import { launchBrowser, unique } from './support/portal';
import { createDraft, publish, signedIn } from './support/materials';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The token after the prefix of `unique()`: one word that only this test's texts contain. */
const tokenOf = (title: string) => title.split(' ').at(-1)!;

async function searchLibrary(page: Page, word: string) {
  await page.goto(`/materials?q=${encodeURIComponent(word)}`);
  await page.waitForSelector('[data-testid=materials-total]');
}

async function leaveLibrary(page: Page) {
  const visited = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MarkLibraryVisited'),
  );
  await page.click('#main-nav a[href="/contacts"]');
  await visited;
}

describe('the library', () => {
  it('an editor withdraws a text naming its replacement; the reader sees the notice and follows the link', async () => {
    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const oldTitle = unique('Старая памятка');
    const newTitle = unique('Новая памятка');
    const old = await createDraft(editor.context.request, oldTitle, 'Старый номер горячей линии.');
    const replacement = await createDraft(editor.context.request, newTitle, 'Новый номер горячей линии.');
    await publish(editor.context.request, approver.context.request, old);
    await publish(editor.context.request, approver.context.request, replacement);

    await editor.page.goto(`/materials/${old.id}`);
    await editor.page.click('[data-testid=withdraw]');
    await editor.page.fill('#withdraw-comment', 'Номер горячей линии сменился.');
    // The picker never offers the text being withdrawn.
    await editor.page.fill('#replacement-search', tokenOf(oldTitle));
    await editor.page.waitForSelector('[data-testid=replacement-picker] .hint:has-text("нет")');
    await editor.page.fill('#replacement-search', tokenOf(newTitle));
    const option = editor.page.locator('[data-testid=replacement-picker] label', { hasText: newTitle });
    await option.click();
    await editor.page.waitForSelector(`[data-testid=replacement-chosen]:has-text("${newTitle}")`);
    await editor.page.click('[data-testid=withdraw-send]');
    await editor.page.waitForSelector('[data-testid=withdrawn-notice]');

    const reader = await signedIn(browser, 'reader@portal.test');
    await reader.page.goto(`/materials/${old.id}`);
    const notice = reader.page.locator('[data-testid=withdrawn-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Номер горячей линии сменился.');
    await notice.locator('a', { hasText: newTitle }).click();
    await reader.page.waitForURL(new RegExp(`/materials/${replacement.id}$`));
    await reader.page.waitForSelector(`h1:has-text("${newTitle}")`);
    expect(await reader.page.locator('[data-testid=withdrawn-notice]').count()).toBe(0);
    await Promise.all([editor.context.close(), approver.context.close(), reader.context.close()]);
  });

  it('"new since your last visit" marks a newly approved text until the reader leaves the library and returns', async () => {
    const reader = await signedIn(browser, 'reader@portal.test');
    await reader.page.goto('/materials');
    await reader.page.waitForSelector('[data-testid=materials-total]');
    await leaveLibrary(reader.page);

    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const title = unique('Свежие тезисы');
    const draft = await createDraft(editor.context.request, title, 'Свежий текст для читателей.');
    await publish(editor.context.request, approver.context.request, draft);

    await searchLibrary(reader.page, tokenOf(title));
    const card = reader.page.locator('[data-testid=material-card]', { hasText: title });
    await card.locator('[data-testid=changed-since-visit]').waitFor();
    expect(await card.locator('[data-testid=changed-since-visit]').textContent()).toBe('Новое');
    await leaveLibrary(reader.page);

    await searchLibrary(reader.page, tokenOf(title));
    await card.waitFor();
    expect(await card.locator('[data-testid=changed-since-visit]').count()).toBe(0);
    await Promise.all([editor.context.close(), approver.context.close(), reader.context.close()]);
  });

  it('a reader selects texts with the keyboard and downloads them as one DOCX and one PDF', async () => {
    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const first = unique('Подборка');
    const token = tokenOf(first);
    const second = `Вторая подборка ${token}`;
    for (const [title, text] of [
      [first, 'Первый текст подборки.'],
      [second, 'Второй текст подборки.'],
    ]) {
      const draft = await createDraft(editor.context.request, title, text);
      await publish(editor.context.request, approver.context.request, draft);
    }

    const reader = await signedIn(browser, 'reader@portal.test');
    await searchLibrary(reader.page, token);
    const boxes = reader.page.locator('[data-testid=material-select]');
    await reader.page.locator('[data-testid=material-card]', { hasText: second }).waitFor();
    expect(await boxes.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      await boxes.nth(i).focus();
      await reader.page.keyboard.press('Space');
    }
    await reader.page.waitForSelector('[data-testid=selection-count]:has-text("2")');

    for (const [format, type] of [
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['pdf', 'application/pdf'],
    ]) {
      const href = (await reader.page.locator(`[data-testid=selection-${format}]`).getAttribute('href'))!;
      expect(href.split('ids=')[1].split(',')).toHaveLength(2);
      const response = await reader.context.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    await reader.page.click('[data-testid=selection-clear]');
    expect(await reader.page.locator('[data-testid=selection-bar]').count()).toBe(0);
    await Promise.all([editor.context.close(), approver.context.close(), reader.context.close()]);
  });
});
