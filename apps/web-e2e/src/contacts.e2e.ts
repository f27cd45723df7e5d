import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, setLanguage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const COUNT = `query ($search: String) { contacts(filter: { search: $search }) { total items { id name position version } } }`;
const CREATE = `mutation ($input: ContactInput!) { createContact(input: $input) { id version } }`;

describe('editing contacts', () => {
  it('an editor creates a contact: a bad phone is refused in Russian next to the field, then saved and edited', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    const name = unique('Пресс-секретарь');
    await page.click('[data-testid=contact-new]');
    await page.fill('#contact-name', name);
    await page.selectOption('#contact-category', 'press');
    await page.selectOption('#contact-region', 'naryn');
    await page.click('text=Добавить телефон');
    await page.fill('#contact-phone-0', '+996 555 123 456');
    await page.fill('#contact-phone-1', '12345678901234');
    await page.click('[data-testid=contact-save]');

    const error = page.locator('#contact-phone-1-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Неверный номер телефона.');
    expect(await page.locator('#contact-phone-1').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#contact-phone-0-error').count()).toBe(0);
    expect((await gql(context.request, COUNT, { search: name })).contacts.total).toBe(0);

    await page.fill('#contact-phone-1', '0312 62 11 01');
    await page.click('[data-testid=contact-save]');
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await page.waitForSelector(`h1:has-text("${name}")`);
    expect(await page.locator('a[href="tel:+996312621101"]').count()).toBe(1);
    expect(await page.locator('dl.details').textContent()).toContain('Нарынская область');

    await page.click('[data-testid=contact-edit]');
    await page.fill('#contact-position', 'Пресс-секретарь области');
    await page.click('[data-testid=contact-save]');
    await page.waitForSelector('dd:has-text("Пресс-секретарь области")');
    const stored = await gql(context.request, COUNT, { search: name });
    expect(stored.contacts.items[0]).toMatchObject({ position: 'Пресс-секретарь области', version: 2 });
    await context.close();
  });

  it('a second save from an older version shows the conflict, overwrites nothing, then applies on request', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await signIn(first.page, 'editor@portal.test');
    await setLanguage(first.page, 'ru');
    await signIn(second.page, 'admin@portal.test');
    const name = unique('Конфликт');
    const { createContact } = await gql(first.context.request, CREATE, {
      input: { kind: 'person', name, category: 'cso_leader', phones: ['+996555000111'] },
    });
    await first.page.goto(`/contacts/${createContact.id}/edit`);
    await second.page.goto(`/contacts/${createContact.id}/edit`);
    await first.page.waitForSelector('#contact-position');
    await second.page.waitForSelector('#contact-position');

    await second.page.fill('#contact-position', 'Позиция администратора');
    await second.page.click('[data-testid=contact-save]');
    await second.page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);

    await first.page.fill('#contact-position', 'Позиция редактора');
    await first.page.click('[data-testid=contact-save]');
    const conflict = first.page.locator('[data-testid=conflict]');
    await conflict.waitFor();
    expect(await first.page.locator('[data-testid=conflict-mine]').textContent()).toContain('Позиция редактора');
    expect(await first.page.locator('[data-testid=conflict-latest]').textContent()).toContain('Позиция администратора');
    let stored = (await gql(first.context.request, COUNT, { search: name })).contacts.items[0];
    expect(stored).toMatchObject({ position: 'Позиция администратора', version: 2 });

    // Reloading asks first; cancelling keeps the user's edits.
    await first.page.click('[data-testid=conflict-reload]');
    await first.page.click('text=Отмена');
    expect(await first.page.locator('#contact-position').inputValue()).toBe('Позиция редактора');

    await first.page.click('[data-testid=conflict-keep-mine]');
    await first.page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await first.page.waitForSelector('dd:has-text("Позиция редактора")');
    stored = (await gql(first.context.request, COUNT, { search: name })).contacts.items[0];
    expect(stored).toMatchObject({ position: 'Позиция редактора', version: 3 });
    await first.context.close();
    await second.context.close();
  });

  it('reloading the latest version after a conflict discards the edits only after confirmation', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    const name = unique('Перезагрузка');
    const { createContact } = await gql(context.request, CREATE, {
      input: { kind: 'hotline', name, phones: ['189'], hours: '24/7' },
    });
    await page.goto(`/contacts/${createContact.id}/edit`);
    await page.waitForSelector('#contact-hours');
    await gql(
      context.request,
      `mutation ($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { version } }`,
      {
        id: createContact.id,
        input: { kind: 'hotline', name, phones: ['189'], hours: 'Пн–Пт 9:00–18:00', version: 1 },
      },
    );
    await page.fill('#contact-hours', 'круглосуточно');
    await page.click('[data-testid=contact-save]');
    await page.waitForSelector('[data-testid=conflict]');
    await page.click('[data-testid=conflict-reload]');
    await page.click('[data-testid=conflict-reload-yes]');
    await page.waitForSelector('[data-testid=conflict]', { state: 'detached' });
    expect(await page.locator('#contact-hours').inputValue()).toBe('Пн–Пт 9:00–18:00');
    await page.click('[data-testid=contact-save]');
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    expect((await gql(context.request, COUNT, { search: name })).contacts.items[0].version).toBe(3);
    await context.close();
  });

  it('imports a CSV: the preview reports the bad row, the import creates only the good one', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    const good = unique('Импорт хороший');
    const bad = unique('Импорт плохой');
    const csv = [
      'kind,name,position,organization,region,category,phones,emails,languages,hours,notes',
      `person,${good},Специалист,,osh,press,+996 555 222 333,good@example.kg,ru;ky,,`,
      `person,${bad},Специалист,,osh,press,12,bad@example.kg,ru,,`,
    ].join('\n');
    await page.click('[data-testid=contact-import]');
    await page.setInputFiles('#import-file', { name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('[data-testid=import-preview]');
    await page.waitForSelector('[data-testid=import-rows]');
    expect(await page.locator('[data-testid=import-row-2]').textContent()).toContain('OK');
    expect(await page.locator('[data-testid=import-row-3]').textContent()).toContain('Неверный номер телефона.');
    expect((await gql(context.request, COUNT, { search: good })).contacts.total).toBe(0);

    await page.click('[data-testid=import-run]');
    await page.waitForSelector('[data-testid=import-summary]:has-text("создано 1, отклонено 1")');
    expect((await gql(context.request, COUNT, { search: good })).contacts.total).toBe(1);
    expect((await gql(context.request, COUNT, { search: bad })).contacts.total).toBe(0);
    await context.close();
  });

  it('filters live in the URL and the export link follows them', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'member@portal.test');
    await page.selectOption('#contacts-kind', 'hotline');
    await page.waitForURL(/kind=hotline/);
    // The checkbox mirrors the URL, which router navigation updates a moment after the click.
    await page.click('input[name=category][value=press]');
    await page.waitForURL(/category=press/);
    expect(await page.isChecked('input[name=category][value=press]')).toBe(true);
    expect(await page.locator('[data-testid=contact-export]').getAttribute('href')).toBe(
      '/api/contacts/export.csv?kind=hotline&categories=press',
    );
    await page.fill('#contacts-search', 'zzzz-nothing-matches');
    await page.waitForURL(/q=zzzz-nothing-matches/);
    await page.waitForSelector('.empty');
    await context.close();
  });
});
