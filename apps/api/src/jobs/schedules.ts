import type { Type } from '@nestjs/common';
import { AuthHousekeepingService } from '../auth/auth-housekeeping.service.js';
import type { JobsConfig } from '../config/env.js';
import { FilesSweepService } from '../files/files-sweep.service.js';

/** A recurring job: a provider whose `run()` is safe to repeat and to run on two instances at once. */
export interface ScheduledTask {
  run(): Promise<unknown>;
}

export interface Schedule {
  /** The queue its runs go through (also its name in pg-boss's schedule table). */
  queue: string;
  cron: (config: JobsConfig) => string;
  task: Type<ScheduledTask>;
  /** Also run once when an instance starts (instances starting within a minute share that run). */
  atStartup: boolean;
}

/** Every schedule, in one place; pg-boss creates each run once across all instances. */
export const SCHEDULES: Schedule[] = [
  {
    queue: 'auth.housekeeping',
    cron: (config) => config.housekeepingCron,
    task: AuthHousekeepingService,
    atStartup: true,
  },
  {
    queue: 'files.sweep',
    cron: () => '23 * * * *',
    task: FilesSweepService,
    atStartup: true,
  },
];
