import type { RevisionState, Transition } from '@portal/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../common/sql-list.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { ContentItemEntity } from './content-item.entity.js';
import { ContentRevisionEntity } from './content-revision.entity.js';
import { ALL_TRANSITIONS } from './content-states.js';

/** Every workflow step: who, when, from which state to which, and why. Rows are never changed (a trigger refuses). */
@Entity('content_transition')
@Index('content_transition_item_idx', ['itemId', 'createdAt'])
// The approvals loader looks transitions up by revision.
@Index('content_transition_revision_idx', ['revisionId'])
@Check('content_transition_check', `transition IN (${sqlList(ALL_TRANSITIONS)})`)
export class ContentTransitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'content_transition_pkey' })
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'content_transition_item_fkey' })
  item?: ContentItemEntity;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => ContentRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'content_transition_revision_fkey' })
  revision?: ContentRevisionEntity;

  @Column({ name: 'revision_number', type: 'int' })
  revisionNumber: number;

  @Column({ type: 'text' })
  transition: Transition;

  @Column({ name: 'from_state', type: 'text' })
  fromState: RevisionState;

  @Column({ name: 'to_state', type: 'text' })
  toState: RevisionState;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'content_transition_actor_fkey' })
  actor?: UserEntity;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
