import { NOTIFICATION_KINDS, type NotificationKind } from '@portal/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql-list.js';
import { DomainEventEntity } from '../../jobs/domain-event.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** How a notification goes out by e-mail, decided when it is created: never, at once, or in a digest. */
export const NOTIFICATION_EMAIL_MODES = ['none', 'immediate', 'daily', 'weekly'] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

/** One thing one person is told of, once per event and kind (the delivery's idempotency key). */
@Entity('notification')
@Index('notification_event_key', ['userId', 'eventId', 'kind'], { unique: true })
@Index('notification_user_idx', ['userId', 'createdAt'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
@Index('notification_digest_idx', ['email', 'createdAt'], { where: 'digested_at IS NULL' })
@Check('notification_kind_check', `kind IN (${sqlList(NOTIFICATION_KINDS)})`)
@Check('notification_email_check', `email IN (${sqlList(NOTIFICATION_EMAIL_MODES)})`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => DomainEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: DomainEventEntity;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** What the message names (a title the recipient may read, who acted), filled into the text in their language. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string>;

  /** Where it leads in the portal, a path such as `/materials/<id>`. */
  @Column({ type: 'text' })
  link: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'text', default: 'none' })
  email: NotificationEmailMode;

  /** When a digest took it (digests never repeat what they or an immediate e-mail already carried). */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
