import { randomUUID } from 'node:crypto';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BlobStore } from '../src/files/blob-store.js';
import { FilesSweepService } from '../src/files/files-sweep.service.js';
import { UploadsService } from '../src/files/uploads.service.js';
import { SCHEDULES } from '../src/jobs/schedules.js';
import { actorWith, streamOf, tempDataDir, tinyPdf } from './support/file-helpers.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let data: Awaited<ReturnType<typeof tempDataDir>>;
beforeAll(async () => {
  data = await tempDataDir();
  t = await TestApp.start({ DATA_DIR: data.dir });
});
afterAll(async () => {
  await t.close();
  await data.remove();
});

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const age = (table: string, key: string, id: string, ms: number, column = 'created_at') =>
  t.dataSource.query(`UPDATE ${table} SET ${column} = $2 WHERE ${key} = $1`, [id, ago(ms)]);
const statusOf = async (id: string) =>
  (await t.dataSource.query(`SELECT status FROM file_upload WHERE id = $1`, [id]))[0]?.status ?? null;
const blobRow = async (sha256: string) =>
  (await t.dataSource.query(`SELECT count(*)::int AS n FROM file_blob WHERE sha256 = $1`, [sha256]))[0].n;

describe('orphan sweep', () => {
  it('is a schedule of the job queue', () => {
    expect(SCHEDULES.find((s) => s.queue === 'files.sweep')?.task).toBe(FilesSweepService);
  });

  it('removes abandoned partials, old untaken uploads and unreferenced blobs, and nothing still in use', async () => {
    const uploads = t.app.get(UploadsService);
    const blobs = t.app.get(BlobStore);
    const owner = await actorWith(t, ['member']);
    const spool = uploads.spoolDir;
    await mkdir(spool, { recursive: true });

    // A partial upload abandoned a day and more ago, and one still under way.
    const abandoned = randomUUID();
    const underWay = randomUUID();
    for (const id of [abandoned, underWay]) {
      await uploads.beginReceiving(owner, id, `${id}.pdf`, 1000);
      await writeFile(path.join(spool, id), 'partial');
      await writeFile(path.join(spool, `${id}.json`), '{}');
    }
    await age('file_upload', 'id', abandoned, 25 * HOUR);
    // A partial file whose row never was (a crash), old, and a fresh one.
    const stray = path.join(spool, randomUUID());
    await writeFile(stray, 'stray');
    await utimes(stray, ago(25 * HOUR), ago(25 * HOUR));
    const freshStray = path.join(spool, randomUUID());
    await writeFile(freshStray, 'fresh');

    // A complete upload nobody took for a week, and a recent one; their bytes differ.
    const old = await uploads.storeComplete(owner, 'old.pdf', streamOf(tinyPdf(`old ${Math.random()}`)));
    const recent = await uploads.storeComplete(owner, 'recent.pdf', streamOf(tinyPdf(`recent ${Math.random()}`)));
    await age('file_upload', 'id', old.uploadId, 8 * 24 * HOUR);
    await age('file_blob', 'sha256', old.sha256, 8 * 24 * HOUR);
    await age('file_blob', 'sha256', recent.sha256, 8 * 24 * HOUR);
    // Bytes stored an hour and more ago whose upload never committed, and bytes stored a moment ago.
    const orphan = await blobs.put(streamOf(`orphan ${Math.random()}`));
    const justStored = await blobs.put(streamOf(`just stored ${Math.random()}`));
    for (const { sha256, at } of [
      { sha256: orphan.sha256, at: 2 * HOUR },
      { sha256: justStored.sha256, at: 0 },
    ]) {
      await t.dataSource.query(
        `INSERT INTO file_blob (sha256, size, media_type, created_at) VALUES ($1, 1, 'text/plain', $2)`,
        [sha256, ago(at)],
      );
    }

    await t.app.get(FilesSweepService).run();

    expect(await statusOf(abandoned)).toBeNull();
    expect(await statusOf(underWay)).toBe('receiving');
    const left = await readdir(spool);
    expect(left).not.toContain(abandoned);
    expect(left).not.toContain(`${abandoned}.json`);
    expect(left).toEqual(expect.arrayContaining([underWay, `${underWay}.json`, path.basename(freshStray)]));
    expect(left).not.toContain(path.basename(stray));

    expect(await statusOf(old.uploadId)).toBeNull();
    expect(await blobRow(old.sha256)).toBe(0);
    expect(await blobs.has(old.sha256)).toBe(false);
    expect(await statusOf(recent.uploadId)).toBe('complete');
    expect(await blobs.has(recent.sha256)).toBe(true);

    expect(await blobRow(orphan.sha256)).toBe(0);
    expect(await blobs.has(orphan.sha256)).toBe(false);
    expect(await blobRow(justStored.sha256)).toBe(1);
    expect(await blobs.has(justStored.sha256)).toBe(true);

    // The recent upload is still whole and can be taken.
    const taken = await t.dataSource.transaction((tx) => uploads.take(tx, owner, recent.uploadId));
    expect(taken.sha256).toBe(recent.sha256);
    // Running again changes nothing more.
    await t.app.get(FilesSweepService).run();
    expect(await blobs.has(recent.sha256)).toBe(true);
    expect(await statusOf(underWay)).toBe('receiving');
  });
});
