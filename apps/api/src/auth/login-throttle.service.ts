import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/** Throttles sign-in per account and per IP from the attempts stored in PostgreSQL (shared by all instances). */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [row] = await this.attempts.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM login_attempt
        WHERE NOT succeeded AND (email = $1 OR ip = $2)
          AND created_at > now() - make_interval(mins => $3)`,
      [email, ip, LOGIN_WINDOW_MINUTES],
    );
    if (row.by_email >= MAX_FAILURES_PER_ACCOUNT || row.by_ip >= MAX_FAILURES_PER_IP) {
      throw new AppError('TOO_MANY_REQUESTS', 'Too many sign-in attempts; try again later', {
        retryAfterMinutes: LOGIN_WINDOW_MINUTES,
      });
    }
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ email, ip, succeeded });
  }
}
