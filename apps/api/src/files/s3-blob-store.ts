import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3Config } from '../config/env.js';
import { assertSha256, BlobNotFoundError, BlobStore, type PutResult } from './blob-store.js';

/**
 * Blobs in any S3-compatible store, under `blobs/<sha256>`. The address is known only once the last byte passed,
 * so bytes stream (multipart, one part in memory at a time) to a temporary key, then are copied to their address
 * unless it already holds them.
 */
export class S3BlobStore extends BlobStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    super();
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Checksums only where S3 requires them: many S3-compatible stores do not speak the newer trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(source: Readable): Promise<PutResult> {
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    source.on('error', (error) => measure.destroy(error));
    const tmpKey = `tmp/${randomUUID()}`;
    const Bucket = this.config.bucket;
    try {
      await new Upload({
        client: this.client,
        params: { Bucket, Key: tmpKey, Body: source.pipe(measure) },
        queueSize: 1,
        partSize: 5 * 1024 * 1024,
      }).done();
      const sha256 = hash.digest('hex');
      if (!(await this.has(sha256))) {
        await this.client.send(
          new CopyObjectCommand({ Bucket, Key: this.keyOf(sha256), CopySource: `${Bucket}/${tmpKey}` }),
        );
      }
      return { sha256, size };
    } finally {
      await this.client.send(new DeleteObjectCommand({ Bucket, Key: tmpKey })).catch(() => undefined);
    }
  }

  async open(sha256: string): Promise<Readable> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(sha256) }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || error instanceof NotFound) throw new BlobNotFoundError(sha256);
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(sha256) }));
      return true;
    } catch (error) {
      if (
        error instanceof NotFound ||
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
      ) {
        return false;
      }
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(sha256) }));
  }

  private keyOf(sha256: string): string {
    assertSha256(sha256);
    return `blobs/${sha256}`;
  }
}
