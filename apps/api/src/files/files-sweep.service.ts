import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ScheduledTask } from '../jobs/schedules.js';
import { BlobStore } from './blob-store.js';
import { unreferencedSql } from './blob-references.js';
import { lockBlob, UploadsService } from './uploads.service.js';

const HOUR = 3_600_000;
export const SWEEP_AGES = {
  /** An upload nobody resumed for a day is abandoned. */
  partialMs: 24 * HOUR,
  /** A finished upload nobody took within a week (or a refused or taken one) is forgotten. */
  finishedMs: 7 * 24 * HOUR,
  /** A blob just stored may be about to be referenced by the transaction that stored it. */
  blobGraceMs: HOUR,
};
const BATCH = 500;

/**
 * Removes what interrupted or abandoned uploads leave: partial files and their rows, old upload rows, and blobs that
 * nothing references (each under the blob's lock, so it never races an upload of the same bytes). Safe to repeat and
 * to run on two instances at once.
 */
@Injectable()
export class FilesSweepService implements ScheduledTask {
  private readonly logger = new Logger(FilesSweepService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    private readonly blobs: BlobStore,
  ) {}

  async run(now = new Date()): Promise<{ partials: number; uploads: number; blobs: number }> {
    const partials = await this.sweepPartials(now);
    const uploads = await this.sweepFinished(now);
    const blobs = await this.sweepBlobs(now);
    if (partials + uploads + blobs > 0)
      this.logger.log(`Swept ${partials} partial, ${uploads} old uploads, ${blobs} blobs`);
    return { partials, uploads, blobs };
  }

  private async sweepPartials(now: Date): Promise<number> {
    const before = new Date(now.getTime() - SWEEP_AGES.partialMs);
    const rows = deleted<{ id: string }>(
      await this.dataSource.query(
        `DELETE FROM file_upload WHERE status = 'receiving' AND created_at < $1 RETURNING id`,
        [before],
      ),
    );
    const dir = this.uploads.spoolDir;
    for (const { id } of rows) await removePartial(dir, id);
    // Partial or spooled files whose row is gone (a crash between the two), by their age on disk.
    const names = await readdir(dir).catch(() => [] as string[]);
    const receiving = new Set<string>(
      (await this.dataSource.query(`SELECT id::text FROM file_upload WHERE status = 'receiving'`)).map(
        (r: { id: string }) => r.id,
      ),
    );
    let strays = 0;
    for (const name of names) {
      const id = name.replace(/\.json$/, '');
      if (receiving.has(id)) continue;
      const info = await stat(path.join(dir, name)).catch(() => null);
      if (info && info.mtime < before) {
        await rm(path.join(dir, name), { force: true });
        strays++;
      }
    }
    return rows.length + strays;
  }

  private async sweepFinished(now: Date): Promise<number> {
    const before = new Date(now.getTime() - SWEEP_AGES.finishedMs);
    // Takers reference the blob from their own rows (BLOB_REFERENCES), so the upload row is no longer needed.
    const rows = deleted(
      await this.dataSource.query(
        `DELETE FROM file_upload WHERE status IN ('complete', 'refused', 'taken') AND created_at < $1 RETURNING id`,
        [before],
      ),
    );
    return rows.length;
  }

  private async sweepBlobs(now: Date): Promise<number> {
    const before = new Date(now.getTime() - SWEEP_AGES.blobGraceMs);
    const candidates: { sha256: string }[] = await this.dataSource.query(
      `SELECT sha256 FROM file_blob WHERE created_at < $1 AND ${unreferencedSql()} LIMIT ${BATCH}`,
      [before],
    );
    let removed = 0;
    for (const { sha256 } of candidates) {
      await this.dataSource.transaction(async (tx) => {
        await lockBlob(tx, sha256);
        const gone = deleted(
          await tx.query(`DELETE FROM file_blob WHERE sha256 = $1 AND ${unreferencedSql()} RETURNING sha256`, [sha256]),
        );
        // Bytes go before the commit: if removing them fails, the row stays and the next run tries again.
        if (gone.length > 0) {
          await this.blobs.remove(sha256);
          removed++;
        }
      });
    }
    return removed;
  }
}

/** TypeORM answers a DELETE … RETURNING with `[rows, count]`. */
const deleted = <T = unknown>(result: [T[], number]): T[] => result[0];

async function removePartial(dir: string, id: string): Promise<void> {
  await rm(path.join(dir, id), { force: true });
  await rm(path.join(dir, `${id}.json`), { force: true });
}
