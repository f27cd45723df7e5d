import { DOCUMENT_VISIBILITIES, type DocumentVisibility, type Role } from '@portal/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { ContentItemEntity } from '../../content/content-item.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { DocumentCategoryEntity } from './document-category.entity.js';

/**
 * One document of the repository: its description here, its files in numbered versions (`current_version` is the
 * one shown and searched). A content item, so discussion, audit and events come from the kernel.
 */
@Entity('document')
@Check('document_visibility_check', `visibility IN (${sqlList(DOCUMENT_VISIBILITIES)})`)
@Check('document_roles_check', `(visibility = 'roles') = (cardinality(visible_roles) > 0)`)
@Index('document_updated_idx', ['updatedAt', 'id'])
@Index('document_category_idx', ['categoryId'])
@Index('document_issuer_idx', ['issuerId'])
@Index('document_search_idx', { synchronize: false })
export class DocumentEntity {
  /** The id of its `content_item` (shared primary key). */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'document_pkey' })
  id: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'id', foreignKeyConstraintName: 'document_item_fkey' })
  item?: ContentItemEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => DocumentCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'document_category_fkey' })
  category?: DocumentCategoryEntity;

  /** The issuing body. */
  @Column({ name: 'issuer_id', type: 'uuid', nullable: true })
  issuerId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'document_issuer_fkey' })
  issuer?: OrganizationEntity;

  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate: string | null;

  /** Number of a law or decree. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', default: 'signed_in' })
  visibility: DocumentVisibility;

  /** For `roles` visibility: the roles that may open it. */
  @Column({ name: 'visible_roles', type: 'text', array: true, default: () => "'{}'" })
  visibleRoles: Role[];

  /** The version shown, downloaded and searched by default: the latest. */
  @Column({ name: 'current_version', type: 'int', default: 0 })
  currentVersion: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Title, description, number and tags, for search (kept by a trigger). */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
