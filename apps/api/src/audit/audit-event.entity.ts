import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../modules/users/user.entity.js';

/** What changed: field name → old and new value (small scalar fields only), plus any other plain facts. */
export type AuditSummary = Record<string, unknown>;

/** One change to the portal's data, written in the same transaction as the change; a trigger refuses UPDATE/DELETE. */
@Entity('audit_event')
@Index('audit_event_occurred_idx', ['occurredAt'])
@Index('audit_event_actor_idx', ['actorId', 'occurredAt'])
@Index('audit_event_subject_idx', ['subjectType', 'subjectId', 'occurredAt'])
@Index('audit_event_action_idx', ['action', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_audit_event' })
  id: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'audit_event_actor_fk' })
  actor?: UserEntity;

  /** The e-mail as it was at the time (also for failed sign-ins of accounts that do not exist). */
  @Column({ name: 'actor_label', type: 'text', nullable: true })
  actorLabel: string | null;

  /** e.g. `material.transition.approve`, `contact.update`, `user.role_change`, `auth.sign_in_failed`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  summary: AuditSummary;
}
