import type { RevisionState } from '@portal/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../common/sql-list.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { ContentItemEntity } from './content-item.entity.js';
import { ALL_STATES } from './content-states.js';

/**
 * One numbered version of an item's text; only an editable state (a draft) is changed in place, everything else
 * starts a new revision. The state belongs to the item type's workflow.
 */
@Entity('content_revision')
@Index('content_revision_number_key', ['itemId', 'number'], { unique: true })
@Check('content_revision_state_check', `state IN (${sqlList(ALL_STATES)})`)
@Index('content_revision_search_idx', { synchronize: false })
// (id) INCLUDE (state): the published projection reads a revision's state index-only.
@Index('content_revision_state_idx', { synchronize: false })
export class ContentRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'content_revision_pkey' })
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'content_revision_item_fkey' })
  item?: ContentItemEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  /** The structured body (editor document, numbered points or Q&A pairs), validated on the way in. */
  @Column({ type: 'jsonb' })
  body: unknown;

  /** Plain text of the body, for search, diffs and copying. */
  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ type: 'text', default: 'draft' })
  state: RevisionState;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'content_revision_author_fkey' })
  author?: UserEntity;

  /** Everyone who saved this revision's text, its author first: none of them may endorse it. */
  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds: string[];

  /** For a translation: the revision number of the source it was translated from. */
  @Column({ name: 'source_revision_number', type: 'int', nullable: true })
  sourceRevisionNumber: number | null;

  /** Full-text vector (Russian stemming for Russian, plain words and Kyrgyz stems otherwise), kept by a trigger. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
