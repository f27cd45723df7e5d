import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { forbidden, notFound } from '../common/app-error.js';
import type { DeadLetterJobModel } from './dead-letter.model.js';
import { DomainEventEntity } from './domain-event.entity.js';
import { DEAD_LETTER_QUEUE } from './event-consumer.js';
import { JobQueueService } from './job-queue.service.js';
import { transactionDb } from './transaction-db.js';

const LIMIT = 200;
/** How much of an event's payload the list shows. */
const PAYLOAD_SUMMARY_CHARS = 200;

/**
 * What an administrator sees of failed deliveries — which consumer, which event, how often it tried, the error — and
 * does about them: send one back to its consumer's queue (a fresh job with the queue's retries) or discard it.
 */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly queue: JobQueueService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<DeadLetterJobModel[]> {
    if (!actor.ability.can('manage', 'Job')) throw forbidden();
    const jobs = await this.queue.boss.findJobs<{ eventId?: string }>(DEAD_LETTER_QUEUE, { limit: LIMIT });
    const eventIds = jobs.flatMap((job) => (job.data?.eventId ? [job.data.eventId] : []));
    const events = eventIds.length
      ? await this.dataSource.getRepository(DomainEventEntity).findBy({ id: In(eventIds) })
      : [];
    const byId = new Map(events.map((event) => [event.id, event]));
    return jobs.map((job) => {
      const event = job.data?.eventId ? byId.get(job.data.eventId) : undefined;
      return {
        id: job.id,
        consumer: consumerOf(job.sourceName),
        eventId: event?.id ?? job.data?.eventId ?? null,
        eventType: event?.type ?? null,
        subjectType: event?.subjectType ?? null,
        subjectId: event?.subjectId ?? null,
        attempts: (job.sourceRetryCount ?? 0) + 1,
        error: errorText(job.sourceOutput),
        payloadSummary: event ? summary(event.payload) : null,
        failedAt: job.createdOn,
      };
    });
  }

  /** Moves the job back to the queue it failed on; the delivery key keeps a consumer that did succeed from rerunning. */
  retry(actor: Actor, id: string): Promise<boolean> {
    return this.act(actor, id, 'job.retry', async (tx) => {
      const moved = await this.queue.boss.redrive(DEAD_LETTER_QUEUE, { ids: [id], limit: 1, db: transactionDb(tx) });
      return moved === 1;
    });
  }

  /** Gives up on the delivery for good; the event itself stays in `domain_event`. */
  discard(actor: Actor, id: string): Promise<boolean> {
    return this.act(actor, id, 'job.discard', async (tx) => {
      const result = await this.queue.boss.deleteJob(DEAD_LETTER_QUEUE, id, { db: transactionDb(tx) });
      // pg-boss declares CommandResponse empty; at run time it carries `affected` (rows deleted).
      return (result as { affected?: number }).affected === 1;
    });
  }

  /** One act on one dead letter, with its audit entry, in one transaction (the queue's writes included). */
  private async act(actor: Actor, id: string, action: string, run: (tx: EntityManager) => Promise<boolean>) {
    if (!actor.ability.can('manage', 'Job')) throw forbidden();
    const job = await this.queue.boss.getJobById<{ eventId?: string }>(DEAD_LETTER_QUEUE, id);
    if (!job) throw notFound('DeadLetterJob');
    return this.dataSource.transaction(async (tx) => {
      if (!(await run(tx))) throw notFound('DeadLetterJob');
      await this.audit.record(tx, {
        actor: actor.user,
        action,
        subjectType: 'Job',
        subjectId: id,
        summary: { consumer: consumerOf(job.sourceName), eventId: job.data?.eventId ?? null },
      });
      return true;
    });
  }
}

const consumerOf = (queue: string | null) => (queue ?? '').replace(/^event\./, '');

function summary(payload: Record<string, unknown> | null | undefined): string | null {
  if (!payload || !Object.keys(payload).length) return null;
  const text = JSON.stringify(payload);
  return text.length > PAYLOAD_SUMMARY_CHARS ? `${text.slice(0, PAYLOAD_SUMMARY_CHARS - 1)}…` : text;
}

function errorText(output: object | null): string | null {
  if (!output) return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : JSON.stringify(output);
}
