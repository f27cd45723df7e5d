import type { Type } from '@nestjs/common';
import { AuthHousekeepingService } from '../auth/auth-housekeeping.service.js';
import type { JobsConfig } from '../config/env.js';
import { DailyDigestTask, WeeklyDigestTask } from '../modules/notifications/notification-digest.service.js';
import { FilesSweepService } from '../files/files-sweep.service.js';

/** A recurring job: a provider whose `run()` is safe to repeat and to run on two instances at once. */
export interface ScheduledTask {
  run(): Promise<unknown>;
}

export interface Schedule {
  /** The queue its runs go through (also its name in pg-boss's schedule table). */
  queue: string;
  cron: (config: JobsConfig) => string;
  /** The time zone the cron is read in (UTC when absent). */
  tz?: string;
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
    queue: 'notifications.digest-daily',
    cron: (config) => `0 ${config.digestHour} * * *`,
    tz: 'Asia/Bishkek',
    task: DailyDigestTask,
    atStartup: false,
  },
  {
    queue: 'notifications.digest-weekly',
    cron: (config) => `0 ${config.digestHour} * * 1`,
    tz: 'Asia/Bishkek',
    task: WeeklyDigestTask,
    atStartup: false,
  },
  {
    queue: 'files.sweep',
    cron: () => '23 * * * *',
    task: FilesSweepService,
    atStartup: true,
  },
];
