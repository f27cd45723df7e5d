import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { JOB_BOSS } from '../jobs/jobs-options.js';
import { transactionDb } from '../jobs/transaction-db.js';
import { OutboxMessageEntity } from '../modules/users/outbox-message.entity.js';

/** The queue `MailDelivery` works: one job per outbox message. */
export const MAIL_QUEUE = 'mail.send';
const BATCH = 500;

export interface NewMail {
  recipient: string;
  subject: string;
  text: string;
  html?: string | null;
  /** One message per (recipient, event, channel): handing the same key over again does nothing. */
  idempotencyKey: string;
  unsubscribeUrl?: string | null;
}

/**
 * How any module hands mail over: in the transaction of the change that causes it, the message joins the outbox and
 * its delivery job is queued, so a rolled-back change sends nothing and a committed one is sent even after a crash.
 */
@Injectable()
export class MailOutbox {
  constructor(private readonly moduleRef: ModuleRef) {}

  // Looked up on use: the queue service depends on the consumers, and consumers hand mail over through here.
  private get boss(): PgBoss {
    return this.moduleRef.get<PgBoss>(JOB_BOSS, { strict: false });
  }

  /** Writes the messages (in batches; repeated keys are skipped) and queues their delivery; returns the new ids. */
  async enqueue(tx: EntityManager, mails: NewMail[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < mails.length; i += BATCH) {
      const rows = mails.slice(i, i + BATCH).map((mail) => ({
        recipient: mail.recipient,
        subject: mail.subject,
        body: mail.text,
        html: mail.html ?? null,
        idempotencyKey: mail.idempotencyKey,
        unsubscribeUrl: mail.unsubscribeUrl ?? null,
      }));
      const result = await tx
        .createQueryBuilder()
        .insert()
        .into(OutboxMessageEntity)
        .values(rows)
        .orIgnore()
        .returning('id')
        .execute();
      const inserted = (result.raw as { id: string }[]).map((row) => row.id);
      await this.send(tx, inserted);
      ids.push(...inserted);
    }
    return ids;
  }

  /** Queues delivery of messages already written to the outbox in this transaction. */
  async send(tx: EntityManager, messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    const jobs = messageIds.map((messageId) => ({ data: { messageId } }));
    await this.boss.insert(MAIL_QUEUE, jobs, { db: transactionDb(tx) });
  }
}
