import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LOGIN_WINDOW_MINUTES } from './login-throttle.service.js';

const KEEP_ATTEMPTS_DAYS = 90;
/** Rate-limit windows last a minute; older counters are dead weight (kept a little in case of clock skew). */
const KEEP_RATE_LIMIT_MINUTES = 10;

/**
 * Deletes expired sessions, old sign-in attempts and past rate-limit windows. A queue schedule (`jobs/schedules.ts`) runs it at start-up and
 * then hourly, once across instances; two runs at once are harmless (both only delete). A failure is the queue's to
 * report; the next run does the same work.
 */
@Injectable()
export class AuthHousekeepingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<{ sessions: number; attempts: number; rateLimitWindows: number }> {
    const sessions = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from('session')
      .where('expires_at < now()')
      .execute();
    // Attempts older than the throttling window are only kept for audit, and not forever.
    const attempts = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from('login_attempt')
      .where('created_at < now() - make_interval(days => :days)', {
        days: Math.max(KEEP_ATTEMPTS_DAYS, LOGIN_WINDOW_MINUTES / 1440),
      })
      .execute();
    const windows = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from('rate_limit_counter')
      .where('window_start < now() - make_interval(mins => :minutes)', { minutes: KEEP_RATE_LIMIT_MINUTES })
      .execute();
    return {
      sessions: sessions.affected ?? 0,
      attempts: attempts.affected ?? 0,
      rateLimitWindows: windows.affected ?? 0,
    };
  }
}
