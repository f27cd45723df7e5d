import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** PostgreSQL returns bigint as a string; sizes stay far below 2^53. */
export const bigintNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Stored bytes, addressed by their SHA-256; a row exists exactly while the `BlobStore` holds the bytes. */
@Entity('file_blob')
@Check('file_blob_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
export class FileBlobEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_file_blob' })
  sha256: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  size: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
