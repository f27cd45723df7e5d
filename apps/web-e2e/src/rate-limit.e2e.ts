import type { Browser, Page, Request } from 'playwright-core';
import { signedIn } from './support/materials';
import { launchBrowser, newPage, signIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const isGraphql = (request: Request) => request.url().endsWith('/graphql') && request.method() === 'POST';
const operationOf = (request: Request) => /\b(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1] ?? '?';

/** The GraphQL operations the page sends while `action` runs and the page settles. */
async function operationsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (request: Request) => {
    if (isGraphql(request)) seen.push(operationOf(request));
  };
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return seen;
}

describe('rate limits in the web app', () => {
  // The sizing of the default limits in the README rests on these numbers (PAGE_VIEW_REQUESTS in the API test).
  it('costs at most 5 requests per page view, and 3 anonymous ones to sign in', async () => {
    const anonymous = await newPage(browser);
    const signingIn = await operationsDuring(anonymous.page, () => signIn(anonymous.page, 'member@portal.test'));
    await anonymous.context.close();

    const { context, page } = await signedIn(browser, 'member@portal.test');
    const library = await operationsDuring(page, async () => {
      await page.goto('/materials');
      await page.waitForSelector('[data-testid=materials-total]');
    });
    const material = await operationsDuring(page, async () => {
      await page.locator('.material-cards a[href^="/materials/"]').first().click();
      await page.waitForURL(/\/materials\/[^/]+$/);
      await page.waitForSelector('h1');
    });
    const contacts = await operationsDuring(page, async () => {
      await page.click('#main-nav a[href="/contacts"]');
      await page.waitForURL(/\/contacts/);
    });
    await context.close();
    console.log(
      `Requests per page view — sign-in: ${signingIn.join(', ')}; library (full load): ${library.join(', ')}; ` +
        `material: ${material.join(', ')}; contacts: ${contacts.join(', ')}`,
    );
    expect(signingIn.length).toBeLessThanOrEqual(3);
    for (const view of [library, material, contacts]) expect(view.length).toBeLessThanOrEqual(5);
  });

  it('says how long to wait when the server refuses a request, then loads the page by itself', async () => {
    const { context, page } = await signedIn(browser, 'member@portal.test');
    let refused = 0;
    let asked = 0;
    await page.route('**/graphql', async (route) => {
      if (operationOf(route.request()) !== 'Materials') return route.fallback();
      asked++;
      if (refused > 0) return route.fallback();
      refused++;
      const retryAfterSeconds = 2;
      await route.fulfill({
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds) },
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [
            {
              message: `Too many requests; try again in ${retryAfterSeconds} seconds`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
            },
          ],
        }),
      });
    });
    await page.goto('/materials');
    const alert = page.locator('[data-testid=rate-limited]');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe('Слишком много запросов. Попробуйте снова через 2 с.');
    expect(asked).toBe(1);
    // After Retry-After the list loads without anyone clicking, and the message goes away.
    await page.waitForSelector('[data-testid=materials-total]');
    expect(await alert.count()).toBe(0);
    expect(asked).toBe(2);
    await context.close();
  });
});
