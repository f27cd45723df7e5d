import type { Browser, Page } from 'playwright-core';
import { createDraft, signedIn } from './support/materials';
import { gql, launchBrowser, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const SUBMIT = `mutation($id: ID!, $input: TransitionMaterialInput!) { transitionMaterial(id: $id, input: $input) { id } }`;

const bellCount = async (page: Page) => {
  const badge = page.locator('[data-testid=notification-count]');
  return (await badge.count()) ? Number((await badge.textContent())?.replace('+', '')) : 0;
};

/** The tab comes back into view (what a phone does when its owner returns): the badge asks again. */
async function bellRisesAbove(page: Page, before: number): Promise<number> {
  const until = Date.now() + 60_000;
  for (;;) {
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await page.waitForTimeout(500);
    const now = await bellCount(page);
    if (now > before) return now;
    if (Date.now() > until) throw new Error(`The bell stayed at ${now}`);
  }
}

describe('notifications', () => {
  it('an approver approves a text: the reader sees the bell count rise and opens the text from the list', async () => {
    const title = unique('Пресс-релиз для уведомления');
    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const reader = await signedIn(browser, 'reader@portal.test');
    const draft = await createDraft(editor.context.request, title, 'Текст для регионов.', 'press_release');
    await gql(editor.context.request, SUBMIT, {
      id: draft.id,
      input: { transition: 'submit', revisionVersion: draft.working.version },
    });

    await reader.page.goto('/materials');
    await reader.page.waitForSelector('[data-testid=notification-bell]');
    const before = await bellCount(reader.page);

    await approver.page.goto(`/materials/${draft.id}`);
    await approver.page.click('[data-testid=transition-approve]');
    await approver.page.click('[data-testid=approve-confirm]');
    await approver.page.waitForSelector('[data-testid=history-approve]');

    const after = await bellRisesAbove(reader.page, before);
    expect(after).toBeGreaterThan(before);
    expect(await reader.page.getAttribute('[data-testid=notification-bell]', 'aria-label')).toContain(String(after));

    await reader.page.click('[data-testid=notification-bell]');
    const line = reader.page.locator('[data-testid=notification-list] a', { hasText: title });
    expect(await line.textContent()).toContain(`Новый текст в библиотеке: «${title}»`);
    await line.click();
    await reader.page.waitForURL(`**/materials/${draft.id}`);
    await reader.page.waitForSelector('[data-testid=material-published]');
    await reader.page.waitForFunction((n) => {
      const badge = document.querySelector('[data-testid=notification-count]');
      return (badge ? Number(badge.textContent) : 0) < n;
    }, after);
    await Promise.all([editor.context.close(), approver.context.close(), reader.context.close()]);
  });
});
