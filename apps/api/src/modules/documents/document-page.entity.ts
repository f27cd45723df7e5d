import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DocumentVersionEntity } from './document-version.entity.js';

/** Extracted text of one page of a version (PDF pages keep their numbers; other formats are page 1). */
@Entity('document_page')
@Index('document_page_search_idx', { synchronize: false })
export class DocumentPageEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'document_page_version_fkey' })
  documentVersion?: DocumentVersionEntity;

  @PrimaryColumn({ type: 'int' })
  page: number;

  @Column({ type: 'text' })
  text: string;

  /** Russian stems, plain words and Kyrgyz stems (kept by a trigger), as `portal_tsquery` expects. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;
}
