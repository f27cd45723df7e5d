import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEventEntity } from '../../src/jobs/domain-event.entity.js';
import type { DomainEventType } from '../../src/jobs/domain-event.js';
import { DEAD_LETTER_QUEUE, type EventConsumer } from '../../src/jobs/event-consumer.js';
import { EventsService } from '../../src/jobs/events.service.js';
import { JobQueueService } from '../../src/jobs/job-queue.service.js';
import type { TestApp } from './test-app.js';

/** Waits for an outcome, checking every 200 ms; fails with what it last saw after `seconds` (never a speed test). */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  seconds = 60,
): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Still waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A test-owned table where consumers write their effect; no unique key, so a duplicate effect would show. */
export async function createEffectTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    'CREATE TABLE IF NOT EXISTS test_effect (event_id uuid NOT NULL, consumer text NOT NULL, instance text NOT NULL)',
  );
}

export const effects = async (db: Queryable, eventId: string) =>
  unwrap(
    await db.query('SELECT consumer, instance FROM test_effect WHERE event_id = $1 ORDER BY consumer, instance', [
      eventId,
    ]),
  ) as { consumer: string; instance: string }[];

/** A consumer that writes one effect row per delivery, in the delivery's transaction, and counts its calls. */
export class RecordingConsumer implements EventConsumer {
  readonly calls: string[] = [];

  constructor(
    readonly name: string,
    readonly instance: string,
    readonly events: readonly DomainEventType[] = ['material.transitioned'],
    private readonly before?: (event: DomainEventEntity, tx: EntityManager) => Promise<void>,
  ) {}

  async handle(event: DomainEventEntity, tx: EntityManager): Promise<void> {
    this.calls.push(event.id);
    await tx.query('INSERT INTO test_effect (event_id, consumer, instance) VALUES ($1, $2, $3)', [
      event.id,
      this.name,
      this.instance,
    ]);
    await this.before?.(event, tx);
  }
}

/** Records an event straight through the outbox, as a service does, in a committed transaction. */
export async function recordEvent(t: TestApp, type: DomainEventType = 'material.transitioned') {
  const events = t.app.get(EventsService);
  return t.dataSource.transaction((tx) =>
    events.record(tx, { type, subjectType: 'Material', subjectId: randomUUID(), actorId: null, payload: {} }),
  );
}

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** The queue's view of every job created for an event (pg-boss keeps them in its own schema). */
export const jobsFor = async (db: Queryable, eventId: string) =>
  unwrap(
    await db.query(
      `SELECT name, state::text, retry_count AS "retryCount" FROM pgboss.job WHERE data->>'eventId' = $1 ORDER BY name`,
      [eventId],
    ),
  ) as { name: string; state: string; retryCount: number }[];

/** A TypeORM data source returns rows; a plain `pg` client returns `{ rows }`. */
const unwrap = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows);

/**
 * A dead-lettered job, made without waiting for retries: a job on a queue no worker serves (dead-lettering to the
 * portal's dead-letter queue) is fetched and failed by hand. Returns its id in the dead-letter queue.
 */
export async function deadLetterJob(t: TestApp): Promise<string> {
  const boss = t.app.get(JobQueueService).boss;
  // A queue of its own: a retried dead letter goes back to its queue, where a shared queue would serve it next.
  const queue = `test.dead-letter-source-${randomUUID()}`;
  await boss.createQueue(queue, { retryLimit: 0, deadLetter: DEAD_LETTER_QUEUE });
  const marker = randomUUID();
  await boss.send(queue, { marker });
  const [job] = await boss.fetch(queue);
  await boss.fail(queue, job.id, { message: 'test failure' });
  const [dead] = await boss.findJobs(DEAD_LETTER_QUEUE, { data: { marker } });
  return dead.id;
}
