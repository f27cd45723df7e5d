import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LOGIN_WINDOW_MINUTES } from './login-throttle.service.js';

const EVERY_MS = 60 * 60_000;
const KEEP_ATTEMPTS_DAYS = 90;

/** Deletes expired sessions and old sign-in attempts, at start-up and then hourly. */
@Injectable()
export class AuthHousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger('Auth');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ sessions: number; attempts: number }> {
    try {
      const sessions = await this.dataSource.query(`DELETE FROM session WHERE expires_at < now() RETURNING id`);
      // Attempts older than the throttling window are only kept for audit, and not forever.
      const attempts = await this.dataSource.query(
        `DELETE FROM login_attempt WHERE created_at < now() - make_interval(days => $1) RETURNING id`,
        [Math.max(KEEP_ATTEMPTS_DAYS, LOGIN_WINDOW_MINUTES / 1440)],
      );
      return { sessions: sessions[1] ?? sessions.length, attempts: attempts[1] ?? attempts.length };
    } catch (error) {
      this.logger.warn(`Housekeeping failed: ${(error as Error).message}`);
      return { sessions: 0, attempts: 0 };
    }
  }
}
