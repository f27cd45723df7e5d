import { EXTRACTION_STATUSES, type ExtractionStatus } from '@portal/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { bigintNumber, FileBlobEntity } from '../../files/file-blob.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { DocumentEntity } from './document.entity.js';

/** One file of a document, numbered in the order versions arrived; who, when, a label and a note. */
@Entity('document_version')
@Index('document_version_number_key', ['documentId', 'number'], { unique: true })
@Index('document_version_sha256_idx', ['sha256'])
@Check('document_version_extraction_check', `extraction IN (${sqlList(EXTRACTION_STATUSES)})`)
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'document_version_pkey' })
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_version_document_fkey' })
  document?: DocumentEntity;

  @Column({ type: 'int' })
  number: number;

  /** The upload it was taken from (purging removes that spent upload row too). */
  @Column({ name: 'upload_id', type: 'uuid' })
  uploadId: string;

  @Column({ type: 'text' })
  sha256: string;

  @ManyToOne(() => FileBlobEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256', foreignKeyConstraintName: 'document_version_blob_fkey' })
  blob?: FileBlobEntity;

  @Column({ type: 'bigint', transformer: bigintNumber })
  size: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'document_version_created_by_fkey' })
  creator?: UserEntity;

  @Column({ type: 'text', default: 'pending' })
  extraction: ExtractionStatus;

  /** Pages of a PDF (other formats are one page). */
  @Column({ name: 'page_count', type: 'int', nullable: true })
  pageCount: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
