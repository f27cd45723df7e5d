import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { gql, launchBrowser, newPage, PASSWORD, setLanguage, signIn } from './support/portal';

/** A press officer's phone: 390×844 CSS pixels, touch. */
const PHONE = { width: 390, height: 844 };
const PHONE_OPTIONS = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { language } } }';
const HOTLINE_QA = 'Национальная горячая линия 189: вопросы и ответы';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function phone(email: string, next: string | null = null): Promise<{ context: BrowserContext; page: Page }> {
  const session = await newPage(browser, PHONE, PHONE_OPTIONS);
  await signIn(session.page, email, undefined, next);
  return session;
}

/** Path and text of every script the page loads from now on. */
function recordScripts(page: Page): Promise<{ path: string; text: string }>[] {
  const scripts: Promise<{ path: string; text: string }>[] = [];
  page.on('response', (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (/\/assets\/.+\.js$/.test(path)) scripts.push(response.text().then((text) => ({ path, text })));
  });
  return scripts;
}

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y;

/** What sits above the results, for the log when the first card is not on the first screen. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('header, section > *, [data-testid=materials-results] > *')]
      .slice(0, 12)
      .map(
        (e) =>
          `${e.tagName}.${e.className} top=${Math.round(e.getBoundingClientRect().top)} h=${Math.round(e.getBoundingClientRect().height)} «${(e.textContent ?? '').slice(0, 60)}»`,
      )
      .join('\n'),
  );

/**
 * The first result card's top edge is inside the phone's first screen once the results have rendered. A later pass
 * re-checks after layout settles, and logs what stood above the card if it was not there at first (CI once saw 1319 px
 * on a quiet machine and the cause was not reproducible under load).
 */
async function expectFirstCardOnFirstScreen(page: Page): Promise<void> {
  const card = '[data-testid=material-card]';
  // Read from the page, not boundingBox(): that answers null while React swaps the list's elements.
  const top = () =>
    page.evaluate((selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity, card);
  if ((await top()) >= PHONE.height) console.log(`first card below the fold at first:\n${await layout(page)}`);
  await page
    .waitForFunction(
      ([selector, height]) =>
        (document.querySelector(selector as string)?.getBoundingClientRect().top ?? Infinity) < (height as number),
      [card, PHONE.height],
      { timeout: 5_000 },
    )
    .catch(async () => console.log(`first card still below the fold:\n${await layout(page)}`));
  expect(await top()).toBeLessThan(PHONE.height);
}

describe('on a phone', () => {
  it('the library loads no phone-number metadata and only the strings of the chosen language', async () => {
    // A returning reader: this phone already knows their language.
    const probe = await newPage(browser);
    const signedIn = await gql(probe.context.request, SIGN_IN, {
      input: { email: 'reader@portal.test', password: PASSWORD },
    });
    const language: string = signedIn.signIn.user.language;
    await probe.context.close();

    const { context, page } = await newPage(browser, PHONE, PHONE_OPTIONS);
    await context.addInitScript((l) => localStorage.setItem('portal.language', l), language);
    const scripts = recordScripts(page);
    await signIn(page, 'reader@portal.test', undefined, null);
    await page.waitForURL(/\/materials$/);
    await page.waitForSelector('[data-testid=material-card]');
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(2);
    // libphonenumber's metadata lists Kyrgyzstan's numbering plan under its calling code.
    expect(
      loaded.filter((s) => s.text.includes('"996"') || s.text.includes('NOT_A_NUMBER')).map((s) => s.path),
    ).toEqual([]);
    // Each language's strings are a chunk of their own, named after it.
    const languages = loaded.map((s) => /\/assets\/(ru|ky|en)-[\w-]+\.js$/.exec(s.path)?.[1]).filter(Boolean);
    expect(languages).toEqual([language]);
    await context.close();
  });

  it('readers land on the library; results come before the folded filters, the first card on the first screen', async () => {
    const { context, page } = await phone('reader@portal.test');
    await page.waitForURL(/\/materials$/);
    await page.fill('#materials-search', 'горячей линии');
    await page.waitForURL(/q=/);
    await page.waitForSelector(`[data-testid=material-card]:has-text("${HOTLINE_QA}")`);
    // The hotline card may already be in the list shown before the search; measure the search's own results.
    await page.waitForSelector('[data-testid=materials-results][aria-busy=false]');
    expect(await page.locator('[data-testid=more-filters]').getAttribute('open')).toBeNull();
    expect(await page.locator('#materials-language').isVisible()).toBe(false);
    await expectFirstCardOnFirstScreen(page);
    await page.click('[data-testid=more-filters] summary');
    await page.locator('#materials-language').waitFor({ state: 'visible' });
    await context.close();
  });

  it('copy, print and download sit above the text on the first screen and stay in reach while scrolling', async () => {
    const { context, page } = await phone('reader@portal.test');
    await page.goto(`/materials?q=${encodeURIComponent('горячей линии')}`);
    await page.click(`[data-testid=material-card] a:has-text("${HOTLINE_QA}")`);
    const toolbar = page.locator('[data-testid=material-published-toolbar]');
    await toolbar.waitFor();
    const copy = page.locator('[data-testid=copy-plain]');
    const box = (await copy.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await toolbar.locator('[data-testid=material-print]').count()).toBe(1);
    expect(await toolbar.locator('[data-testid=export-docx]').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const scrolled = (await copy.boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });

  it.each(['/organizations', '/users'])('%s shows one card per row, nothing clipped sideways', async (path) => {
    const { context, page } = await phone('admin@portal.test', path);
    await page.waitForSelector('.card-table tbody tr');
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.card-table, .card-table table, html')].map((el) => ({
        name: el.className || el.tagName,
        extra: el.scrollWidth - el.clientWidth,
      })),
    );
    for (const o of overflow) expect(o).toEqual({ name: o.name, extra: 0 });
    // Every cell of the first card is inside the screen and says what it is.
    const cells = page.locator('.card-table tbody tr').first().locator('td');
    for (let i = 0; i < (await cells.count()); i++) {
      const cell = (await cells.nth(i).boundingBox())!;
      expect(cell.x + cell.width).toBeLessThanOrEqual(PHONE.width);
      expect(await cells.nth(i).getAttribute('data-label')).toBeTruthy();
    }
    await context.close();
  });

  it('after moving to another page, focus is on its heading', async () => {
    const { context, page } = await phone('reader@portal.test');
    await page.waitForSelector('[data-testid=material-card] h2 a');
    await page.locator('[data-testid=material-card] h2 a').first().click();
    await page.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      await page.locator('h1').first().textContent(),
    );
    await context.close();
  });

  it('a page whose code cannot be fetched explains itself in the user’s language and offers a reload', async () => {
    const { context, page } = await phone('reader@portal.test');
    await page.waitForSelector('[data-testid=material-card]');
    await page.click('[data-testid=menu-button]');
    await setLanguage(page, 'ru');
    // As after a deploy: the account page's chunk is gone.
    await page.route(/\/assets\/account-page-[^/]+\.js$/, (route) => route.abort());
    await page.click('[data-testid=user-menu]');
    await page.click('#user-menu-list a[href="/account"]');
    const error = page.locator('[data-testid=route-error]');
    await error.waitFor();
    expect(await error.locator('h1').textContent()).toBe('Страница не загрузилась');
    // The shell stays, so the user can still go elsewhere.
    expect(await page.locator('[data-testid=menu-button]').count()).toBe(1);
    await page.unroute(/\/assets\/account-page-[^/]+\.js$/);
    await page.click('[data-testid=route-error] button:has-text("Перезагрузить страницу")');
    await page.waitForSelector('h1:has-text("Учётная запись")');
    await context.close();
  });

  it('while a search runs, the old results are marked busy with a visible sign', async () => {
    const { context, page } = await phone('reader@portal.test');
    await page.waitForSelector('[data-testid=material-card]');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query Materials(')) await held;
      await route.continue();
    });
    await page.fill('#materials-search', 'горячей');
    const results = page.locator('[data-testid=materials-results]');
    await page.waitForSelector('[data-testid=materials-results][aria-busy=true]');
    expect(await page.locator('[data-testid=materials-searching]').isVisible()).toBe(true);
    release();
    await page.waitForSelector('[data-testid=materials-results][aria-busy=false]');
    expect(await results.locator('[data-testid=materials-searching]').count()).toBe(0);
    await context.close();
  });
});

describe('the library on a wide screen', () => {
  it('keeps room for the kinds list, so results do not jump when it arrives late', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'reader@portal.test');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('query MaterialKinds')) await held;
      await route.continue();
    });
    await page.goto('/materials');
    await page.waitForSelector('[data-testid=materials-total]');
    const before = await top(page, '[data-testid=materials-total]');
    release();
    await page.waitForSelector('.kind-checks input');
    expect(await top(page, '[data-testid=materials-total]')).toBe(before);
    await context.close();
  });
});
