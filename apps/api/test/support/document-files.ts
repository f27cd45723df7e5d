import { createRequire } from 'node:module';
import path from 'node:path';
import { defineAbilityFor } from '@portal/authz';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import writeXlsxFile from 'write-excel-file/node';
import type { Actor } from '../../src/auth/actor.js';
import { UserEntity } from '../../src/modules/users/user.entity.js';
import { UploadsService } from '../../src/files/uploads.service.js';
import { streamOf } from './file-helpers.js';
import type { SignedInUser, TestApp } from './test-app.js';

const require = createRequire(import.meta.url);
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Buffer> };
}
const pdfmake = require('pdfmake') as PdfMake;
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
pdfmake.setFonts({ Roboto: { normal: path.join(fontDir, 'Roboto-Regular.ttf') } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));

/** A real PDF, one page per string (Roboto covers Cyrillic, so Russian and Kyrgyz text is extractable). */
export function pdfWithPages(pages: string[]): Promise<Buffer> {
  const content = pages.map((text, i) => ({ text, ...(i < pages.length - 1 ? { pageBreak: 'after' } : {}) }));
  return pdfmake.createPdf({ content, defaultStyle: { font: 'Roboto' } }).getBuffer();
}

export function docxWith(paragraphs: string[], link?: { text: string; href: string }): Promise<Buffer> {
  const children = paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] }));
  if (link) {
    children.push(
      new Paragraph({ children: [new ExternalHyperlink({ link: link.href, children: [new TextRun(link.text)] })] }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export function xlsxWith(rows: string[][]): Promise<Buffer> {
  return writeXlsxFile(
    rows.map((row) => row.map((value) => ({ value }))),
    { sheet: 'Лист1' },
  ).toBuffer();
}

/** Sample files copied from the shared samples into the seed folder (a fresh clone has them too). */
export const SEED_FILES = path.join(path.dirname(new URL(import.meta.url).pathname), '../../src/seed/files');

/** The service-level actor of a signed-in user (what the access guard builds for their requests). */
export const actorOf = ({ user }: SignedInUser): Actor => ({
  user,
  sessionId: 'test',
  ability: defineAbilityFor({ id: user.id, roles: user.roles, organizationId: user.organizationId }),
});

/** A complete upload owned by `who`, ready to be taken by `createDocument`/`addDocumentVersion`. */
export async function uploadAs(t: TestApp, who: SignedInUser, name: string, bytes: Buffer): Promise<string> {
  const stored = await t.app.get(UploadsService).storeComplete(actorOf(who), name, streamOf(bytes));
  return stored.uploadId;
}

export const categoryId = async (t: TestApp, code = 'reports') =>
  ((await t.dataSource.query('SELECT id FROM document_category WHERE code = $1', [code])) as { id: string }[])[0].id;

export const CREATE_DOCUMENT = `mutation($i: CreateDocumentInput!) {
  createDocument(input: $i) { id currentVersion version versions { id number extraction fileName } }
}`;

/** Files a document through the API as `who`, with `bytes` as version 1. */
export async function createDocumentAs(
  t: TestApp,
  who: SignedInUser,
  file: { name: string; bytes: Buffer },
  input: Record<string, unknown> = {},
): Promise<{ id: string; versions: { id: string; number: number }[] }> {
  const uploadId = await uploadAs(t, who, file.name, file.bytes);
  const result = await t.gql(
    CREATE_DOCUMENT,
    { i: { title: 'Документ для проверки', categoryId: await categoryId(t), uploadId, ...input } },
    who.cookie,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createDocument;
}

/** A complete upload owned by whoever holds `cookie` (for tests that only get a session cookie). */
export async function uploadForCookie(t: TestApp, cookie: string, name: string, bytes: Buffer): Promise<string> {
  const me = await t.gql('{ me { user { id } } }', {}, cookie);
  const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: me.data!.me.user.id });
  return uploadAs(t, { user, cookie }, name, bytes);
}
