import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, setLanguage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const CREATE = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id version } }`;
const ONE = `query ($id: ID!) { organization(id: $id) { name shortName website version } }`;

describe('organizations', () => {
  it('an editor creates one (a taken name is refused in Russian by the field) and picks it for a new contact', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    const taken = unique('Министерство');
    await gql(context.request, CREATE, { input: { name: taken, type: 'ministry' } });

    // The contacts page has already cached the organizations for its filter: the new one must still show up.
    await page.waitForSelector('#contacts-organization');
    await page.click('[data-testid=organizations-link]');
    await page.waitForURL(/\/organizations$/);
    await page.click('[data-testid=organization-new]');
    await page.fill('#organization-name', taken);
    await page.selectOption('#organization-type', 'cso');
    await page.click('[data-testid=organization-save]');

    const nameError = page.locator('#organization-name-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('Организация с таким названием уже есть.');
    expect(await page.locator('#organization-name').getAttribute('aria-invalid')).toBe('true');

    const name = unique('Фонд');
    await page.fill('#organization-name', name);
    await page.fill('#organization-website', 'not a link');
    await page.click('[data-testid=organization-save]');
    const websiteError = page.locator('#organization-website-error');
    await websiteError.waitFor();
    expect(await websiteError.textContent()).toContain('http');
    expect(await page.locator('#organization-name-error').count()).toBe(0);

    await page.fill('#organization-website', 'https://fond.example.kg');
    await page.fill('#organization-short-name', 'ФОНД');
    await page.click('[data-testid=organization-save]');
    await page.waitForURL(/\/organizations$/);
    await page.fill('#organizations-search', name.toLowerCase());
    const rows = page.locator('[data-testid=organizations] tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=organizations] tbody tr').length === 1);
    expect(await rows.first().textContent()).toContain('Организация гражданского общества');
    await page.selectOption('#organizations-type', 'ministry');
    await page.waitForSelector('[data-testid=organizations]', { state: 'detached' });

    await page.goto('/contacts/new');
    const option = page.locator('#contact-organization option', { hasText: name });
    await option.waitFor({ state: 'attached' });
    await page.selectOption('#contact-organization', { label: name });
    const person = unique('Директор');
    await page.fill('#contact-name', person);
    await page.selectOption('#contact-category', 'cso_leader');
    await page.click('[data-testid=contact-save]');
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    expect(await page.locator('dl.details').textContent()).toContain(name);

    // The organization's name in the directory leads to its contacts only.
    await page.goto('/organizations');
    await page.fill('#organizations-search', name);
    await page.click(`[data-testid=organizations] a:has-text("${name}")`);
    await page.waitForURL(/\/contacts\?org=[0-9a-f-]{36}$/);
    await page.waitForSelector(`[data-testid=contact-card]:has-text("${person}")`);
    expect(await page.locator('[data-testid=contact-card]').count()).toBe(1);
    await context.close();
  });

  it('an edit from an older version shows the conflict and applies only on request', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@portal.test');
    await setLanguage(page, 'ru');
    const name = unique('Агентство');
    const { createOrganization } = await gql(context.request, CREATE, { input: { name, type: 'government_agency' } });
    await page.goto(`/organizations/${createOrganization.id}/edit`);
    await page.waitForSelector('#organization-short-name');
    await gql(context.request, UPDATE, {
      id: createOrganization.id,
      input: { name, type: 'government_agency', shortName: 'ДРУГОЕ', version: 1 },
    });

    await page.fill('#organization-short-name', 'МОЁ');
    await page.click('[data-testid=organization-save]');
    await page.locator('[data-testid=conflict]').waitFor();
    expect(await page.locator('[data-testid=conflict-latest]').textContent()).toContain('ДРУГОЕ');
    expect(await page.locator('[data-testid=conflict-mine]').textContent()).toContain('МОЁ');
    expect((await gql(context.request, ONE, { id: createOrganization.id })).organization.shortName).toBe('ДРУГОЕ');

    await page.click('[data-testid=conflict-keep-mine]');
    await page.waitForURL(/\/organizations$/);
    const stored = (await gql(context.request, ONE, { id: createOrganization.id })).organization;
    expect(stored).toMatchObject({ shortName: 'МОЁ', version: 3 });
    await context.close();
  });

  it('a reader sees the directory but no create or edit buttons', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'reader@portal.test');
    await page.click('[data-testid=organizations-link]');
    await page.waitForSelector('[data-testid=organizations] tbody tr');
    expect(await page.locator('[data-testid=organizations] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=organization-new]').count()).toBe(0);
    expect(await page.locator('[data-testid=organization-edit]').count()).toBe(0);
    await page.goto('/organizations/new');
    await page.waitForSelector('main .alert-error');
    expect(await page.locator('#organization-name').count()).toBe(0);
    await context.close();
  });
});
