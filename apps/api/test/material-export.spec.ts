import JSZip from 'jszip';
import { createApprovedMaterial, CREATE_MATERIAL, doc, MATERIAL, TRANSITION } from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let reader: string;
let editor: { cookie: string };
let approver: { cookie: string };

beforeAll(async () => {
  t = await TestApp.start();
  reader = (await t.signInAs(['reader'])).cookie;
  editor = await t.signInAs(['editor']);
  approver = await t.signInAs(['approver'], { displayName: 'Бакыт Жумабеков' });
});
afterAll(() => t.close());

async function approvedTalkingPoints() {
  const [kind] = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'talking_points'`);
  const body = JSON.stringify({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Тезисы для выступлений', marks: [{ type: 'bold' }] }] },
      {
        type: 'orderedList',
        content: ['Торговля людьми — преступление.', 'Звоните на горячую линию 189.'].map((text) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        })),
      },
    ],
  });
  const created = await t.gql(
    CREATE_MATERIAL,
    { input: { kindId: kind.id, language: 'ru', title: 'Тезисы о горячей линии', body } },
    editor.cookie,
  );
  const id = created.data?.createMaterial.id;
  for (const [transition, cookie] of [
    ['submit', editor.cookie],
    ['approve', approver.cookie],
  ] as const) {
    const version = (await t.gql(MATERIAL, { id }, cookie)).data?.material.working.version;
    await t.gql(TRANSITION, { id, input: { transition, revisionVersion: version } }, cookie);
  }
  return id as string;
}

describe('material export', () => {
  it('exports the approved text as DOCX with its approval stamp and numbered points', async () => {
    const id = await approvedTalkingPoints();
    const res = await fetch(`${t.url}/api/materials/${id}/export.docx`, { headers: { cookie: reader } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Тезисы о горячей линии');
    expect(text).toMatch(/Утверждено: Бакыт Жумабеков, \d{1,2} \S+ \d{4}.*редакция 1/);
    expect(text).toContain('Звоните на горячую линию 189.');
    expect(xml).toContain('<w:numPr>');
  });

  it('exports PDF, and a selection of several materials as one file', async () => {
    const a = await approvedTalkingPoints();
    const b = (await createApprovedMaterial(t)).id;
    const pdf = await fetch(`${t.url}/api/materials/${a}/export.pdf`, { headers: { cookie: reader } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toMatch(/%%EOF/);

    const both = await fetch(`${t.url}/api/materials/export.docx?ids=${a},${b}`, { headers: { cookie: reader } });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(await both.arrayBuffer()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('Тезисы о горячей линии');
    expect(xml).toContain('Текст пресс-релиза');
  });

  it('prints where and when media coverage appeared', async () => {
    const [kind] = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'media_coverage'`);
    const created = await t.gql(
      CREATE_MATERIAL,
      {
        input: {
          kindId: kind.id,
          language: 'ru',
          title: 'Репортаж',
          body: doc('Краткое содержание.'),
          coverageOutlet: 'Ордо Пресс',
          coverageDate: '2026-10-14',
          coverageUrl: 'https://ordo.example.kg/189',
        },
      },
      editor.cookie,
    );
    const id = created.data?.createMaterial.id;
    for (const [transition, cookie] of [
      ['submit', editor.cookie],
      ['approve', approver.cookie],
    ] as const) {
      const version = (await t.gql(MATERIAL, { id }, cookie)).data?.material.working.version;
      await t.gql(TRANSITION, { id, input: { transition, revisionVersion: version } }, cookie);
    }
    const res = await fetch(`${t.url}/api/materials/${id}/export.docx`, { headers: { cookie: reader } });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Ордо Пресс, 14 октября 2026 г. — https://ordo.example.kg/189');
  });

  it('never exports drafts, nor to readers what they may not see, and checks its parameters', async () => {
    const [kind] = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'statement'`);
    const draft = await t.gql(
      CREATE_MATERIAL,
      { input: { kindId: kind.id, language: 'ru', title: 'Черновик', body: doc('Текст') } },
      editor.cookie,
    );
    const id = draft.data?.createMaterial.id;
    expect((await fetch(`${t.url}/api/materials/${id}/export.pdf`, { headers: { cookie: reader } })).status).toBe(404);
    expect(
      (await fetch(`${t.url}/api/materials/${id}/export.pdf`, { headers: { cookie: editor.cookie } })).status,
    ).toBe(404);
    expect(
      (await fetch(`${t.url}/api/materials/${id}/export.txt`, { headers: { cookie: editor.cookie } })).status,
    ).toBe(400);
    expect((await fetch(`${t.url}/api/materials/export.docx?ids=nope`, { headers: { cookie: reader } })).status).toBe(
      400,
    );
    expect((await fetch(`${t.url}/api/materials/${id}/export.pdf`)).status).toBe(401);
  });
});
