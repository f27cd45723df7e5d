import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { AppError } from '../src/common/app-error.js';
import { BlobStore } from '../src/files/blob-store.js';
import { LocalBlobStore } from '../src/files/local-blob-store.js';
import { UploadsService } from '../src/files/uploads.service.js';
import { actorWith, readAll, streamOf, tempDataDir, tinyPdf } from './support/file-helpers.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let uploads: UploadsService;
beforeAll(async () => {
  data = await tempDataDir();
  t = await TestApp.start({ DATA_DIR: data.dir });
  uploads = t.app.get(UploadsService);
});
afterAll(async () => {
  await t.close();
  await data.remove();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('local blob store', () => {
  it('stores bytes under their SHA-256, once however often they are put, and reads them back', async () => {
    const store = t.app.get(BlobStore);
    expect(store).toBeInstanceOf(LocalBlobStore);
    const bytes = Buffer.from(`одни и те же байты ${Math.random()}`);
    const before = (await filesUnder(path.join(data.dir, 'files'))).length;
    // Several chunks, as a network stream delivers them.
    const first = await store.put(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]));
    const second = await store.put(streamOf(bytes));
    expect(first).toEqual({ sha256: sha(bytes), size: bytes.length });
    expect(second).toEqual(first);
    const stored = await filesUnder(path.join(data.dir, 'files'));
    expect(stored.length).toBe(before + 1);
    expect(stored.some((file) => file.endsWith(first.sha256))).toBe(true);
    expect(await readAll(await store.open(first.sha256))).toEqual(bytes);
    expect(await store.has(first.sha256)).toBe(true);
    await store.remove(first.sha256);
    expect(await store.has(first.sha256)).toBe(false);
    await expect(store.open(first.sha256)).rejects.toThrow(/No blob/);
    await store.remove(first.sha256);
  });

  it('leaves no temporary file behind when the source fails mid-way', async () => {
    const store = t.app.get(BlobStore);
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 1));
        this.destroy(new Error('link dropped'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('link dropped');
    expect(await filesUnder(path.join(data.dir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses an address that is not a SHA-256', async () => {
    await expect(t.app.get(BlobStore).open('../../etc/passwd')).rejects.toThrow(/Not a SHA-256/);
  });
});

describe('uploads: store and take', () => {
  it('stores a complete upload once and hands it over exactly once, to its owner only', async () => {
    const owner = await actorWith(t, ['member']);
    const other = await actorWith(t, ['admin']);
    const pdf = tinyPdf('take me');
    const stored = await uploads.storeComplete(owner, 'Отчёт 2026.pdf', streamOf(pdf));
    expect(stored).toEqual({
      uploadId: expect.any(String),
      sha256: sha(pdf),
      size: pdf.length,
      mediaType: 'application/pdf',
      fileName: 'Отчёт 2026.pdf',
    });
    const [row] = await t.dataSource.query(`SELECT status, owner_id FROM file_upload WHERE id = $1`, [stored.uploadId]);
    expect(row).toEqual({ status: 'complete', owner_id: owner.user.id });

    await expect(t.dataSource.transaction((tx) => uploads.take(tx, other, stored.uploadId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // A caller whose transaction rolls back has not taken it.
    await expect(
      t.dataSource.transaction(async (tx) => {
        await uploads.take(tx, owner, stored.uploadId);
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    const taken = await t.dataSource.transaction((tx) => uploads.take(tx, owner, stored.uploadId));
    expect(taken).toEqual(stored);
    expect(await readAll(await t.app.get(BlobStore).open(taken.sha256))).toEqual(pdf);
    await expect(t.dataSource.transaction((tx) => uploads.take(tx, owner, stored.uploadId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.dataSource.transaction((tx) => uploads.take(tx, owner, 'not-a-uuid'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps the same bytes uploaded twice as one blob with two uploads', async () => {
    const owner = await actorWith(t, ['editor']);
    const pdf = tinyPdf(`twice ${Math.random()}`);
    const a = await uploads.storeComplete(owner, 'a.pdf', streamOf(pdf));
    const b = await uploads.storeComplete(owner, 'b.pdf', streamOf(pdf));
    expect(a.uploadId).not.toBe(b.uploadId);
    expect(a.sha256).toBe(b.sha256);
    const [blobs] = await t.dataSource.query(`SELECT count(*)::int AS n FROM file_blob WHERE sha256 = $1`, [a.sha256]);
    expect(blobs.n).toBe(1);
  });

  it('refuses readers, and records a refused file with its reason, naming the file', async () => {
    const reader = await actorWith(t, ['reader']);
    await expect(uploads.storeComplete(reader, 'a.pdf', streamOf(tinyPdf()))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const member = await actorWith(t, ['member']);
    const error = await uploads.storeComplete(member, 'пусто.pdf', streamOf('')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fileName: 'пусто.pdf',
      reason: 'empty',
    });
    expect((error as AppError).message).toContain('пусто.pdf');
    const rows = await t.dataSource.query(
      `SELECT file_name, status, refusal_reason, sha256 FROM file_upload WHERE owner_id = $1`,
      [member.user.id],
    );
    expect(rows).toEqual([{ file_name: 'пусто.pdf', status: 'refused', refusal_reason: 'empty', sha256: null }]);
  });

  it('shows a hostile name sanitized and never stores under it', async () => {
    const member = await actorWith(t, ['member']);
    const pdf = tinyPdf(`hostile ${Math.random()}`);
    const stored = await uploads.storeComplete(member, '../../etc/con.pdf', streamOf(pdf));
    expect(stored.fileName).toBe('_con.pdf');
    const files = await filesUnder(data.dir);
    expect(files.filter((file) => file.includes('con'))).toEqual([]);
    expect(files).toContain(
      path.join(data.dir, 'files', stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256),
    );
  });

  it('refuses a wrong type under a good extension through the service too, keeping no bytes', async () => {
    const member = await actorWith(t, ['member']);
    const before = await filesUnder(path.join(data.dir, 'files'));
    await expect(uploads.storeComplete(member, 'fake.pdf', streamOf('just text'))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fileName: 'fake.pdf', reason: 'type_mismatch' },
    });
    expect(await filesUnder(path.join(data.dir, 'files'))).toEqual(before);
    expect(await filesUnder(path.join(data.dir, 'uploads'))).toEqual([]);
  });
});
