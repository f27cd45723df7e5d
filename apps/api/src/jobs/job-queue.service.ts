import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { PgBoss, type Queue } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { inBackground } from '../database/query-counter.js';
import { DomainEventEntity } from './domain-event.entity.js';
import { consumerQueue, DEAD_LETTER_QUEUE, EVENT_CONSUMERS, type EventConsumer } from './event-consumer.js';
import { JOBS_OPTIONS, type JobsOptions } from './jobs-options.js';
import { SCHEDULES } from './schedules.js';

/** pg-boss keeps its tables in this schema and migrates them itself (see docs/architecture.md). */
export const QUEUE_SCHEMA = 'pgboss';
const DEAD_LETTER_RETENTION_SECONDS = 365 * 86_400;

/**
 * The PostgreSQL job queue (pg-boss): one queue per event consumer, with retries, backoff and a shared dead-letter
 * queue, and the recurring jobs of `schedules.ts`. Started before the app serves anything, stopped before the
 * database closes, so running jobs can finish (or are handed back for retry).
 */
@Injectable()
export class JobQueueService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly boss: PgBoss;
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    @Inject(EVENT_CONSUMERS) private readonly consumers: EventConsumer[],
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {
    const jobs = config.jobs;
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: QUEUE_SCHEMA,
      application_name: 'portal-jobs',
      max: 4,
      supervise: options.workers,
      schedule: options.workers,
      superviseIntervalSeconds: jobs.monitorSeconds,
      monitorIntervalSeconds: jobs.monitorSeconds,
      cronMonitorIntervalSeconds: jobs.scheduleCheckSeconds,
      cronWorkerIntervalSeconds: jobs.scheduleCheckSeconds,
    });
    // Without a listener an 'error' event would crash the process; pg-boss reports and carries on.
    this.boss.on('error', (error) => this.logger.warn(`Queue: ${error.message}`));
  }

  /** Consumers by event type: who gets a delivery when an event is recorded. */
  consumersOf(type: string): EventConsumer[] {
    return this.consumers.filter((consumer) => consumer.events.includes(type as never));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    const { retryLimit, retryDelaySeconds, expireSeconds } = this.config.jobs;
    await this.ensureQueue(DEAD_LETTER_QUEUE, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
    const delivery: Omit<Queue, 'name'> = {
      retryLimit,
      retryDelay: retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: expireSeconds,
      deadLetter: DEAD_LETTER_QUEUE,
    };
    for (const consumer of this.consumers) await this.ensureQueue(consumerQueue(consumer), delivery);
    for (const schedule of SCHEDULES) {
      // A missed run is not retried: the next one does the same work.
      await this.ensureQueue(schedule.queue, { retryLimit: 0, expireInSeconds: expireSeconds });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.workers) return;
    const pollingIntervalSeconds = this.config.jobs.pollSeconds;
    for (const consumer of this.consumers) {
      await this.boss.work<{ eventId: string }>(consumerQueue(consumer), { pollingIntervalSeconds }, ([job]) =>
        inBackground(() => this.deliver(consumer, job.data.eventId)),
      );
    }
    for (const schedule of SCHEDULES) {
      const task = this.moduleRef.get(schedule.task, { strict: false });
      await this.boss.work(schedule.queue, { pollingIntervalSeconds }, () => inBackground(() => task.run()));
      await this.boss.schedule(
        schedule.queue,
        schedule.cron(this.config.jobs),
        null,
        schedule.tz ? { tz: schedule.tz } : undefined,
      );
      if (schedule.atStartup) {
        await this.boss.send(schedule.queue, { atStartup: true }, { singletonKey: 'startup', singletonSeconds: 60 });
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: this.config.jobs.stopTimeoutSeconds * 1000 });
  }

  /** One delivery, effectively once: the delivery key and the consumer's writes commit (or roll back) together. */
  async deliver(consumer: EventConsumer, eventId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const claimed: unknown[] = await tx.query(
        `INSERT INTO event_delivery (event_id, consumer) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
        [eventId, consumer.name],
      );
      if (claimed.length === 0) return;
      const event = await tx.findOneByOrFail(DomainEventEntity, { id: eventId });
      await consumer.handle(event, tx);
    });
  }

  private async ensureQueue(name: string, options: Omit<Queue, 'name'>): Promise<void> {
    // Creating is a no-op if another instance did it first; updating applies changed settings.
    await this.boss.createQueue(name, options);
    await this.boss.updateQueue(name, options);
  }
}
