import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSha256, BlobNotFoundError, BlobStore, type PutResult } from './blob-store.js';

/** Blobs on local disk: `<root>/ab/cd/<sha256>`; writes go to a temp file in `<root>/tmp` and are renamed in place. */
export class LocalBlobStore extends BlobStore {
  constructor(private readonly root: string) {
    super();
  }

  async put(source: Readable): Promise<PutResult> {
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, measure, createWriteStream(tmp, { flags: 'wx' }));
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      if (await exists(target)) {
        await rm(tmp, { force: true });
      } else {
        await mkdir(path.dirname(target), { recursive: true });
        // Same file system, so the blob appears whole or not at all; equal bytes make a racing rename harmless.
        await rename(tmp, target);
      }
      return { sha256, size };
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    if (!(await exists(file))) throw new BlobNotFoundError(sha256);
    return createReadStream(file);
  }

  has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  private pathOf(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
