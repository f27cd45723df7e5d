import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as tus from 'tus-js-client';
import { BlobStore } from '../src/files/blob-store.js';
import { UploadsService } from '../src/files/uploads.service.js';
import { eventually } from './support/jobs-helpers.js';
import { readAll, tempDataDir, tinyPdf } from './support/file-helpers.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let data: Awaited<ReturnType<typeof tempDataDir>>;
beforeAll(async () => {
  data = await tempDataDir();
  t = await TestApp.start({ DATA_DIR: data.dir, UPLOAD_MAX_BYTES: String(8 * 1024 * 1024) });
});
afterAll(async () => {
  await t.close();
  await data.remove();
});

const TUS = { 'Tus-Resumable': '1.0.0' };
const metadata = (name: string) => `filename ${Buffer.from(name).toString('base64')}`;

async function create(cookie: string | null, name: string, length: number) {
  return fetch(`${t.url}/api/uploads`, {
    method: 'POST',
    headers: {
      ...TUS,
      'Upload-Length': String(length),
      'Upload-Metadata': metadata(name),
      ...(cookie ? { cookie } : {}),
    },
  });
}
async function createOk(cookie: string, name: string, length: number): Promise<string> {
  const res = await create(cookie, name, length);
  expect(res.status).toBe(201);
  return new URL(res.headers.get('location')!, t.url).toString();
}
const patch = (cookie: string | null, url: string, offset: number, body: Buffer) =>
  fetch(url, {
    method: 'PATCH',
    headers: {
      ...TUS,
      'Upload-Offset': String(offset),
      'Content-Type': 'application/offset+octet-stream',
      ...(cookie ? { cookie } : {}),
    },
    body,
  });
const head = (cookie: string | null, url: string) =>
  fetch(url, { method: 'HEAD', headers: { ...TUS, ...(cookie ? { cookie } : {}) } });

/** Sends `sent` of a PATCH announcing `body.length` bytes, then drops the connection, as a failing mobile link does. */
async function patchThenDrop(cookie: string, url: string, offset: number, body: Buffer, sent: number) {
  await new Promise<void>((resolve) => {
    const req = http.request(url, {
      method: 'PATCH',
      headers: {
        ...TUS,
        cookie,
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(body.length),
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(body.subarray(0, sent), () => setTimeout(() => req.destroy(), 300));
  });
}

const offsetOf = async (cookie: string, url: string) => Number((await head(cookie, url)).headers.get('upload-offset'));

describe('resumable uploads (tus)', () => {
  it('resumes an upload interrupted mid-way from where it stopped, completes it once, bytes intact', async () => {
    const { user, cookie } = await t.signInAs(['member']);
    const file = Buffer.concat([tinyPdf('resumed'), randomBytes(3 * 1024 * 1024)]);
    const url = await createOk(cookie, 'Доклад о правах.pdf', file.length);
    const id = url.split('/').pop()!;

    const first = 1024 * 1024;
    const res = await patch(cookie, url, 0, file.subarray(0, first));
    expect(res.status).toBe(204);
    expect(res.headers.get('upload-offset')).toBe(String(first));

    // The link drops while the next megabyte is on its way.
    await patchThenDrop(cookie, url, first, file.subarray(first), 1024 * 1024);
    const offset = await eventually(
      'the offset after the dropped request',
      async () => [await offsetOf(cookie, url), await offsetOf(cookie, url)],
      ([a, b]) => a === b && a > first,
    ).then(([a]) => a);
    expect(offset).toBeGreaterThan(first);
    expect(offset).toBeLessThanOrEqual(2 * 1024 * 1024);
    const [receiving] = await t.dataSource.query(`SELECT status FROM file_upload WHERE id = $1`, [id]);
    expect(receiving.status).toBe('receiving');

    const last = await patch(cookie, url, offset, file.subarray(offset));
    expect(last.status).toBe(204);
    expect(last.headers.get('upload-id')).toBe(id);

    const rows = await t.dataSource.query(
      `SELECT id, status, size, file_name, media_type FROM file_upload WHERE owner_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([
      {
        id,
        status: 'complete',
        size: String(file.length),
        file_name: 'Доклад о правах.pdf',
        media_type: 'application/pdf',
      },
    ]);
    const stored = await t.dataSource.transaction((tx) =>
      t.app.get(UploadsService).take(tx, { user, ability: undefined as never, sessionId: '' }, id),
    );
    expect((await readAll(await t.app.get(BlobStore).open(stored.sha256))).equals(file)).toBe(true);
    // Nothing partial is left behind.
    expect((await readdir(path.join(data.dir, 'uploads'))).filter((f) => f.startsWith(id))).toEqual([]);
    // A client that lost the last answer asks again: complete, with its id.
    const again = await head(cookie, url);
    expect(again.status).toBe(200);
    expect(again.headers.get('upload-offset')).toBe(String(file.length));
    expect(again.headers.get('upload-id')).toBe(id);
  });

  it('works with the real tus client', async () => {
    const { user, cookie } = await t.signInAs(['editor']);
    const file = Buffer.concat([tinyPdf('client'), randomBytes(600 * 1024)]);
    const url = await new Promise<string>((resolve, reject) => {
      const upload = new tus.Upload(file, {
        endpoint: `${t.url}/api/uploads`,
        headers: { cookie },
        chunkSize: 256 * 1024,
        metadata: { filename: 'client.pdf' },
        retryDelays: [],
        onError: reject,
        onSuccess: () => resolve(upload.url!),
      });
      upload.start();
    });
    const id = url.split('/').pop();
    const [row] = await t.dataSource.query(`SELECT status, owner_id FROM file_upload WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'complete', owner_id: user.id });
  });

  it("keeps an upload its owner's: others can neither resume nor see it; readers and anonymous cannot upload", async () => {
    const owner = await t.signInAs(['member']);
    const other = await t.signInAs(['admin']);
    const file = tinyPdf('mine');
    const url = await createOk(owner.cookie, 'mine.pdf', file.length);
    expect((await head(other.cookie, url)).status).toBe(404);
    expect((await patch(other.cookie, url, 0, file)).status).toBe(404);
    expect((await fetch(url, { method: 'DELETE', headers: { ...TUS, cookie: other.cookie } })).status).toBe(404);
    expect((await fetch(url, { headers: { cookie: owner.cookie } })).status).toBe(404);
    expect(await offsetOf(owner.cookie, url)).toBe(0);

    expect((await create(null, 'a.pdf', 10)).status).toBe(401);
    expect((await head(null, url)).status).toBe(401);
    const reader = await t.signInAs(['reader']);
    expect((await create(reader.cookie, 'a.pdf', 10)).status).toBe(403);
  });

  it('refuses a wrong type at the last byte, naming the file and why, and keeps neither bytes nor partial', async () => {
    const { user, cookie } = await t.signInAs(['member']);
    const bytes = Buffer.from('это не PDF, а просто текст');
    const url = await createOk(cookie, 'fake.pdf', bytes.length);
    const res = await patch(cookie, url, 0, bytes);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'FILE_REFUSED', reason: 'type_mismatch', fileName: 'fake.pdf' });
    const rows = await t.dataSource.query(
      `SELECT status, refusal_reason, sha256 FROM file_upload WHERE owner_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ status: 'refused', refusal_reason: 'type_mismatch', sha256: null }]);
    expect((await head(cookie, url)).status).toBe(404);
    const id = url.split('/').pop()!;
    expect((await readdir(path.join(data.dir, 'uploads'))).filter((f) => f.startsWith(id))).toEqual([]);
  });

  it('refuses before any byte: a name no accepted file carries, and a size over the limit', async () => {
    const { cookie } = await t.signInAs(['member']);
    const exe = await create(cookie, 'setup.exe', 1000);
    expect(exe.status).toBe(422);
    expect(await exe.json()).toMatchObject({ reason: 'type_not_allowed', fileName: 'setup.exe' });
    expect((await create(cookie, 'huge.pdf', 8 * 1024 * 1024 + 1)).status).toBe(413);
  });

  it('forgets an upload its owner cancels', async () => {
    const { user, cookie } = await t.signInAs(['member']);
    const url = await createOk(cookie, 'cancel.pdf', 1000);
    const res = await fetch(url, { method: 'DELETE', headers: { ...TUS, cookie } });
    expect(res.status).toBe(204);
    await eventually(
      'the cancelled row to go',
      () => t.dataSource.query(`SELECT id FROM file_upload WHERE owner_id = $1`, [user.id]),
      (rows) => rows.length === 0,
    );
  });
});
