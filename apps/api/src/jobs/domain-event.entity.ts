import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../common/sql-list.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { DOMAIN_EVENT_TYPES, type DomainEventType } from './domain-event.js';

/** Something that happened, written in the transaction of the change (the outbox); consumers get it from the queue. */
@Entity('domain_event')
@Index('domain_event_subject_idx', ['subjectType', 'subjectId', 'createdAt'])
@Check('domain_event_type_check', `type IN (${sqlList(DOMAIN_EVENT_TYPES)})`)
export class DomainEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: DomainEventType;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
