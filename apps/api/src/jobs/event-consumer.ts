import type { EntityManager } from 'typeorm';
import type { DomainEventEntity } from './domain-event.entity.js';
import type { DomainEventType } from './domain-event.js';

/**
 * Reacts to domain events, each event delivered to it at least once (retried with backoff, then dead-lettered).
 * `handle` runs in a transaction that also holds the delivery key: what it writes through `tx` happens exactly once.
 * Effects outside the database (e-mail, HTTP) may repeat after a crash, so make them safe to repeat.
 */
export interface EventConsumer {
  /** Stable: it names the consumer's queue and its delivery keys. */
  readonly name: string;
  readonly events: readonly DomainEventType[];
  handle(event: DomainEventEntity, tx: EntityManager): Promise<void>;
}

/** The consumers in use: those registered in `consumers.ts` plus any a test adds. */
export const EVENT_CONSUMERS = Symbol('EVENT_CONSUMERS');

export const consumerQueue = (consumer: Pick<EventConsumer, 'name'>) => `event.${consumer.name}`;
export const DEAD_LETTER_QUEUE = 'event.dead-letter';
