import { createContentItem } from '../src/content/content-items.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import JSZip from 'jszip';
import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../src/content/content-revision.entity.js';
import { MaterialEntity } from '../src/modules/materials/material.entity.js';
import { MAX_EXPORT_CHARS } from '../src/modules/materials/material-export.controller.js';
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

const TALKING_POINTS = JSON.stringify({
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

async function approvedTalkingPoints(body = TALKING_POINTS, language = 'ru', title = 'Тезисы о горячей линии') {
  const [kind] = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'talking_points'`);
  const created = await t.gql(CREATE_MATERIAL, { input: { kindId: kind.id, language, title, body } }, editor.cookie);
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
    expect(text).toMatch(/Утверждено министерством: Бакыт Жумабеков, \d{1,2} \S+ \d{4} г\. \(редакция 1\)/);
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

/** A published text of `chars` characters written straight to the database (export size and speed tests). */
async function longText(chars: number, title = `Длинный текст ${Math.random().toString(36).slice(2)}`) {
  const words = ['торговля', 'людьми', 'горячая', 'линия', 'мигрант', 'жабыркагандар', 'помощь', 'семья', 'закон'];
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const paragraph = Array.from({ length: 60 }, (_, i) => words[(i * 7 + paragraphs.length) % words.length]).join(' ');
    paragraphs.push(`${paragraphs.length + 1}. ${paragraph}.`);
    length += paragraphs.at(-1)!.length + 1;
  }
  return t.dataSource.transaction(async (tx) => {
    const kind = await tx.findOneByOrFail(MaterialKindEntity, { code: 'press_release' });
    const material = await tx.save(
      tx.create(MaterialEntity, { id: await createContentItem(tx, 'material', null), kindId: kind.id, language: 'ru' }),
    );
    const revision = await tx.save(
      tx.create(ContentRevisionEntity, {
        itemId: material.id,
        number: 1,
        title,
        body: JSON.parse(doc(...paragraphs)),
        bodyText: paragraphs.join('\n'),
        state: 'approved',
      }),
    );
    await tx.update(
      MaterialEntity,
      { id: material.id },
      { workingRevisionId: revision.id, publishedRevisionId: revision.id },
    );
    return material.id;
  });
}

const documentXml = async (res: Response, part = 'word/document.xml') =>
  (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file(part)!.async('string');

describe('export size and the event loop', () => {
  it('puts a text chosen twice into the file once', async () => {
    const id = await approvedTalkingPoints(TALKING_POINTS, 'ru', 'Единственный экземпляр');
    const res = await fetch(`${t.url}/api/materials/export.docx?ids=${id},${id},${id.toUpperCase()}`, {
      headers: { cookie: reader },
    });
    expect(res.status).toBe(200);
    expect((await documentXml(res)).match(/Единственный экземпляр/g)).toHaveLength(1);
  });

  it('refuses a selection longer than the limit, naming the limit', async () => {
    const ids = [await longText(100_000), await longText(100_000), await longText(100_000)];
    const res = await fetch(`${t.url}/api/materials/export.pdf?ids=${ids.join(',')}`, { headers: { cookie: reader } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { message: string };
    expect(body).toMatchObject({ code: 'EXPORT_TOO_LARGE', limit: MAX_EXPORT_CHARS });
    expect(body.message).toContain(String(MAX_EXPORT_CHARS));
  });

  it('renders off the event loop: health and { me } answer while a big PDF is being made', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await longText(40_000));
    const order: string[] = [];
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const exporting = fetch(`${t.url}/api/materials/export.pdf?ids=${ids.join(',')}`, { headers: { cookie: reader } })
      .then(async (res) => {
        expect(res.status).toBe(200);
        expect(
          Buffer.from(await res.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      })
      .then(() => order.push('export'));
    // Give the export time to load its texts and start rendering before the other requests arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = fetch(`${t.url}/api/health`).then((res) => {
      expect(res.status).toBe(200);
      order.push('health');
    });
    const me = t.gql('{ me { user { id } } }', {}, reader).then((res) => {
      expect(res.errors).toBeUndefined();
      order.push('me');
    });
    await Promise.all([exporting, health, me]);
    delay.disable();
    expect(order.at(-1)).toBe('export');
    // An order-of-magnitude check, not a timing one: rendering on the event loop blocked it for ~20 s.
    expect(delay.max / 1e6).toBeLessThan(1_000);
  }, 120_000);
});

describe('documents as Word, LibreOffice and PDF readers see them', () => {
  const list = (texts: string[]) => ({
    type: 'orderedList',
    content: texts.map((text) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    })),
  });
  const paragraph = (...content: object[]) => ({ type: 'paragraph', content });

  it('numbers each list from 1, keeps hard line breaks, spaces paragraphs and indents numbered points', async () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        list(['Первый', 'Второй', 'Третий']),
        paragraph(
          { type: 'text', text: 'Адрес:' },
          { type: 'hardBreak' },
          { type: 'text', text: 'Бишкек, ул. Киевская' },
        ),
        list(['Снова первый', 'Снова второй']),
      ],
    });
    const id = await approvedTalkingPoints(body, 'ru', 'Два списка');
    const res = await fetch(`${t.url}/api/materials/${id}/export.docx`, { headers: { cookie: reader } });
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const numbering = await zip.file('word/numbering.xml')!.async('string');

    const numIdOf = (text: string) => {
      const p = xml.split('<w:p>').find((chunk) => chunk.includes(`>${text}<`))!;
      return /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1];
    };
    const first = numIdOf('Первый');
    const second = numIdOf('Снова первый');
    expect(first).toBeDefined();
    expect(numIdOf('Третий')).toBe(first);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(numIdOf('Снова второй')).toBe(second);
    for (const numId of [first, second]) {
      const num = new RegExp(`<w:num w:numId="${numId}"[^>]*>(.*?)</w:num>`).exec(numbering)?.[1] ?? '';
      const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num)?.[1];
      const abstract = new RegExp(
        `<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[^>]*>(.*?)</w:abstractNum>`,
        's',
      ).exec(numbering)?.[1];
      const start =
        /<w:startOverride w:val="(\d+)"\/>/.exec(num)?.[1] ?? /<w:start w:val="(\d+)"\/>/.exec(abstract ?? '')?.[1];
      expect(start).toBe('1');
      expect(abstract).toMatch(/<w:ind w:left="\d+" w:hanging="\d+"\/>/);
    }
    const address = xml.split('<w:p>').find((chunk) => chunk.includes('Адрес:'))!;
    expect(address).toMatch(/Адрес:<\/w:t><\/w:r><w:r><w:br\/><\/w:r>.*Бишкек/);
    expect(address).toMatch(/<w:spacing [^>]*w:after="\d+"/);
  });

  it('writes link targets in a PDF as 7-bit ASCII, percent-encoded', async () => {
    const href = 'https://ky.wikipedia.org/wiki/Адам_сатуу';
    const body = JSON.stringify({
      type: 'doc',
      content: [paragraph({ type: 'text', text: 'Википедия', marks: [{ type: 'link', attrs: { href } }] })],
    });
    const id = await approvedTalkingPoints(body, 'ky', 'Шилтеме');
    const res = await fetch(`${t.url}/api/materials/${id}/export.pdf`, { headers: { cookie: reader } });
    const raw = Buffer.from(await res.arrayBuffer()).toString('latin1');
    const targets = [...raw.matchAll(/\/URI\s*(\([^)]*\)|<[^>]*>)/g)].map((m) => m[1]);
    expect(targets).toEqual([`(${new URL(href).href})`]);
    expect(targets[0]).toContain('%D0%90%D0%B4%D0%B0%D0%BC');
  });

  it('stamps a Kyrgyz text in Kyrgyz, with the Kyrgyz date', async () => {
    const id = await approvedTalkingPoints(TALKING_POINTS, 'ky', 'Ысык линия жөнүндө тезистер');
    const res = await fetch(`${t.url}/api/materials/${id}/export.docx`, { headers: { cookie: reader } });
    const text = (await documentXml(res)).replace(/<[^>]+>/g, '');
    expect(text).toMatch(
      /Министрлик бекиткен: Бакыт Жумабеков, \d{4}-жылдын \d{1,2}-(январы|февралы|марты|апрели|майы|июну|июлу|августу|сентябры|октябры|ноябры|декабры) \(1-редакция\)/,
    );
    expect(text).not.toMatch(/января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря/);
  });
});
