import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { gql, launchBrowser, newPage, setLanguage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const KINDS = `{ materialKinds { id code } }`;
const CREATE = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { id working { version } } }`;
const TRANSITION = `mutation($id: ID!, $input: TransitionMaterialInput!) {
  transitionMaterial(id: $id, input: $input) { id state working { version } } }`;

const paragraphDoc = (text: string) =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function createDraft(request: APIRequestContext, title: string, text: string) {
  const { materialKinds } = await gql(request, KINDS);
  const kindId = materialKinds.find((k: { code: string }) => k.code === 'talking_points').id;
  const { createMaterial } = await gql(request, CREATE, {
    input: { kindId, language: 'ru', title, body: paragraphDoc(text) },
  });
  return createMaterial as { id: string; working: { version: number } };
}

async function submit(request: APIRequestContext, id: string, version: number) {
  return (await gql(request, TRANSITION, { id, input: { transition: 'submit', revisionVersion: version } }))
    .transitionMaterial;
}

async function signedIn(email: string, options = {}) {
  const session = await newPage(browser, undefined, options);
  await signIn(session.page, email);
  await setLanguage(session.page, 'ru');
  return session;
}

const badgeIn = (page: Page, section: string, state: string) =>
  page.locator(`[data-testid=${section}] [data-testid=badge-${state}]`).first();

describe('approved messaging', () => {
  it('editor drafts talking points, approver approves, reader finds them by another word form and takes them away', async () => {
    const title = unique('Тезисы о помощи мигрантам');
    const draftTitle = unique('Черновик о мигрантах');

    // Editor writes the talking points in the editor: a numbered list, one point per item.
    const editor = await signedIn('editor@portal.test');
    await editor.page.click('#main-nav a[href="/materials"]');
    await editor.page.click('[data-testid=material-new]');
    await editor.page.selectOption('#material-kind', { label: 'Тезисы' });
    await editor.page.check('input[name=audiences][value=migrants_families]');
    await editor.page.fill('#material-title', title);
    const body = editor.page.locator('[data-testid=material-body-editor]');
    await body.locator('ol > li').first().click();
    await editor.page.keyboard.type('Помогаем семьям мигрантов вернуться домой.');
    await editor.page.keyboard.press('Enter');
    await editor.page.keyboard.type('Звоните на горячую линию 1899.');
    expect(await body.locator('ol > li').count()).toBe(2);
    await editor.page.click('[data-testid=material-save]');
    await editor.page.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
    const id = editor.page.url().split('/').pop()!;
    await badgeIn(editor.page, 'material-working', 'draft').waitFor();
    await editor.page.waitForSelector('[data-testid=not-published]');
    // A second draft with the same words that nobody submits.
    await createDraft(editor.context.request, draftTitle, 'Черновик для мигрантов, не для читателей.');

    await editor.page.click('[data-testid=transition-submit]');
    await badgeIn(editor.page, 'material-working', 'in_review').waitFor();
    // Nobody endorses their own text.
    expect(await editor.page.locator('[data-testid=transition-approve]').count()).toBe(0);

    const approver = await signedIn('approver@portal.test');
    await approver.page.goto(`/materials/${id}`);
    await approver.page.click('[data-testid=transition-approve]');
    await approver.page.click('[data-testid=approve-confirm]');
    await badgeIn(approver.page, 'material-published', 'approved').waitFor();
    expect(await approver.page.locator('[data-testid=approval-stamp]').textContent()).toContain(
      'Утверждено министерством',
    );
    await approver.page.waitForSelector('[data-testid=history-approve]');

    // The reader (press officer) searches another word form and gets only the approved text.
    const reader = await signedIn('reader@portal.test', { permissions: ['clipboard-read', 'clipboard-write'] });
    await reader.page.click('#main-nav a[href="/materials"]');
    expect(await reader.page.locator('[data-testid=materials-view]').count()).toBe(0);
    await reader.page.fill('#materials-search', 'мигрант');
    await reader.page.waitForURL(/q=/);
    const card = reader.page.locator('[data-testid=material-card]', { hasText: title });
    await card.waitFor();
    await card.locator('[data-testid=badge-approved]').waitFor();
    expect(await card.locator('[data-testid=badge-agreed]').count()).toBe(0);
    expect(await reader.page.locator('[data-testid=material-card]', { hasText: draftTitle }).count()).toBe(0);
    expect((await card.locator('[data-testid=material-snippet] mark').first().textContent())?.toLowerCase()).toContain(
      'мигрант',
    );

    await card.locator('h2 a').click();
    await reader.page.waitForSelector('[data-testid=material-published]');
    expect(await reader.page.locator('[data-testid=workflow-actions]').count()).toBe(0);
    expect(await reader.page.locator('[data-testid=material-working]').count()).toBe(0);
    await reader.page.click('[data-testid=copy-plain]');
    await reader.page.waitForSelector('[data-testid=copy-status]:has-text("скопирован")');
    const copied = await reader.page.evaluate(() => navigator.clipboard.readText());
    // The copy carries the approval stamp, worded and dated in the text's language as on the page and in exports.
    const stamp = await reader.page.locator('[data-testid=approval-stamp]').textContent();
    expect(stamp).toMatch(/^Утверждено министерством: .+, \d{1,2} [а-я]+ \d{4} г\. \(редакция 1\)$/);
    expect(copied).toBe(
      `${title}\n${stamp}\n\n1. Помогаем семьям мигрантов вернуться домой.\n\n2. Звоните на горячую линию 1899.`,
    );

    for (const [format, type] of [
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['pdf', 'application/pdf'],
    ]) {
      const href = await reader.page.locator(`[data-testid=export-${format}]`).getAttribute('href');
      const response = await reader.context.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    await Promise.all([editor.context.close(), approver.context.close(), reader.context.close()]);
  });

  it('sending a text back needs a comment, which then shows in the history', async () => {
    const editor = await signedIn('editor@portal.test');
    const draft = await createDraft(editor.context.request, unique('Возврат'), 'Текст для проверки возврата.');
    await submit(editor.context.request, draft.id, draft.working.version);

    const approver = await signedIn('approver@portal.test');
    await approver.page.goto(`/materials/${draft.id}`);
    await approver.page.click('[data-testid=transition-request_changes]');
    await approver.page.click('[data-testid=request-changes-send]');
    await approver.page.waitForSelector('[data-testid=comment-required]');
    await badgeIn(approver.page, 'material-working', 'in_review').waitFor();
    await approver.page.fill('#request-changes-comment', 'Уточните номер горячей линии.');
    await approver.page.click('[data-testid=request-changes-send]');
    await badgeIn(approver.page, 'material-working', 'draft').waitFor();
    const step = approver.page.locator('[data-testid=history-request_changes]');
    expect(await step.textContent()).toContain('Уточните номер горячей линии.');
    await Promise.all([editor.context.close(), approver.context.close()]);
  });

  it('members discuss a text: comment, reply, resolve; the revisions list shows what changed', async () => {
    const editor = await signedIn('editor@portal.test');
    const draft = await createDraft(editor.context.request, unique('Обсуждение'), 'Первая редакция текста.');

    const member = await signedIn('member@portal.test');
    await member.page.goto(`/materials/${draft.id}`);
    await member.page.fill('#comment-new-body', 'Добавьте номер горячей линии.');
    await member.page.click('[data-testid=comment-new] button[type=submit]');
    const comment = member.page.locator('[data-testid=comment]', { hasText: 'Добавьте номер' });
    await comment.waitFor();
    expect(await member.page.inputValue('#comment-new-body')).toBe('');
    // Members comment but do not take workflow steps on drafts.
    expect(await member.page.locator('[data-testid=transition-submit]').count()).toBe(0);

    await editor.page.goto(`/materials/${draft.id}`);
    const thread = editor.page.locator('[data-testid=comment]', { hasText: 'Добавьте номер' }).first();
    await thread.locator('button', { hasText: 'Ответить' }).click();
    await editor.page.locator('[data-testid^=comment-reply-] textarea').fill('Добавлю.');
    await editor.page.locator('[data-testid^=comment-reply-] button[type=submit]').click();
    await thread.locator('.replies [data-testid=comment]', { hasText: 'Добавлю.' }).waitFor();
    await thread.locator('[data-testid=comment-resolve]').first().click();
    await thread.locator('[data-testid=comment-resolved]').first().waitFor();
    await editor.page.waitForSelector('[data-testid=material-revisions]');
    await Promise.all([editor.context.close(), member.context.close()]);
  });

  it('a reader never sees workflow buttons, drafts, history or the editor', async () => {
    const editor = await signedIn('editor@portal.test');
    const draft = await createDraft(editor.context.request, unique('Скрытый черновик'), 'Не для читателей.');

    const reader = await signedIn('reader@portal.test');
    const scripts: string[] = [];
    reader.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await reader.page.goto('/materials');
    await reader.page.waitForSelector('[data-testid=materials-total]');
    // The library never pays for the editor.
    expect(scripts.filter((s) => /rich-text-editor/.test(s))).toEqual([]);
    expect(await reader.page.locator('[data-testid=material-new]').count()).toBe(0);
    expect(await reader.page.locator('input[name=state]').count()).toBe(0);
    await reader.page.goto(`/materials/${draft.id}`);
    // A draft is not there for a reader: "not found", with the way back to the library.
    await reader.page.waitForSelector('[data-testid=not-found]');
    expect(await reader.page.locator('[data-testid=workflow-actions]').count()).toBe(0);
    expect(await reader.page.locator('[data-testid=material-history]').count()).toBe(0);
    await reader.page.goto('/materials/new');
    await reader.page.waitForSelector('[role=alert]');
    expect(await reader.page.locator('[data-testid=material-form]').count()).toBe(0);
    await Promise.all([editor.context.close(), reader.context.close()]);
  });
});
