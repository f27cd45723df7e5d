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

/**
 * The GraphQL operations the page sends while `action` runs and until no request has been in flight for a second
 * (playwright's `networkidle` does not wait again after a client-side navigation).
 */
async function operationsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const started = (request: Request) => {
    if (!isGraphql(request)) return;
    seen.push(operationOf(request));
    inFlight++;
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    if (!isGraphql(request)) return;
    inFlight--;
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  await action();
  while (inFlight > 0 || Date.now() - lastChange < 1000) await page.waitForTimeout(100);
  page.off('request', started);
  page.off('requestfinished', ended);
  page.off('requestfailed', ended);
  return seen;
}

describe('rate limits in the web app', () => {
  // The sizing of the default limits in the README rests on these numbers (PAGE_VIEW_REQUESTS in the API test).
  // A material with two or more revisions adds its diff, and leaving the library marks it visited: at most 7.
  it('costs at most 7 requests per page view, and 3 anonymous ones to sign in', async () => {
    const anonymous = await newPage(browser);
    const session = await operationsDuring(anonymous.page, () => signIn(anonymous.page, 'member@portal.test'));
    // Up to the sign-in itself; what follows is the first page, already signed in.
    const signingIn = session.slice(0, session.indexOf('SignIn') + 1);
    await anonymous.context.close();

    const { context, page } = await signedIn(browser, 'member@portal.test');
    // The page shown after sign-in finishes loading first.
    await page.waitForSelector('[data-testid=contacts-total]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    const library = await operationsDuring(page, async () => {
      await page.goto('/materials');
      await page.waitForSelector('[data-testid=materials-total]');
    });
    const material = await operationsDuring(page, async () => {
      await page.locator('.material-cards a[href^="/materials/"]').first().click();
      await page.waitForURL(/\/materials\/[^/]+$/);
      await page.waitForSelector('h1');
    });
    const materialReload = await operationsDuring(page, async () => {
      await page.reload();
      await page.waitForSelector('h1');
    });
    const contacts = await operationsDuring(page, async () => {
      await page.goto('/contacts');
      await page.waitForSelector('h1');
    });
    await context.close();
    console.log(
      `Requests per page view — sign-in: ${signingIn.join(', ')}; library (full load): ${library.join(', ')}; ` +
        `material: ${material.join(', ')}; material (full load): ${materialReload.join(', ')}; ` +
        `contacts (full load): ${contacts.join(', ')}`,
    );
    expect(signingIn.length).toBeLessThanOrEqual(3);
    for (const view of [library, material, materialReload, contacts]) expect(view.length).toBeLessThanOrEqual(7);
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
