import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error.js';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

// Advisory lock classes (two-key form) for one account's and one IP's attempts.
const ACCOUNT_LOCK = 7_201_602;
const IP_LOCK = 7_201_603;

const tooManyAttempts = () =>
  new AppError('TOO_MANY_REQUESTS', 'Too many sign-in attempts; try again later', {
    retryAfterMinutes: LOGIN_WINDOW_MINUTES,
  });

/**
 * Throttles password checks (sign-in, password change) per account and per IP from the attempts stored in
 * PostgreSQL, so the limits hold across instances.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs one password check within the limits. The attempt is counted and recorded as a failure before the check
   * runs, so parallel guesses see each other and at most the limit of them are ever checked; it becomes a success
   * only if the check passes.
   */
  async attempt(email: string, ip: string, check: () => Promise<boolean>): Promise<boolean> {
    const id = await this.reserve(email, ip);
    const ok = await check();
    if (ok) await this.dataSource.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [id]);
    return ok;
  }

  private reserve(email: string, ip: string): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      // Attempts on one account or from one IP queue here until the one before has been recorded and committed;
      // every attempt locks account before IP, so two attempts cannot deadlock.
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))', [
        ACCOUNT_LOCK,
        email,
        IP_LOCK,
        ip,
      ]);
      // A statement of its own: its snapshot is taken after the locks are held, so it sees the attempts before.
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO login_attempt (email, ip, succeeded)
         SELECT $1, $2, false
          WHERE (SELECT count(*) FROM login_attempt
                  WHERE email = $1 AND NOT succeeded AND created_at > now() - make_interval(mins => $3)) < $4
            AND (SELECT count(*) FROM login_attempt
                  WHERE ip = $2 AND NOT succeeded AND created_at > now() - make_interval(mins => $3)) < $5
         RETURNING id`,
        [email, ip, LOGIN_WINDOW_MINUTES, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP],
      );
      if (rows.length === 0) throw tooManyAttempts();
      return rows[0].id;
    });
  }
}
