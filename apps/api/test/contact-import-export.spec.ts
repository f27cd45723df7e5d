import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { ContactEntity } from '../src/modules/contacts/contact.entity.js';
import { createContact } from './support/contact-factory.js';
import { TestApp } from './support/test-app.js';

const PREVIEW = `mutation($csv: String!) { previewContactImport(csv: $csv) {
  committed valid rejected created rows { line name ok errors { field reason message } } } }`;
const IMPORT = `mutation($csv: String!) { importContacts(csv: $csv) {
  committed valid rejected created rows { line ok errors { field reason } } } }`;

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
      phones: "'+996555000000",
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

  it('exports a contact as a vCard 4.0 that parses back to the same data', async () => {
    const org = await t.createOrganization({ name: 'МТСОМ; пресс-служба', type: 'ministry' });
    const contact = await createContact(t, {
      name: 'Жылдыз Бекмуратова, пресс-секретарь',
      category: 'press',
      organizationId: org.id,
      position: 'Пресс-секретарь',
      phones: ['+996312621101', '+996555123456'],
    });
    const res = await fetch(`${t.url}/api/contacts/${contact.id}/vcard`, { headers: { cookie: editor } });
    expect(res.headers.get('content-type')).toMatch(/text\/vcard/);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4.0\r\n/);
    const card = new ICAL.Component(ICAL.parse(text));
    expect(card.getFirstPropertyValue('fn')).toBe('Жылдыз Бекмуратова, пресс-секретарь');
    expect(card.getFirstPropertyValue('org')).toEqual('МТСОМ; пресс-служба');
    expect(card.getAllProperties('tel').map((p) => p.getFirstValue())).toEqual([
      'tel:+996312621101',
      'tel:+996555123456',
    ]);

    const reader = await t.signInAs(['reader']);
    const hidden = await createContact(t, { category: 'cso_leader' });
    const denied = await fetch(`${t.url}/api/contacts/${hidden.id}/vcard`, { headers: { cookie: reader.cookie } });
    expect(denied.status).toBe(404);
  });
});
