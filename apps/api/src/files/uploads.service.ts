import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { type AppError, forbidden, notFound } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { BlobStore } from './blob-store.js';
import { DEFAULT_LIMITS, inspectFile, type InspectionLimits } from './file-inspection.js';
import { sanitizeFileName } from './file-name.js';
import { FileRefusal, refusalError } from './file-refusal.js';
import { FileUploadEntity } from './file-upload.entity.js';
import type { StoredFile } from './stored-file.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Uploads belong to whoever sent them until another module `take`s them. Bytes are stored before the row that names
 * them, and the row and blob registration commit together, so a failure leaves at most an unreferenced blob, which
 * the orphan sweep removes.
 */
@Injectable()
export class UploadsService {
  private readonly limits: InspectionLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blobs: BlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limits = { ...DEFAULT_LIMITS, maxBytes: config.uploadMaxBytes };
  }

  get maxBytes(): number {
    return this.limits.maxBytes;
  }

  /** Where partial uploads and spooled files live (a local directory whatever the blob store). */
  get spoolDir(): string {
    return path.join(this.config.dataDir, 'uploads');
  }

  /**
   * The one way another module gets a file: in the caller's transaction, the actor's own complete upload becomes
   * taken (so it is handed over once). Anything else — someone else's, unfinished, refused, already taken — is
   * NOT_FOUND.
   */
  async take(manager: EntityManager, actor: Actor, uploadId: string): Promise<StoredFile> {
    if (!UUID.test(uploadId)) throw notFound('Upload');
    const [rows] = (await manager.query(
      `UPDATE file_upload SET status = 'taken', taken_at = now()
        WHERE id = $1 AND owner_id = $2 AND status = 'complete'
        RETURNING id, sha256, size, media_type, file_name`,
      [uploadId, actor.user.id],
    )) as [{ id: string; sha256: string; size: string; media_type: string; file_name: string }[], number];
    const row = rows[0];
    if (!row) throw notFound('Upload');
    return {
      uploadId: row.id,
      sha256: row.sha256,
      size: Number(row.size),
      mediaType: row.media_type,
      fileName: row.file_name,
    };
  }

  /** Stores a whole file from a stream (spooled to local disk first, since inspection reads the zip directory). */
  async storeComplete(actor: Actor, fileName: string, source: Readable): Promise<StoredFile> {
    if (!actor.ability.can('create', 'Upload')) throw forbidden();
    await mkdir(this.spoolDir, { recursive: true });
    const spooled = path.join(this.spoolDir, `spool-${randomUUID()}`);
    try {
      await pipeline(source, createWriteStream(spooled, { flags: 'wx' }));
      return await this.storeFile({ id: randomUUID(), ownerId: actor.user.id, fileName, file: spooled, isNew: true });
    } finally {
      await rm(spooled, { force: true });
    }
  }

  /** A resumable upload starts: its row exists from the first request, owned by whoever started it. */
  async beginReceiving(actor: Actor, id: string, rawName: string, size: number): Promise<void> {
    if (!actor.ability.can('create', 'Upload')) throw forbidden();
    await this.dataSource.manager.insert(FileUploadEntity, {
      id,
      ownerId: actor.user.id,
      fileName: sanitizeFileName(rawName),
      size,
      status: 'receiving',
    });
  }

  /** Refused before any byte is sent (a name no accepted file can carry); recorded like any refusal. */
  async refuseEarly(actor: Actor, id: string, rawName: string, size: number): Promise<AppError> {
    const fileName = sanitizeFileName(rawName);
    await this.dataSource.manager.insert(FileUploadEntity, {
      id,
      ownerId: actor.user.id,
      fileName,
      size,
      status: 'refused',
      refusalReason: 'type_not_allowed',
      completedAt: new Date(),
    });
    return refusalError(fileName, new FileRefusal('type_not_allowed', 'this type of file is not accepted'));
  }

  /** The last byte of a resumable upload arrived in `file`. */
  async finishReceiving(id: string, file: string): Promise<StoredFile> {
    const row = await this.dataSource.manager.findOneBy(FileUploadEntity, { id, status: 'receiving' });
    if (!row) throw notFound('Upload');
    return this.storeFile({ id, ownerId: row.ownerId, fileName: row.fileName, file, isNew: false });
  }

  /** The sender cancelled (tus termination): an unfinished upload leaves no row behind. */
  async forgetReceiving(id: string): Promise<void> {
    await this.dataSource.manager.delete(FileUploadEntity, { id, status: 'receiving' });
  }

  /** The actor's own upload (any status), or null — also for someone else's, so nobody learns it exists. */
  async ownUpload(actor: Actor, id: string): Promise<FileUploadEntity | null> {
    if (!UUID.test(id)) return null;
    return this.dataSource.manager.findOneBy(FileUploadEntity, { id, ownerId: actor.user.id });
  }

  /**
   * Inspects a received file, stores its bytes and marks the upload complete — or refused, with the reason, throwing
   * an AppError naming the file. `isNew`: no `receiving` row exists yet.
   */
  async storeFile(upload: {
    id: string;
    ownerId: string;
    fileName: string;
    file: string;
    isNew: boolean;
  }): Promise<StoredFile> {
    const fileName = sanitizeFileName(upload.fileName);
    let mediaType: string;
    try {
      mediaType = await inspectFile(upload.file, fileName, this.limits);
    } catch (error) {
      if (!(error instanceof FileRefusal)) throw error;
      await this.record(this.dataSource.manager, upload, {
        fileName,
        status: 'refused',
        refusalReason: error.reason,
        completedAt: new Date(),
      });
      throw refusalError(fileName, error);
    }
    const { sha256, size } = await this.blobs.put(createReadStream(upload.file));
    await this.dataSource.transaction(async (tx) => {
      // The sweep removes unreferenced blobs under the same lock, so the bytes seen here stay until the commit.
      await lockBlob(tx, sha256);
      await tx.query(
        `INSERT INTO file_blob (sha256, size, media_type) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
        [sha256, size, mediaType],
      );
      if (!(await this.blobs.has(sha256))) await this.blobs.put(createReadStream(upload.file));
      await this.record(tx, upload, { fileName, status: 'complete', sha256, size, mediaType, completedAt: new Date() });
    });
    return { uploadId: upload.id, sha256, size, mediaType, fileName };
  }

  private async record(
    manager: EntityManager,
    upload: { id: string; ownerId: string; isNew: boolean },
    values: Partial<FileUploadEntity>,
  ): Promise<void> {
    if (upload.isNew) {
      await manager.insert(FileUploadEntity, { id: upload.id, ownerId: upload.ownerId, ...values });
    } else {
      await manager.update(FileUploadEntity, { id: upload.id, status: 'receiving' }, values);
    }
  }
}

/** Serializes storing and sweeping one blob (a transaction-scoped advisory lock on its address). */
export const lockBlob = (tx: EntityManager, sha256: string) =>
  tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('file_blob:' || $1, 0))`, [sha256]);
