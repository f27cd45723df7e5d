import {
  chromium,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { DEMO_TOTP_SECRETS, freshTotpCode } from './totp';

export const PASSWORD = 'portal-demo';

export function baseUrl(): string {
  const url = process.env.PORTAL_E2E_URL;
  if (!url) throw new Error('PORTAL_E2E_URL is not set: the Jest globalSetup did not start the portal.');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Unique per call, so tests never see each other's data. */
export const unique = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Signs in and waits for the page after it: `next` (the contacts list unless given), or with `next: null` the
 * role's own start page.
 */
export async function signIn(
  page: Page,
  email: string,
  password = PASSWORD,
  next: string | null = '/contacts',
): Promise<void> {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  await page.fill('#sign-in-email', email);
  await page.fill('#sign-in-password', password);
  await page.press('#sign-in-password', 'Enter');
  const secret = DEMO_TOTP_SECRETS[email];
  if (secret) {
    // Admins and approvers are asked for the code of their authenticator, computed here as their phone would.
    await page.waitForSelector('#sign-in-code');
    await page.fill('#sign-in-code', await freshTotpCode(secret));
    await page.press('#sign-in-code', 'Enter');
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.waitForSelector('[data-testid=user-menu]', { state: 'attached' });
}

/** Sets the interface language through the switch and waits until the profile has saved it. */
export async function setLanguage(page: Page, language: 'ru' | 'ky' | 'en'): Promise<void> {
  const select = page.locator('[data-testid=language-switch]').first();
  if ((await select.inputValue()) === language) return;
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('UpdateMyPreferences'),
  );
  await select.selectOption(language);
  await saved;
}

/** A GraphQL call with the context's session cookie (JSON, as Apollo's CSRF prevention requires). */
export async function gql<T = any>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Waits for the next Contacts list answer and returns its items. */
export async function contactsResponse(page: Page, trigger: () => Promise<unknown>) {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query Contacts('),
    ),
    trigger(),
  ]);
  const body = await response.json();
  return body.data.contacts as {
    total: number;
    items: { id: string; kind: string; category: string | null; status: string }[];
  };
}
