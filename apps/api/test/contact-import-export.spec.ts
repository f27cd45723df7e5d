import { unzipSync, strFromU8 } from 'fflate';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import vCard from 'vcf';
import writeXlsxFile from 'write-excel-file/node';
import { ContactEntity } from '../src/modules/contacts/contact.entity.js';
import { createContact } from './support/contact-factory.js';
import { TestApp } from './support/test-app.js';

const PREVIEW = `mutation($csv: String!) { previewContactImport(csv: $csv) {
  committed valid rejected created rows { line name ok errors { field reason message } } } }`;
const IMPORT = `mutation($csv: String!) { importContacts(csv: $csv) {
  committed valid rejected created rows { line ok errors { field reason } } } }`;
const IMPORT_FILE = `mutation($file: String!) { importContacts(file: $file) {
  committed valid rejected created rows { line name ok errors { field reason message } } } }`;
const PREVIEW_FILE = `mutation($file: String!) { previewContactImport(file: $file) {
  valid rejected rows { line name ok errors { field reason message } } } }`;
const importFile = (bytes: Buffer, cookie = editor, mutation = IMPORT_FILE) =>
  t.gql(mutation, { file: bytes.toString('base64') }, cookie);

let t: TestApp;
let editor: string;
beforeAll(async () => {
  t = await TestApp.start();
  await t.createOrganization({ name: 'ОО «Импорт Тест»', shortName: 'ИТ', type: 'cso' });
  editor = (await t.signInAs(['editor'])).cookie;
});
afterAll(() => t.close());

const count = () => t.dataSource.getRepository(ContactEntity).count();

describe('CSV import', () => {
  const csv = [
    'kind,name,position,organization,region,category,phones,emails,languages,hours,notes',
    'person,Импорт Первый,Директор,ИТ,osh,cso_leader,0555 111 222,first@example.kg,ru;ky,,',
    'person,Импорт Второй,,Нет Такой Организации,mars,cso_leader,not a phone,bad-email,ru;fr,,',
    'hotline,"Линия, импорт",,,,,1899,,ky,круглосуточно,',
  ].join('\n');

  it('previews every row with its errors named by column, writing nothing', async () => {
    const before = await count();
    const result = await t.gql(PREVIEW, { csv }, editor);
    const preview = result.data?.previewContactImport;
    expect(preview).toMatchObject({ committed: false, valid: 2, rejected: 1, created: 0 });
    expect(preview.rows.map((r: { line: number; ok: boolean }) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, true],
    ]);
    const fields = preview.rows[1].errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['organization', 'region', 'emails', 'languages']));
    expect(await count()).toBe(before);
  });

  it('imports the valid rows in one go, rejects the rest with reasons, and refuses duplicates on a second run', async () => {
    const before = await count();
    const first = await t.gql(IMPORT, { csv }, editor);
    expect(first.data?.importContacts).toMatchObject({ committed: true, valid: 2, rejected: 1, created: 2 });
    expect(await count()).toBe(before + 2);
    const imported = await t.dataSource.getRepository(ContactEntity).findOneByOrFail({ name: 'Импорт Первый' });
    expect(imported).toMatchObject({ phones: ['+996555111222'], languages: ['ru', 'ky'], region: 'osh' });

    const second = await t.gql(IMPORT, { csv }, editor);
    expect(second.data?.importContacts).toMatchObject({ valid: 0, rejected: 3, created: 0 });
    expect(second.data?.importContacts.rows[0].errors).toEqual([{ field: 'name', reason: 'duplicate' }]);
    expect(await count()).toBe(before + 2);
  });

  it('rejects a malformed file as a whole, with the reason, and writes nothing', async () => {
    const before = await count();
    const cases: [string, string][] = [
      ['kind,name,shoe_size\nperson,X Y,42', 'unknownColumn'],
      ['name,region\nX Y,osh', 'missingColumn'],
      ['kind,name\nperson,"unterminated', 'malformed'],
    ];
    for (const [file, reason] of cases) {
      const result = await t.gql(IMPORT, { csv: file }, editor);
      expect(result.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'csv', reason })]);
    }
    expect(await count()).toBe(before);
  });

  it('writes nothing at all when the database refuses one of the rows mid-import', async () => {
    const before = await count();
    // A trigger stands in for a failure no validation could foresee (disk full, constraint added by an admin…).
    await t.dataSource.query(`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN
      IF NEW.name = 'Взрыв Строки' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.dataSource.query(
      'CREATE TRIGGER refuse_boom BEFORE INSERT ON contact FOR EACH ROW EXECUTE FUNCTION refuse_boom()',
    );
    try {
      const file = 'kind,name,category\nperson,Целая Строка,press\nperson,Взрыв Строки,press';
      const result = await t.gql(IMPORT, { csv: file }, editor);
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await count()).toBe(before);
    } finally {
      await t.dataSource.query('DROP TRIGGER refuse_boom ON contact; DROP FUNCTION refuse_boom()');
    }
  });

  it('is refused to members and readers', async () => {
    for (const role of ['member', 'reader'] as const) {
      const { cookie } = await t.signInAs([role]);
      const result = await t.gql(PREVIEW, { csv }, cookie);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('Import of files as offices save them', () => {
  const repo = () => t.dataSource.getRepository(ContactEntity);
  const russianCsv = (suffix: string) =>
    [
      'Тип;ФИО;Должность;Организация;Регион;Категория;Телефон;Эл. почта;Языки',
      `person;Асанов Бакыт ${suffix};Пресс-секретарь;ИТ;osh;press;0555 111 333;"a@example.kg; b@example.kg";"ru;ky"`,
    ].join('\r\n');

  it('imports Windows-1251 with ";" and Russian headings, as Excel on Russian Windows saves CSV', async () => {
    const result = await importFile(iconv.encode(russianCsv('Кирилл'), 'win1251'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importContacts).toMatchObject({ created: 1, rejected: 0 });
    expect(await repo().findOneByOrFail({ name: 'Асанов Бакыт Кирилл' })).toMatchObject({
      position: 'Пресс-секретарь',
      region: 'osh',
      phones: ['+996555111333'],
      emails: ['a@example.kg', 'b@example.kg'],
      languages: ['ru', 'ky'],
    });
  });

  it.each([
    ['UTF-8 with BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 without BOM', (text: string) => Buffer.from(text)],
    [
      'UTF-16 LE with BOM, tabs',
      (text: string) => iconv.encode(text.replaceAll(';', '\t'), 'utf-16le', { addBOM: true }),
    ],
    ['UTF-16 BE with BOM', (text: string) => iconv.encode(text, 'utf-16be', { addBOM: true })],
  ])('imports %s with the Cyrillic intact', async (label, encode) => {
    const name = `Кодировка ${label.replace(/[^A-Za-z0-9]/g, '')}`;
    const text = `Тип;ФИО;Должность;Категория\r\nperson;${name};Пресс-секретарь;press\r\n`;
    const result = await importFile(encode(text));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importContacts.rows).toEqual([expect.objectContaining({ ok: true, name })]);
    expect(await repo().findOneByOrFail({ name })).toMatchObject({ position: 'Пресс-секретарь' });
  });

  it('refuses text that was already garbled (replacement characters), naming the row and column', async () => {
    const garbled =
      'kind,name,category\nperson,Целый Контакт,press\nperson,\ufffd\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd,press';
    const before = await count();
    const result = await importFile(Buffer.from(garbled));
    expect(result.data?.importContacts).toMatchObject({ created: 1, rejected: 1 });
    expect(result.data?.importContacts.rows[1]).toMatchObject({
      line: 3,
      ok: false,
      errors: [expect.objectContaining({ field: 'name', reason: 'encoding' })],
    });
    expect(await count()).toBe(before + 1);
    expect(await repo().countBy({ name: garbled.split('\n')[2]!.split(',')[1]! })).toBe(0);

    const badHeading = await importFile(Buffer.from('kind,\ufffd\ufffd\ufffd\nperson,x'));
    expect(badHeading.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'file', reason: 'encoding' }),
    ]);
  });

  it('names the unknown columns in the error', async () => {
    const result = await importFile(Buffer.from('kind;name;shoe size;Цвет глаз\nperson;Имя Фамилия;42;карие'));
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      columns: ['shoe size', 'Цвет глаз'],
      fields: [{ field: 'file', reason: 'unknownColumn', message: expect.stringContaining('shoe size, Цвет глаз') }],
    });
  });

  it('imports an XLSX sheet made by hand: Russian headings, a phone typed as a number keeps its digits', async () => {
    const sheet = [
      ['Тип', 'ФИО', 'Телефон', 'Категория', 'Примечание'],
      ['person', 'Таблицева Анна', 996555444333, 'press', 'из таблицы; с точкой с запятой'],
    ];
    const bytes = await writeXlsxFile(sheet).toBuffer();
    const result = await importFile(bytes, editor, PREVIEW_FILE);
    expect(result.data?.previewContactImport).toMatchObject({ valid: 1, rejected: 0 });
    const run = await importFile(bytes);
    expect(run.data?.importContacts).toMatchObject({ created: 1 });
    expect(await repo().findOneByOrFail({ name: 'Таблицева Анна' })).toMatchObject({
      phones: ['+996555444333'],
      notes: 'из таблицы; с точкой с запятой',
    });
  });

  it('refuses a file that is neither readable XLSX nor base64', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]);
    const result = await importFile(broken);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'file', reason: 'malformed' }),
    ]);
    const notBase64 = await t.gql(IMPORT_FILE, { file: 'это не base64' }, editor);
    expect(notBase64.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'file', reason: 'malformed' }),
    ]);
  });
});

describe('CSV and vCard export', () => {
  it('exports the filtered list as CSV that imports back, guarding against spreadsheet formulas', async () => {
    const org = await t.createOrganization({ name: 'Экспорт Организация', type: 'ministry' });
    await createContact(t, { name: 'Экспорт, Первый', category: 'press', region: 'talas', organizationId: org.id });
    await createContact(t, { name: '=HYPERLINK("http://evil")', category: 'press', region: 'talas' });
    await createContact(t, { name: 'Не в фильтре', category: 'cso_leader', region: 'talas' });

    const res = await fetch(`${t.url}/api/contacts/export.csv?region=talas&categories=press`, {
      headers: { cookie: editor },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows.map((r) => r.name).sort()).toEqual(['\'=HYPERLINK("http://evil")', 'Экспорт, Первый']);
    expect(rows.find((r) => r.name === 'Экспорт, Первый')).toMatchObject({
      organization: 'Экспорт Организация',
      phones: '+996555000000',
    });

    await t.dataSource.query(`DELETE FROM contact WHERE region = 'talas'`);
    const reimport = await t.gql(IMPORT, { csv: text }, editor);
    expect(reimport.data?.importContacts).toMatchObject({ created: 2, rejected: 0 });
    const back = await t.dataSource.getRepository(ContactEntity).findOneByOrFail({ name: '=HYPERLINK("http://evil")' });
    expect(back.phones).toEqual(['+996555000000']);
  });

  it('exports only what the user may read, and nothing to anonymous users', async () => {
    await createContact(t, { name: 'Скрытый Регионал', category: 'ministry_regional', region: 'batken' });
    await createContact(t, { name: 'Видимый Пресс', category: 'press', region: 'batken' });
    const reader = await t.signInAs(['reader']);
    const res = await fetch(`${t.url}/api/contacts/export.csv?region=batken`, { headers: { cookie: reader.cookie } });
    const names = (parse(await res.text(), { bom: true, columns: true }) as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(['Видимый Пресс']);

    const anonymous = await fetch(`${t.url}/api/contacts/export.csv`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign-in required' });
    const bad = await fetch(`${t.url}/api/contacts/export.csv?region=atlantis`, { headers: { cookie: reader.cookie } });
    expect(bad.status).toBe(400);
  });

  it('exports the filtered list as XLSX with text cells that imports back', async () => {
    await createContact(t, { name: 'Таблица Первая', category: 'press', region: 'naryn', phones: ['+996555000111'] });
    await createContact(t, { name: '=1+1', category: 'press', region: 'naryn' });
    await createContact(t, { name: 'Таблица Не в фильтре', category: 'cso_leader', region: 'naryn' });
    const res = await fetch(`${t.url}/api/contacts/export.xlsx?region=naryn&categories=press`, {
      headers: { cookie: editor },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const bytes = Buffer.from(await res.arrayBuffer());

    const rows = await readSheet(bytes);
    expect(rows[0]).toEqual([
      'kind',
      'name',
      'position',
      'organization',
      'region',
      'category',
      'phones',
      'emails',
      'languages',
      'hours',
      'notes',
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[6]])).toEqual([
      ['=1+1', '+996555000000'],
      ['Таблица Первая', '+996555000111'],
    ]);
    // Every cell is a string cell formatted as text: nothing is a number or a formula, nothing needs an apostrophe.
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    const cells = [...sheet.matchAll(/<c [^>]*>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(11);
    for (const cell of cells) expect(cell).toMatch(/ t="s"/);
    expect(sheet).not.toMatch(/<f>/);
    expect(strFromU8(unzipSync(bytes)['xl/styles.xml']!)).toMatch(/formatCode="@"/);

    await t.dataSource.query(`DELETE FROM contact WHERE region = 'naryn'`);
    const reimport = await importFile(bytes);
    expect(reimport.data?.importContacts).toMatchObject({ created: 2, rejected: 0 });
    const back = await t.dataSource.getRepository(ContactEntity).findOneByOrFail({ name: 'Таблица Первая' });
    expect(back.phones).toEqual(['+996555000111']);
  });

  it('exports a contact as a vCard 3.0 that a second parser reads: N, plain TEL, escaped NOTE', async () => {
    const org = await t.createOrganization({ name: 'МТСОМ; пресс-служба', type: 'ministry' });
    const contact = await createContact(t, {
      name: 'Бекмуратова Жылдыз Асановна',
      category: 'press',
      organizationId: org.id,
      position: 'Пресс-секретарь',
      phones: ['+996312621101', '+996555123456'],
    });
    await t.dataSource.getRepository(ContactEntity).update(contact.id, { hours: 'пн–пт 9:00–18:00; сб, вс — нет' });
    const res = await fetch(`${t.url}/api/contacts/${contact.id}/vcard`, { headers: { cookie: editor } });
    expect(res.headers.get('content-type')).toMatch(/text\/vcard/);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3.0\r\n/);
    const [card] = vCard.parse(text);
    expect(card!.get('fn').valueOf()).toBe('Бекмуратова Жылдыз Асановна');
    expect(card!.get('n').valueOf()).toBe('Бекмуратова;Жылдыз;Асановна;;');
    expect(card!.get('org').valueOf()).toBe('МТСОМ\\; пресс-служба');
    expect(card!.get('note').valueOf()).toBe('пн–пт 9:00–18:00\\; сб\\, вс — нет');
    const tels = [card!.get('tel')].flat();
    expect(tels.map((p) => p.valueOf())).toEqual(['+996312621101', '+996555123456']);
    for (const tel of tels) expect(tel.toJSON()[1]).toEqual({ type: ['work', 'voice'] });

    const reader = await t.signInAs(['reader']);
    const hidden = await createContact(t, { category: 'cso_leader' });
    const denied = await fetch(`${t.url}/api/contacts/${hidden.id}/vcard`, { headers: { cookie: reader.cookie } });
    expect(denied.status).toBe(404);
  });

  it('exports the filtered directory as one .vcf of the cards the user may read', async () => {
    await createContact(t, { name: 'Осмонов Азамат', category: 'press', region: 'jalal_abad' });
    await createContact(t, { name: 'Горячая линия 1221', kind: 'hotline', region: 'jalal_abad', phones: ['1221'] });
    await createContact(t, { name: 'Скрытая Регионалова', category: 'ministry_regional', region: 'jalal_abad' });
    const reader = await t.signInAs(['reader']);
    const res = await fetch(`${t.url}/api/contacts/export.vcf?region=jalal_abad`, {
      headers: { cookie: reader.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/contacts\.vcf/);
    const cards = vCard.parse(await res.text());
    expect(cards.map((c) => [c.get('fn').valueOf(), c.get('n').valueOf()])).toEqual([
      ['Горячая линия 1221', 'Горячая линия 1221;;;;'],
      ['Осмонов Азамат', 'Осмонов;Азамат;;;'],
    ]);

    const filtered = await fetch(`${t.url}/api/contacts/export.vcf?region=jalal_abad&kind=hotline`, {
      headers: { cookie: reader.cookie },
    });
    expect(vCard.parse(await filtered.text()).map((c) => c.get('fn').valueOf())).toEqual(['Горячая линия 1221']);
    expect((await fetch(`${t.url}/api/contacts/export.vcf`)).status).toBe(401);
  });
});
