import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { forbidden } from '../common/app-error.js';
import type { DeadLetterJobModel } from './dead-letter.model.js';
import { DomainEventEntity } from './domain-event.entity.js';
import { DEAD_LETTER_QUEUE } from './event-consumer.js';
import { JobQueueService } from './job-queue.service.js';

const LIMIT = 200;

/** What an administrator sees of failed deliveries: which consumer, which event, how often it tried, the error. */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly queue: JobQueueService,
    @InjectDataSource() private readonly dataSource: DataSource,
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
        consumer: (job.sourceName ?? '').replace(/^event\./, ''),
        eventId: event?.id ?? job.data?.eventId ?? null,
        eventType: event?.type ?? null,
        subjectType: event?.subjectType ?? null,
        subjectId: event?.subjectId ?? null,
        attempts: (job.sourceRetryCount ?? 0) + 1,
        error: errorText(job.sourceOutput),
        failedAt: job.createdOn,
      };
    });
  }
}

function errorText(output: object | null): string | null {
  if (!output) return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : JSON.stringify(output);
}
