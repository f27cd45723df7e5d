import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sqlList } from '../common/sql-list.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { bigintNumber, FileBlobEntity } from './file-blob.entity.js';

export const UPLOAD_STATUSES = ['receiving', 'complete', 'refused', 'taken'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

/**
 * One file a user sent: `receiving` while its bytes arrive, then `complete` (inspected and stored) or `refused`, and
 * `taken` once another module (documents …) made it its own. Only its owner ever sees or takes it.
 */
@Entity('file_upload')
@Index('file_upload_owner_idx', ['ownerId', 'createdAt'])
@Index('file_upload_sha256_idx', ['sha256'])
@Index('file_upload_status_idx', ['status', 'createdAt'])
@Check('file_upload_status_check', `status IN (${sqlList(UPLOAD_STATUSES)})`)
@Check('file_upload_complete_check', `(status IN ('complete', 'taken')) = (sha256 IS NOT NULL)`)
export class FileUploadEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_file_upload' })
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'file_upload_owner_fk' })
  owner?: UserEntity;

  /** Sanitized display name. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** Declared while receiving, then the stored size. */
  @Column({ type: 'bigint', transformer: bigintNumber, nullable: true })
  size: number | null;

  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @ManyToOne(() => FileBlobEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256', foreignKeyConstraintName: 'file_upload_blob_fk' })
  blob?: FileBlobEntity;

  @Column({ name: 'media_type', type: 'text', nullable: true })
  mediaType: string | null;

  @Column({ type: 'text' })
  status: UploadStatus;

  /** Machine-readable reason the web app translates, e.g. `type_mismatch`, `zip_bomb`. */
  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'taken_at', type: 'timestamptz', nullable: true })
  takenAt: Date | null;
}
