import type { Browser } from 'playwright-core';
import { gql, launchBrowser, newPage, setLanguage, signIn, unique } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FIND = `query ($search: String) { contacts(filter: { search: $search }) { total items { name position phones } } }`;

/** Windows-1251 bytes, as Excel on Russian Windows saves CSV (ASCII and А–я only, which is all the fixture uses). */
const cp1251 = (text: string) =>
  Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x350;
      throw new Error(`not in the fixture's Windows-1251 subset: ${ch}`);
    }),
  );

describe('contact files as offices make them', () => {
  it('imports a Windows-1251 CSV with ";" and Russian headings, the Cyrillic intact', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    await page.goto('/contacts/import');
    const name = unique('Бекмуратова Жылдыз');
    const csv = ['Тип;ФИО;Должность;Регион;Категория;Телефон', `person;${name};Пресс-секретарь;osh;press;0555 123 987`];
    await page.setInputFiles('#import-file', {
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: cp1251(csv.join('\r\n')),
    });
    await page.click('[data-testid=import-preview]');
    await page.waitForSelector('[data-testid=import-rows]');
    expect(await page.locator('[data-testid=import-row-2]').textContent()).toContain(name);
    expect(await page.locator('[data-testid=import-row-2]').textContent()).toContain('OK');

    await page.click('[data-testid=import-run]');
    await page.waitForSelector('[data-testid=import-summary]:has-text("создано 1, отклонено 0")');
    const found = await gql(context.request, FIND, { search: name });
    expect(found.contacts.items).toEqual([{ name, position: 'Пресс-секретарь', phones: ['+996555123987'] }]);
    await context.close();
  });

  it('names the unknown columns next to the file field instead of a generic message', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    await setLanguage(page, 'ru');
    await page.goto('/contacts/import');
    await page.setInputFiles('#import-file', {
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('kind;name;shoe size;Цвет глаз\nperson;Иванов Иван;42;карие'),
    });
    await page.click('[data-testid=import-preview]');
    const error = page.locator('[data-testid=import-file-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Неизвестные столбцы: shoe size, Цвет глаз.');
    expect(await page.getAttribute('#import-file', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#import-file', 'aria-describedby')).toBe('import-file-error');
    expect(await page.locator('text=Проверьте выделенные поля').count()).toBe(0);
    await context.close();
  });

  it('offers the filtered list as XLSX and vCard beside the CSV export', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'member@portal.test');
    await page.goto('/contacts?kind=hotline&region=osh');
    await page.waitForSelector('[data-testid=contact-export-xlsx]');
    expect(await page.getAttribute('[data-testid=contact-export-xlsx]', 'href')).toBe(
      '/api/contacts/export.xlsx?kind=hotline&region=osh',
    );
    expect(await page.getAttribute('[data-testid=contact-export-vcf]', 'href')).toBe(
      '/api/contacts/export.vcf?kind=hotline&region=osh',
    );
    const vcf = await context.request.get('/api/contacts/export.vcf?kind=hotline');
    expect(vcf.status()).toBe(200);
    expect(await vcf.text()).toMatch(/^BEGIN:VCARD\r\nVERSION:3.0\r\n/);
    await context.close();
  });
});
