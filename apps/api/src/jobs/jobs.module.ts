import { type DynamicModule, Global, Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { CONSUMERS } from './consumers.js';
import { DeadLettersService } from './dead-letters.service.js';
import { EVENT_CONSUMERS, type EventConsumer } from './event-consumer.js';
import { EventsService } from './events.service.js';
import { JobQueueService } from './job-queue.service.js';
import { JOB_BOSS, JOBS_OPTIONS, type JobsOptions } from './jobs-options.js';
import { JobsResolver } from './jobs.resolver.js';

/** Domain events, their consumers, and recurring jobs on the PostgreSQL queue; `EventsService` is for every module. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobsOptions> = {}): DynamicModule {
    const resolved: JobsOptions = { workers: true, consumers: [], ...options };
    return {
      module: JobsModule,
      // Consumers read stored files (document text extraction).
      imports: [FilesModule],
      providers: [
        ...CONSUMERS,
        { provide: JOBS_OPTIONS, useValue: resolved },
        {
          provide: EVENT_CONSUMERS,
          useFactory: (...registered: EventConsumer[]) => [...registered, ...resolved.consumers],
          inject: CONSUMERS,
        },
        JobQueueService,
        { provide: JOB_BOSS, useFactory: (queue: JobQueueService) => queue.boss, inject: [JobQueueService] },
        EventsService,
        DeadLettersService,
        JobsResolver,
      ],
      exports: [EventsService, JobQueueService, JOBS_OPTIONS, JOB_BOSS],
    };
  }
}
