import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { loadConfig } from '../src/config/env.js';
import { BlobStore } from '../src/files/blob-store.js';
import { LocalBlobStore } from '../src/files/local-blob-store.js';
import { S3BlobStore } from '../src/files/s3-blob-store.js';
import { UploadsService } from '../src/files/uploads.service.js';
import { actorWith, readAll, streamOf, tempDataDir, tinyPdf } from './support/file-helpers.js';
import { startS3 } from './support/s3-server.js';
import { TestApp } from './support/test-app.js';

let s3: Awaited<ReturnType<typeof startS3>>;
let local: Awaited<ReturnType<typeof tempDataDir>>;
beforeAll(async () => {
  s3 = await startS3();
  local = await tempDataDir();
});
afterAll(async () => {
  await s3.stop();
  await local.remove();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const s3Config = () => loadConfig({ DATABASE_URL: 'postgres://unused/db', ...s3.env }).s3!;

/** The same contract, whichever store is configured. */
describe.each([
  ['local disk', () => new LocalBlobStore(local.dir)],
  ['S3', () => new S3BlobStore(s3Config())],
])('%s blob store', (_name, makeStore) => {
  let store: BlobStore;
  beforeAll(() => {
    store = makeStore();
  });

  it('stores bytes under their SHA-256 once, however often they are put, and reads them back', async () => {
    const bytes = Buffer.from(`одни и те же байты ${Math.random()}`);
    const first = await store.put(Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]));
    const second = await store.put(streamOf(bytes));
    expect(first).toEqual({ sha256: sha(bytes), size: bytes.length });
    expect(second).toEqual(first);
    expect(await store.has(first.sha256)).toBe(true);
    expect(await readAll(await store.open(first.sha256))).toEqual(bytes);
  });

  it('streams a file of several parts', async () => {
    // 12 MB in 64 KB chunks: more than two S3 parts.
    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    const hash = createHash('sha256');
    const source = new Readable({
      read() {
        if (sent === 192) return this.push(null);
        chunk.fill(sent++ % 251);
        hash.update(chunk);
        this.push(Buffer.from(chunk));
      },
    });
    const put = await store.put(source);
    expect(put).toEqual({ sha256: hash.digest('hex'), size: 192 * 64 * 1024 });
    const back = await readAll(await store.open(put.sha256));
    expect(sha(back)).toBe(put.sha256);
  });

  it('removes, and says so when asked for what is not there', async () => {
    const { sha256 } = await store.put(streamOf(`to remove ${Math.random()}`));
    await store.remove(sha256);
    expect(await store.has(sha256)).toBe(false);
    await expect(store.open(sha256)).rejects.toThrow(/No blob/);
    await store.remove(sha256);
  });

  it('stores nothing when the source fails mid-way', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 7));
        this.destroy(new Error('link dropped'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow();
    expect(await store.has(sha(Buffer.alloc(1024, 7)))).toBe(false);
  });
});

describe('the app on S3', () => {
  it('is selected by S3_BUCKET and keeps uploads there', async () => {
    const data = await tempDataDir();
    const t = await TestApp.start({ DATA_DIR: data.dir, ...s3.env });
    try {
      expect(t.app.get(BlobStore)).toBeInstanceOf(S3BlobStore);
      const owner = await actorWith(t, ['member']);
      const pdf = tinyPdf('в облаке');
      const stored = await t.app.get(UploadsService).storeComplete(owner, 'облако.pdf', streamOf(pdf));
      const taken = await t.dataSource.transaction((tx) => t.app.get(UploadsService).take(tx, owner, stored.uploadId));
      expect(await readAll(await new S3BlobStore(s3Config()).open(taken.sha256))).toEqual(pdf);
    } finally {
      await t.close();
      await data.remove();
    }
  });
});
