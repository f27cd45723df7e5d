import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Mail to send, written with the change that causes it; `MailDelivery` sends it by SMTP (or, without SMTP settings,
 * to the log). Any module hands a message over through `MailOutbox.enqueue`.
 */
@Entity('outbox_message')
@Index('outbox_message_idempotency_key', ['idempotencyKey'], { unique: true })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient', type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  /** The plain-text part. */
  @Column({ type: 'text' })
  body: string;

  /** The HTML part, when there is one. */
  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** One message per (recipient, event, channel): a repeated hand-over of the same message is ignored. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** The one-click unsubscribe link of the message's kind (the `List-Unsubscribe` header). */
  @Column({ name: 'unsubscribe_url', type: 'text', nullable: true })
  unsubscribeUrl: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** How it went out: `smtp`, or `log` when no SMTP server is configured. */
  @Column({ name: 'sent_via', type: 'text', nullable: true })
  sentVia: string | null;
}
