import type { Browser } from 'playwright-core';
import { launchBrowser, unique } from './support/portal';
import { createDraft, publish, signedIn } from './support/materials';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('embargo and validity of a published text', () => {
  it('an approver lifts the embargo and a reader sees the text at once; an editor sees the dates read-only', async () => {
    const title = unique('Пресс-релиз под эмбарго');
    // 10:00 in Bishkek (UTC+6), whatever the browser's own zone.
    const embargo = '2031-06-01T04:00:00.000Z';
    const editor = await signedIn(browser, 'editor@portal.test');
    const approver = await signedIn(browser, 'approver@portal.test');
    const reader = await signedIn(browser, 'reader@portal.test');
    const draft = await createDraft(editor.context.request, title, 'Текст пресс-релиза.', 'press_release', {
      embargoUntil: embargo,
    });
    await publish(editor.context.request, approver.context.request, draft);

    await reader.page.goto(`/materials/${draft.id}`);
    await reader.page.waitForSelector('[data-testid=not-found]');

    // The editor may not move the dates of the published text: they are shown, read-only, with who changes them.
    await editor.page.goto(`/materials/${draft.id}`);
    await editor.page.waitForSelector('[data-testid=material-published]');
    expect(await editor.page.locator('[data-testid=reschedule]').count()).toBe(0);
    await editor.page.goto(`/materials/${draft.id}/edit`);
    await editor.page.waitForSelector('[data-testid=details-form]');
    expect(await editor.page.inputValue('#material-embargo')).toBe('2031-06-01T10:00');
    expect(await editor.page.locator('#material-embargo').getAttribute('readonly')).not.toBeNull();
    expect(await editor.page.locator('#material-valid-until').getAttribute('readonly')).not.toBeNull();
    expect(await editor.page.textContent('[data-testid=dates-by-approver]')).toContain('утверждающий');

    // The approver lifts the embargo and sets a validity, warned that readers are affected at once.
    await approver.page.goto(`/materials/${draft.id}`);
    await approver.page.click('[data-testid=reschedule]');
    await approver.page.waitForSelector('[data-testid=reschedule-dialog]');
    expect(await approver.page.inputValue('#reschedule-embargo')).toBe('2031-06-01T10:00');
    expect(await approver.page.textContent('[data-testid=reschedule-effect]')).toContain('сразу');
    // A half-erased date is named, not read as "no embargo".
    await approver.page.focus('#reschedule-embargo');
    await approver.page.keyboard.press('Backspace');
    await approver.page.click('[data-testid=reschedule-send]');
    await approver.page.waitForSelector('[data-testid=error-reschedule-embargo-error]');
    await reader.page.reload();
    await reader.page.waitForSelector('[data-testid=not-found]');
    await approver.page.fill('#reschedule-embargo', '');
    await approver.page.fill('#reschedule-valid-until', '2031-12-31');
    await approver.page.click('[data-testid=reschedule-send]');
    await approver.page.waitForSelector('[data-testid=reschedule-dialog]', { state: 'detached' });
    await approver.page.waitForSelector('[data-testid=material-history] [data-testid=history-embargoUntil]');
    await approver.page.waitForSelector('[data-testid=material-history] [data-testid=history-validUntil]');

    await reader.page.reload();
    await reader.page.waitForSelector('[data-testid=material-published]');
    expect(await reader.page.textContent('[data-testid=material-published]')).toContain('Текст пресс-релиза.');
  });
});
