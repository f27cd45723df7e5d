import { TRANSITIONS, type RevisionState, type Transition } from '@portal/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { UserEntity } from '../users/user.entity.js';

/** Every workflow step: who, when, from which state to which, and why. Rows are never changed (a trigger refuses). */
@Entity('material_transition')
@Index('material_transition_material_idx', ['materialId', 'createdAt'])
@Check('material_transition_check', `transition IN (${sqlList(TRANSITIONS)})`)
export class MaterialTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'material_id', type: 'uuid' })
  materialId: string;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

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
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
