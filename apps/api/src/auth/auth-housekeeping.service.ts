import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LOGIN_WINDOW_MINUTES } from './login-throttle.service.js';

const KEEP_ATTEMPTS_DAYS = 90;

/**
 * Deletes expired sessions and old sign-in attempts. A queue schedule (`jobs/schedules.ts`) runs it at start-up and
 * then hourly, once across instances; two runs at once are harmless (both only delete). A failure is the queue's to
 * report; the next run does the same work.
 */
@Injectable()
export class AuthHousekeepingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<{ sessions: number; attempts: number }> {
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
    return { sessions: sessions.affected ?? 0, attempts: attempts.affected ?? 0 };
  }
}
