import type { EventConsumer } from './event-consumer.js';

export interface JobsOptions {
  /** Run workers and schedules; off for one-shot commands that only record events. */
  workers: boolean;
  /** Consumers beyond those of `consumers.ts` (tests). */
  consumers: EventConsumer[];
}

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

/** The pg-boss instance, for services that queue jobs of their own (mail) without importing the queue service. */
export const JOB_BOSS = Symbol('JOB_BOSS');
