import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEventEntity } from './domain-event.entity.js';
import type { NewDomainEvent } from './domain-event.js';
import { consumerQueue } from './event-consumer.js';
import { JobQueueService } from './job-queue.service.js';
import { transactionDb } from './transaction-db.js';

/**
 * The transactional outbox: an event and one job per interested consumer are written in the caller's transaction,
 * so a rolled-back change announces nothing and a committed one is delivered even if the process dies right after.
 */
@Injectable()
export class EventsService {
  constructor(private readonly queue: JobQueueService) {}

  async record(tx: EntityManager, event: NewDomainEvent): Promise<DomainEventEntity> {
    const db = transactionDb(tx);
    const saved = await tx.save(tx.create(DomainEventEntity, { ...event, payload: event.payload ?? {} }));
    for (const consumer of this.queue.consumersOf(event.type)) {
      await this.queue.boss.insert(consumerQueue(consumer), [{ data: { eventId: saved.id } }], { db });
    }
    return saved;
  }
}
