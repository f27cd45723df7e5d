import { jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BlobStore } from '../src/files/blob-store.js';
import { FilesSweepService } from '../src/files/files-sweep.service.js';
import {
  categoryId,
  createDocumentAs,
  docxWith,
  pdfWithPages,
  SEED_FILES,
  uploadAs,
  xlsxWith,
} from './support/document-files.js';
import { tempDataDir, tinyPdf } from './support/file-helpers.js';
import { eventually } from './support/jobs-helpers.js';
import { createApprovedMaterial } from './support/material-factory.js';
import { TestApp, type SignedInUser } from './support/test-app.js';

let t: TestApp;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let editor: SignedInUser;
beforeAll(async () => {
  data = await tempDataDir();
  t = await TestApp.start({ DATA_DIR: data.dir });
  editor = await t.as('editor');
});
afterAll(async () => {
  await t.close();
  await data.remove();
});

// Extraction runs as a job in a worker thread: on a loaded machine it takes its time (never asserted).
jest.setTimeout(180_000);

const unique = () => Math.random().toString(36).slice(2, 8);

const DOCUMENT = `query($id: ID!) { document(id: $id) {
  id title currentVersion archivedAt materialIds
  versions { id number label note fileName mediaType extraction pageCount createdByName }
} }`;
const SEARCH = `query($f: DocumentFilterInput, $sort: DocumentSort) {
  documents(filter: $f, sort: $sort) { total items { document { id title } page snippet { text match } } }
}`;

/** Waits until the extraction job has read every version of the document. */
async function extracted(id: string, cookie = editor.cookie) {
  const result = await eventually(
    'text extraction',
    () => t.gql(DOCUMENT, { id }, cookie),
    (r) => !!r.data && r.data.document.versions.every((v: { extraction: string }) => v.extraction !== 'pending'),
    // Jobs of earlier tests may still be queued before these on a loaded machine.
    170,
  );
  return result.data!.document;
}

const search = async (f: Record<string, unknown>, cookie = editor.cookie) => {
  const result = await t.gql(SEARCH, { f }, cookie);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.documents as {
    total: number;
    items: { document: { id: string }; page: number | null; snippet: { text: string; match: boolean }[] | null }[];
  };
};
const matched = (snippet: { text: string; match: boolean }[] | null) =>
  (snippet ?? []).filter((p) => p.match).map((p) => p.text.toLowerCase());

describe('text extraction and search inside files', () => {
  it('finds a PDF by Russian and Kyrgyz word forms inside it, with the passage and its page number', async () => {
    const tag = unique();
    const pdf = await pdfWithPages([
      `Вступление ${tag}. Здесь ничего важного.`,
      `Министерство опубликовало новые законы о доступе к информации ${tag}.`,
      `Жарандар маалыматка жетүү укугуна ээ. Биз мыйзамдарды окуйбуз ${tag}.`,
    ]);
    const doc = await createDocumentAs(t, editor, { name: 'Законы.pdf', bytes: pdf }, { tags: [tag] });
    const read = await extracted(doc.id);
    expect(read.versions[0]).toMatchObject({ extraction: 'done', pageCount: 3, mediaType: 'application/pdf' });

    // "законов" and "законы" share the Russian stem; the law is on page 2.
    const russian = await search({ search: `законов ${tag}` });
    expect(russian.items.map((i) => i.document.id)).toEqual([doc.id]);
    expect(russian.items[0].page).toBe(2);
    expect(matched(russian.items[0].snippet)).toContain('законы');

    // "мыйзамдары" (their laws) finds "мыйзамдарды" (the laws, accusative) through the Kyrgyz stem, on page 3.
    const kyrgyz = await search({ search: `мыйзамдары ${tag}` });
    expect(kyrgyz.items.map((i) => i.document.id)).toEqual([doc.id]);
    expect(kyrgyz.items[0].page).toBe(3);
    expect(matched(kyrgyz.items[0].snippet)).toContain('мыйзамдарды');

    expect((await search({ search: `несуществующееслово ${tag}` })).total).toBe(0);
  });

  it('reads DOCX paragraphs, XLSX cells and ODT text; a scan is kept and says it has no text', async () => {
    const tag = unique();
    const docx = await createDocumentAs(t, editor, {
      name: 'Заявление.docx',
      bytes: await docxWith([`Заявление гражданского общества ${tag}`, 'Второй абзац о журналистах.']),
    });
    const xlsx = await createDocumentAs(t, editor, {
      name: 'Таблица.xlsx',
      bytes: await xlsxWith([
        ['Область', 'Бюджет'],
        [`Нарынская ${tag}`, 'бюджетные расходы'],
      ]),
    });
    const odt = await createDocumentAs(t, editor, {
      name: 'strategy.odt',
      bytes: await readFile(path.join(SEED_FILES, 'strategy-portal-kg.odt')),
    });
    const scan = await createDocumentAs(t, editor, {
      name: 'scan.pdf',
      bytes: await readFile(path.join(SEED_FILES, 'statement-cso-2021-scan.pdf')),
    });
    for (const id of [docx.id, xlsx.id, odt.id]) expect((await extracted(id)).versions[0].extraction).toBe('done');
    expect((await extracted(scan.id)).versions[0]).toMatchObject({ extraction: 'no_text', pageCount: 2 });

    expect((await search({ search: `журналистов ${tag}` })).items.map((i) => i.document.id)).toEqual([docx.id]);
    const cells = await search({ search: `бюджетных ${tag}` });
    expect(cells.items.map((i) => i.document.id)).toEqual([xlsx.id]);
    expect(cells.items[0].page).toBeNull();
    const strategy = await search({ search: 'информационной стратегии' });
    expect(strategy.items.map((i) => i.document.id)).toContain(odt.id);
  });

  it('filters by category, issuer, date range, language and tag, and sorts', async () => {
    const tag = unique();
    const org = await t.createOrganization();
    const legislation = await categoryId(t, 'legislation');
    const a = await createDocumentAs(
      t,
      editor,
      { name: 'a.pdf', bytes: tinyPdf('a') },
      {
        title: 'Закон А',
        tags: [tag],
        categoryId: legislation,
        issuerId: org.id,
        documentDate: '2021-03-01',
        languages: ['ru'],
      },
    );
    const b = await createDocumentAs(
      t,
      editor,
      { name: 'b.pdf', bytes: tinyPdf('b') },
      { title: 'Заявление Б', tags: [tag], documentDate: '2024-06-01', languages: ['ky'] },
    );
    const ids = async (f: Record<string, unknown>, sort = 'document_date') =>
      (
        (await t.gql(SEARCH, { f: { tag, ...f }, sort }, editor.cookie)).data!.documents.items as {
          document: { id: string };
        }[]
      ).map((i) => i.document.id);
    expect(await ids({})).toEqual([b.id, a.id]);
    expect(await ids({}, 'title')).toEqual([a.id, b.id]);
    expect(await ids({ categoryIds: [legislation] })).toEqual([a.id]);
    expect(await ids({ issuerId: org.id })).toEqual([a.id]);
    expect(await ids({ dateFrom: '2022-01-01' })).toEqual([b.id]);
    expect(await ids({ dateTo: '2022-01-01' })).toEqual([a.id]);
    expect(await ids({ language: 'ky' })).toEqual([b.id]);
    expect(await ids({ search: 'закон' })).toEqual([a.id]);
  });
});

const ADD_VERSION = `mutation($i: AddDocumentVersionInput!) { addDocumentVersion(input: $i) { number label } }`;

describe('versions', () => {
  it('keeps every one of several truly concurrent new versions, numbered in order, the latest current', async () => {
    const doc = await createDocumentAs(t, editor, { name: 'v.pdf', bytes: tinyPdf('v1') });
    const uploads = await Promise.all(
      Array.from({ length: 6 }, (_, i) => uploadAs(t, editor, `v${i + 2}.pdf`, tinyPdf(`version ${i + 2}`))),
    );
    const results = await Promise.all(
      uploads.map((uploadId, i) =>
        t.gql(ADD_VERSION, { i: { documentId: doc.id, uploadId, label: `L${i}` } }, editor.cookie),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data!.addDocumentVersion.number).sort((x: number, y: number) => x - y);
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7]);
    const read = await t.gql(DOCUMENT, { id: doc.id }, editor.cookie);
    expect(read.data!.document.currentVersion).toBe(7);
    expect(read.data!.document.versions.map((v: { number: number }) => v.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('takes an upload once and only its owner’s', async () => {
    const doc = await createDocumentAs(t, editor, { name: 'x.pdf', bytes: tinyPdf('x') });
    const other = await t.signInAs(['editor']);
    const uploadId = await uploadAs(t, other, 'mine.pdf', tinyPdf('mine'));
    const stolen = await t.gql(ADD_VERSION, { i: { documentId: doc.id, uploadId } }, editor.cookie);
    expect(stolen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(ADD_VERSION, { i: { documentId: doc.id, uploadId } }, other.cookie)).errors).toBeUndefined();
    const again = await t.gql(ADD_VERSION, { i: { documentId: doc.id, uploadId } }, other.cookie);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('compares the extracted text of two versions', async () => {
    const doc = await createDocumentAs(t, editor, {
      name: 'd.docx',
      bytes: await docxWith(['Граждане имеют право на информацию.']),
    });
    const uploadId = await uploadAs(
      t,
      editor,
      'd2.docx',
      await docxWith(['Граждане имеют полное право на информацию.']),
    );
    await t.gql(ADD_VERSION, { i: { documentId: doc.id, uploadId, label: 'Вторая' } }, editor.cookie);
    await extracted(doc.id);
    const diff = await t.gql(
      `query($id: ID!) { documentDiff(id: $id, fromNumber: 1, toNumber: 2) { parts { value added removed } } }`,
      { id: doc.id },
      editor.cookie,
    );
    const added = diff
      .data!.documentDiff.parts.filter((p: { added: boolean }) => p.added)
      .map((p: { value: string }) => p.value.trim());
    expect(added).toEqual(['полное']);
  });
});

describe('downloads and previews', () => {
  it('downloads as an attachment with an RFC 5987 name and nosniff; previews a PDF inline under a CSP', async () => {
    const pdf = tinyPdf('download');
    const doc = await createDocumentAs(t, editor, { name: 'Отчёт "итоги" 2026.pdf', bytes: pdf });
    const res = await fetch(`${t.url}/api/documents/${doc.id}/versions/1/download`, {
      headers: { cookie: editor.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Отчёт _итоги_ 2026.pdf')}`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdf);

    const preview = await fetch(`${t.url}/api/documents/${doc.id}/versions/1/preview`, {
      headers: { cookie: editor.cookie },
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(preview.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('previews a DOCX as sanitized HTML: no script URL survives', async () => {
    const doc = await createDocumentAs(t, editor, {
      name: 'link.docx',
      bytes: await docxWith(['Безопасный предпросмотр'], { text: 'нажми', href: 'javascript:alert(1)' }),
    });
    const res = await fetch(`${t.url}/api/documents/${doc.id}/versions/1/preview`, {
      headers: { cookie: editor.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    const html = await res.text();
    expect(html).toContain('Безопасный предпросмотр');
    expect(html).not.toMatch(/javascript:|href=/i);
  });
});

describe('who may see a document', () => {
  it('answers a user who may not open a document exactly as for a missing one, everywhere', async () => {
    const secret = `секрет${unique()}`;
    const reader = await t.as('reader');
    const member = await t.as('member');
    const forEditors = await createDocumentAs(
      t,
      editor,
      { name: 'closed.pdf', bytes: await pdfWithPages([`Закрытый текст ${secret}`]) },
      { visibility: 'roles', visibleRoles: ['editor'] },
    );
    const forMembers = await createDocumentAs(
      t,
      editor,
      { name: 'members.pdf', bytes: await pdfWithPages([`Для участников ${secret}`]) },
      { visibility: 'members' },
    );
    await extracted(forEditors.id);
    await extracted(forMembers.id);
    const missing = '00000000-0000-4000-8000-000000000000';

    const answers = async (id: string, cookie: string) => {
      const page = await t.gql(DOCUMENT, { id }, cookie);
      const diff = await t.gql(
        `query($id: ID!) { documentDiff(id: $id, fromNumber: 1, toNumber: 1) { parts { value } } }`,
        { id },
        cookie,
      );
      const download = await fetch(`${t.url}/api/documents/${id}/versions/1/download`, { headers: { cookie } });
      const preview = await fetch(`${t.url}/api/documents/${id}/versions/1/preview`, { headers: { cookie } });
      return {
        page: page.errors?.[0].extensions?.code,
        diff: diff.errors?.[0].extensions?.code,
        download: [download.status, await download.text()],
        preview: [preview.status, await preview.text()],
      };
    };
    const none = await answers(missing, reader.cookie);
    expect(none.page).toBe('NOT_FOUND');
    expect(none.download[0]).toBe(404);
    expect(await answers(forEditors.id, reader.cookie)).toEqual(none);
    expect(await answers(forEditors.id, member.cookie)).toEqual(none);
    expect(await answers(forMembers.id, reader.cookie)).toEqual(none);
    expect((await answers(forMembers.id, member.cookie)).page).toBeUndefined();

    expect(await search({ search: secret }, reader.cookie)).toEqual({ total: 0, items: [] });
    expect((await search({ search: secret }, member.cookie)).items.map((i) => i.document.id)).toEqual([forMembers.id]);
    expect((await search({ search: secret }, editor.cookie)).total).toBe(2);
  });
});

describe('archive, purge and links', () => {
  it('archives instead of deleting; an admin purges, and a blob goes only when nothing references it', async () => {
    const admin = await t.as('admin');
    const bytes = tinyPdf(`shared ${unique()}`);
    const first = await createDocumentAs(t, editor, { name: 'one.pdf', bytes });
    const second = await createDocumentAs(t, editor, { name: 'two.pdf', bytes });
    const archive = (id: string) =>
      t.gql(`mutation { archiveDocument(id: "${id}") { archivedAt } }`, {}, editor.cookie);
    const purge = (id: string, cookie = admin.cookie) => t.gql(`mutation { purgeDocument(id: "${id}") }`, {}, cookie);

    expect((await purge(first.id)).errors?.[0].extensions?.fields?.[0].reason).toBe('notArchived');
    expect((await archive(first.id)).data!.archiveDocument.archivedAt).not.toBeNull();
    expect((await purge(first.id, editor.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await purge(first.id)).data!.purgeDocument).toBe(true);
    expect((await t.gql(DOCUMENT, { id: first.id }, admin.cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const [{ sha256 }] = await t.dataSource.query('SELECT sha256 FROM document_version WHERE document_id = $1', [
      second.id,
    ]);
    const blobs = t.app.get(BlobStore);
    expect(await blobs.has(sha256)).toBe(true);
    await archive(second.id);
    await purge(second.id);
    expect(await blobs.has(sha256)).toBe(false);
    expect(await t.dataSource.query('SELECT 1 FROM file_blob WHERE sha256 = $1', [sha256])).toEqual([]);
  });

  it('links a document to a material, whose page then lists it', async () => {
    const material = await createApprovedMaterial(t);
    const doc = await createDocumentAs(t, editor, { name: 'link.pdf', bytes: tinyPdf('link') });
    const linked = await t.gql(
      `mutation($d: ID!, $m: ID!) { linkDocumentToMaterial(documentId: $d, materialId: $m) { materialIds } }`,
      { d: doc.id, m: material.id },
      editor.cookie,
    );
    expect(linked.data!.linkDocumentToMaterial.materialIds).toEqual([material.id]);
    const reader = await t.as('reader');
    const listed = await t.gql(
      `query($m: ID!) { materialDocuments(materialId: $m) { id } }`,
      { m: material.id },
      reader.cookie,
    );
    expect(listed.data!.materialDocuments).toEqual([{ id: doc.id }]);
  });
});

describe('the orphan sweep', () => {
  it("keeps a version's file after its upload row is swept", async () => {
    const created = await createDocumentAs(t, editor, { name: 'kept.pdf', bytes: await tinyPdf(`kept ${unique()}`) });
    const [{ sha256 }] = await t.dataSource.query(`SELECT sha256 FROM document_version WHERE document_id = $1`, [
      created.id,
    ]);
    // A week and more later: the taken upload row is gone, the blob is old enough to be swept if unreferenced.
    const weekAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
    await t.dataSource.query(`UPDATE file_upload SET created_at = $2, taken_at = $2 WHERE sha256 = $1`, [
      sha256,
      weekAgo,
    ]);
    await t.dataSource.query(`UPDATE file_blob SET created_at = $2 WHERE sha256 = $1`, [sha256, weekAgo]);
    await t.app.get(FilesSweepService).run();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM file_upload WHERE sha256 = $1`, [sha256])).toEqual([
      { n: 0 },
    ]);
    expect(await t.app.get(BlobStore).has(sha256)).toBe(true);
    const download = await fetch(`${t.url}/api/documents/${created.id}/versions/1/download`, {
      headers: { cookie: editor.cookie },
    });
    expect(download.status).toBe(200);
  });
});
