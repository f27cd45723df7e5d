import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, PASSWORD, setLanguage, signIn, unique } from './support/portal';
import { createDraft, signedIn } from './support/materials';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const ME_LANGUAGE = '{ me { user { language } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const RUSSIAN = 'mutation { updateMyPreferences(input: { language: ru }) { id } }';

/** Signed in (through the API, sharing the browser's cookies) with a Russian interface, then opens `path`. */
async function openAs(email: string, path: string, viewport?: { width: number; height: number }) {
  const session = await newPage(browser, viewport, viewport ? { isMobile: true, hasTouch: true } : {});
  await gql(session.context.request, SIGN_IN, { input: { email, password: PASSWORD } });
  await gql(session.context.request, RUSSIAN);
  await session.context.addInitScript(() => localStorage.setItem('portal.language', 'ru'));
  await session.page.goto(path);
  return session;
}

describe('messages that say what to do', () => {
  it('an empty sign-in form highlights both fields and says what to enter', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.click('button[type=submit]');
    expect(await page.locator('#sign-in-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sign-in-password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sign-in-email-error').textContent()).toBe('Введите адрес электронной почты.');
    expect(await page.locator('#sign-in-password-error').textContent()).toBe('Введите пароль.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');
    expect(await page.locator('[data-testid=sign-in-error]').count()).toBe(0);
    await page.fill('#sign-in-email', 'reader@portal.test');
    expect(await page.locator('#sign-in-email').getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });

  it.each([
    ['a malformed id', '/materials/abc'],
    ['an unknown material', '/materials/00000000-0000-4000-8000-000000000000'],
  ])('%s: "not found" with a way back to the library, no retry', async (_what, path) => {
    const { context, page } = await openAs('reader@portal.test', path);
    await page.waitForSelector('[data-testid=not-found]');
    expect(await page.locator('h1').textContent()).toBe('Материал не найден');
    expect(await page.locator('button:has-text("Повторить")').count()).toBe(0);
    await page.click('[data-testid=not-found-back]');
    await page.waitForURL(/\/materials$/);
    await context.close();
  });

  it('saving an empty new material asks to choose a kind and enter a title; title and body come before the details', async () => {
    const { context, page } = await openAs('editor@portal.test', '/materials/new', { width: 390, height: 844 });
    await page.waitForSelector('[data-testid=material-form]');
    // The body editor is a lazy chunk of its own: measure the order once it is there.
    await page.waitForSelector('.rich-text');
    const order = await page.evaluate(() =>
      ['#material-kind', '#material-title', '.rich-text', '#material-campaign'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await page.click('[data-testid=material-save]');
    expect(await page.locator('#material-kind-error').textContent()).toBe('Выберите вид материала.');
    expect(await page.locator('#material-title-error').textContent()).toBe('Введите заголовок.');
    expect(await page.locator('#material-kind').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#material-title').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('a new material starts in the language its author last wrote in', async () => {
    const { context, page } = await openAs('editor@portal.test', '/materials/new');
    await page.waitForSelector('[data-testid=material-form]');
    expect(await page.locator('input[name=language][value=ru]').isChecked()).toBe(true);
    await page.selectOption('#material-kind', { index: 1 });
    await page.check('input[name=language][value=ky]');
    await page.fill('#material-title', unique('Кыргызча текст'));
    await page.click('.rich-text');
    await page.keyboard.type('Текст.');
    await page.click('[data-testid=material-save]');
    await page.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
    await page.goto('/materials/new');
    await page.waitForSelector('[data-testid=material-form]');
    expect(await page.locator('input[name=language][value=ky]').isChecked()).toBe(true);
    await context.close();
  });

  it('the language chosen on the sign-in page becomes the profile language', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.selectOption('[data-testid=language-switch]', 'en');
    await page.waitForSelector('h1:has-text("Sign in to the portal")');
    await page.fill('#sign-in-email', 'member@portal.test');
    await page.fill('#sign-in-password', 'portal-demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=user-menu]');
    await page.waitForSelector('#main-nav a:has-text("Contacts")');
    expect((await gql(context.request, ME_LANGUAGE)).me.user.language).toBe('en');
    await setLanguage(page, 'ru');
    await context.close();
  });
});

describe('approvers', () => {
  it('land on what waits for their decision, with its count in the navigation, and confirm an approval', async () => {
    const editor = await signedIn(browser, 'editor@portal.test');
    const title = unique('Ждёт решения');
    const draft = await createDraft(editor.context.request, title, 'Текст на утверждение.');
    await editor.page.goto(`/materials/${draft.id}`);
    await editor.page.waitForSelector('[data-testid=material-revisions] [data-testid=badge-draft]');
    await editor.page.click('[data-testid=transition-submit]');
    // The revisions list follows the step at once, without a reload.
    await editor.page.waitForSelector('[data-testid=material-revisions] [data-testid=badge-in_review]');

    const { context, page } = await newPage(browser);
    await signIn(page, 'approver@portal.test', undefined, null);
    await page.waitForURL(/\/materials\?view=working&awaiting=me$/);
    await setLanguage(page, 'ru');
    await page.waitForSelector('h1:has-text("Ждут моего решения")');
    const count = Number(await page.locator('[data-testid=nav-waiting-count]').textContent());
    expect(count).toBeGreaterThan(0);
    await page.click(`[data-testid=material-card] a:has-text("${title}")`);
    await page.click('[data-testid=transition-approve]');
    const dialog = page.locator('[data-testid=approve-dialog]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('сразу станет доступен всем читателям');
    await dialog.locator('button:has-text("Отмена")').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=material-published]').count()).toBe(0);
    await page.click('[data-testid=transition-approve]');
    await page.click('[data-testid=approve-confirm]');
    await page.waitForSelector('[data-testid=material-published] [data-testid=badge-approved]');
    await page.waitForSelector('[data-testid=material-revisions] [data-testid=badge-approved]');
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid=nav-waiting-count]')?.textContent ?? 0) === before - 1,
      count,
    );
    await Promise.all([context.close(), editor.context.close()]);
  });

  it('editors land on the texts being worked on', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test', undefined, null);
    await page.waitForURL(/\/materials\?view=working$/);
    expect(await page.locator('[data-testid=nav-waiting]').count()).toBe(0);
    await context.close();
  });
});
