import type { Readable } from 'node:stream';

export interface PutResult {
  sha256: string;
  size: number;
}

/**
 * Content-addressed storage of file bytes (also the Nest provider token). `put` streams: it never holds a whole file
 * in memory, and the same bytes stored twice are kept once.
 */
export abstract class BlobStore {
  abstract put(source: Readable): Promise<PutResult>;
  /** The bytes; NOT_FOUND-style error (`BlobNotFoundError`) if nothing is stored under that address. */
  abstract open(sha256: string): Promise<Readable>;
  abstract has(sha256: string): Promise<boolean>;
  /** Removes the bytes; removing what is not there is not an error. */
  abstract remove(sha256: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`No blob ${sha256}`);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Addresses come from our own hashing, but a bad one must never become a path or a key. */
export function assertSha256(sha256: string): void {
  if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256 address: ${JSON.stringify(sha256)}`);
}
