import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ipKeyGenerator } from 'express-rate-limit';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { readSessionCookie } from '../auth/session-cookie.js';
import { hashToken } from '../auth/tokens.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { expensiveGraphqlCount, expensiveRestCount } from './expensive-request.js';
import { sendRateLimited } from './rate-limited-response.js';

export const WINDOW_MS = 60_000;
const EXPENSIVE = ':expensive';

/**
 * Counts every request in one statement: the cookie's session, if it exists, makes the bucket `user:<id>`;
 * no cookie, or one that matches no live session (forged, expired), makes it `ip:<address>` — so random cookies
 * share their address's anonymous budget instead of each getting a fresh one. Expensive operations also count
 * in the user's `:expensive` bucket. Fixed one-minute windows; the row is created or incremented atomically.
 */
const COUNT_SQL = `
WITH subject AS (
  SELECT coalesce(
    (SELECT 'user:' || s.user_id FROM session s WHERE s.token_hash = $1 AND s.expires_at > now()),
    'ip:' || $2
  ) AS key
)
INSERT INTO rate_limit_counter AS c (key, window_start, count)
SELECT subject.key || b.suffix, $3, b.n
  FROM subject, (VALUES ('', 1), ('${EXPENSIVE}', $4::int)) AS b (suffix, n)
 WHERE b.n > 0 AND (b.suffix = '' OR subject.key LIKE 'user:%')
ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + excluded.count
RETURNING key, count`;

/** A GraphQL GET request's operation, as Apollo reads it (variables as a JSON string). */
function graphqlGet(query: Request['query']): unknown {
  let variables: unknown;
  try {
    variables = typeof query.variables === 'string' ? JSON.parse(query.variables) : undefined;
  } catch {
    variables = undefined;
  }
  return { query: query.query, operationName: query.operationName, variables };
}

export interface RateLimits {
  perUser: number;
  expensive: number;
  anonymous: number;
}

/** Per-person request limits on `/graphql` and `/api`, shared by every instance through PostgreSQL. */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimit');
  /** Milliseconds since the epoch; tests move it to simulate minutes without waiting for them. */
  clock: () => number = Date.now;
  readonly limits: RateLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limits = {
      perUser: config.rateLimitPerMinute,
      expensive: config.rateLimitExpensivePerMinute,
      anonymous: config.rateLimitAnonymousPerMinute,
    };
  }

  get enabled(): boolean {
    return this.limits.perUser > 0;
  }

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    this.check(req)
      .then((retryAfterSeconds) => {
        if (retryAfterSeconds === null) next();
        else sendRateLimited(req, res, retryAfterSeconds);
      })
      // Failing open: if PostgreSQL cannot count, the request itself will report the outage.
      .catch((error: unknown) => {
        this.logger.warn(`Counting failed: ${(error as Error).message}`);
        next();
      });
  };

  /** Counts the request; returns null when it may pass, else the seconds until its window ends. */
  private async check(req: Request): Promise<number | null> {
    const expensive =
      this.limits.expensive === 0
        ? 0
        : req.baseUrl === '/graphql'
          ? expensiveGraphqlCount(req.method === 'GET' ? graphqlGet(req.query) : req.body)
          : expensiveRestCount(req.baseUrl + req.path);
    const token = readSessionCookie(req, this.config);
    const now = this.clock();
    const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    const rows: { key: string; count: number }[] = await this.dataSource.query(COUNT_SQL, [
      token && token.length <= 100 ? hashToken(token) : null,
      ipKeyGenerator(req.ip ?? 'unknown'),
      new Date(windowStart),
      expensive,
    ]);
    const over = rows.some(({ key, count }) => {
      const limit = key.endsWith(EXPENSIVE)
        ? this.limits.expensive
        : key.startsWith('user:')
          ? this.limits.perUser
          : this.limits.anonymous;
      return limit > 0 && count > limit;
    });
    return over ? Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000)) : null;
  }
}
