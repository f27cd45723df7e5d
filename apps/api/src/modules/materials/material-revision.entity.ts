import { REVISION_STATES, type RevisionState } from '@portal/domain';
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
import { sqlList } from '../../common/sql-list.js';
import { UserEntity } from '../users/user.entity.js';

/** One version of a material's text; only a draft is edited in place, everything else starts a new revision. */
@Entity('material_revision')
@Index('material_revision_number_key', ['materialId', 'number'], { unique: true })
@Check('material_revision_state_check', `state IN (${sqlList(REVISION_STATES)})`)
@Index('material_revision_search_idx', { synchronize: false })
export class MaterialRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'material_id', type: 'uuid' })
  materialId: string;

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
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** Everyone who saved this revision's text, its author first: none of them may endorse it. */
  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds: string[];

  /** For a translation: the revision number of the source it was translated from. */
  @Column({ name: 'source_revision_number', type: 'int', nullable: true })
  sourceRevisionNumber: number | null;

  /** Full-text vector (Russian stemming for Russian, plain words otherwise), kept by a trigger. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
