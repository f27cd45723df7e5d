import path from 'node:path';
import { z } from 'zod';
import { PASSWORD_HASH_COSTS, type PasswordHashCost } from '../auth/password-hash-cost.js';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting the API reads, validated once at start-up; a bad value stops the process with its name. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DATA_DIR: z.string().min(1).default('data'),
  PUBLIC_URL: z.url().optional(),
  WEB_DIST: z.string().optional(),
  DEMO_DATA: bool.optional(),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  PASSWORD_HASH_COST: z.enum(['strong', 'fast']).default('strong'),
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).default(2),
  JOBS_MONITOR_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOBS_SCHEDULE_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
  JOBS_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  JOBS_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(5),
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  JOBS_STOP_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  HOUSEKEEPING_CRON: z.string().min(9).default('0 * * * *'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(100 * 1024 * 1024),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('Portal <portal@localhost>'),
  NOTIFICATIONS_SECRET: z.string().min(32).optional(),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default(false),
});

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string;
  dataDir: string;
  publicUrl: string;
  webDist: string | null;
  demoData: boolean;
  cookieSecure: boolean;
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Requests per signed-in user per minute; 0 turns every request limit off. */
  rateLimitPerMinute: number;
  passwordHashCost: PasswordHashCost;
  /** Searches, exports and imports per signed-in user per minute (0 = no separate budget). */
  rateLimitExpensivePerMinute: number;
  /** Requests without a live session per client address per minute (0 = unlimited). */
  rateLimitAnonymousPerMinute: number;
  /** PostgreSQL cancels any statement of the API running longer (0 = never). */
  statementTimeoutMs: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  jobs: JobsConfig;
  /** Largest file an upload may carry. */
  uploadMaxBytes: number;
  /** Where file bytes go when not on local disk under DATA_DIR (set by S3_BUCKET). */
  s3: S3Config | null;
  mail: MailConfig;
}

/** E-mail: without an SMTP server, messages stay in the outbox table and go to the log. */
export interface MailConfig {
  /** `smtp://user:pass@host:port` (or `smtps://`), or null for "log only". */
  smtpUrl: string | null;
  from: string;
  /** Signs one-click unsubscribe links (HMAC-SHA256). */
  unsubscribeSecret: string;
}

/** Any S3-compatible store; without keys the SDK's own chain (environment, instance role) supplies them. */
export interface S3Config {
  bucket: string;
  endpoint: string | null;
  region: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  /** `bucket` in the path instead of the host name (MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
}

/** The job queue's timing; production keeps the defaults, tests shorten them so outcomes arrive quickly. */
export interface JobsConfig {
  /** How often each worker looks for work. */
  pollSeconds: number;
  /** How often expired (abandoned) jobs are found and retried. */
  monitorSeconds: number;
  /** How often schedules are checked (cron has minute precision). */
  scheduleCheckSeconds: number;
  /** How long one delivery may run before it counts as abandoned and is retried. */
  expireSeconds: number;
  /** Retries after the first attempt; then the job goes to the dead-letter queue. */
  retryLimit: number;
  /** First retry delay, doubled (with jitter) on every further retry. */
  retryDelaySeconds: number;
  /** How long a shutdown waits for running jobs before handing them back for retry. */
  stopTimeoutSeconds: number;
  /** When auth housekeeping runs (besides once at start-up). */
  housekeepingCron: string;
  /** Local hour (Asia/Bishkek) at which notification digests go out (weekly ones on Mondays). */
  digestHour: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demoData = e.DEMO_DATA ?? !production;
  if (production && demoData) {
    throw new ConfigError('Invalid configuration:\n  DEMO_DATA: demo accounts are refused in production');
  }
  const smtpUrl = e.SMTP_URL ?? (e.SMTP_HOST ? smtpUrlOf(e) : null);
  if (production && smtpUrl && !e.NOTIFICATIONS_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  NOTIFICATIONS_SECRET: required to sign unsubscribe links in e-mails',
    );
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError('Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither');
  }
  if (production && e.PASSWORD_HASH_COST !== 'strong') {
    throw new ConfigError('Invalid configuration:\n  PASSWORD_HASH_COST: only "strong" is accepted in production');
  }
  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    webDist: e.WEB_DIST ? path.resolve(e.WEB_DIST) : null,
    demoData,
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    passwordHashCost: PASSWORD_HASH_COSTS[e.PASSWORD_HASH_COST],
    rateLimitExpensivePerMinute: e.RATE_LIMIT_EXPENSIVE_PER_MINUTE,
    rateLimitAnonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    jobs: {
      pollSeconds: e.JOBS_POLL_SECONDS,
      monitorSeconds: e.JOBS_MONITOR_SECONDS,
      scheduleCheckSeconds: e.JOBS_SCHEDULE_CHECK_SECONDS,
      expireSeconds: e.JOBS_EXPIRE_SECONDS,
      retryLimit: e.JOBS_RETRY_LIMIT,
      retryDelaySeconds: e.JOBS_RETRY_DELAY_SECONDS,
      stopTimeoutSeconds: e.JOBS_STOP_TIMEOUT_SECONDS,
      housekeepingCron: e.HOUSEKEEPING_CRON,
      digestHour: e.DIGEST_HOUR,
    },
    mail: {
      smtpUrl,
      from: e.SMTP_FROM,
      // Outside production a fixed secret is enough: links then survive restarts of a development portal.
      unsubscribeSecret: e.NOTIFICATIONS_SECRET ?? 'portal-development-unsubscribe-secret',
    },
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          endpoint: e.S3_ENDPOINT ?? null,
          region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY_ID ?? null,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? null,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
        }
      : null,
  };
}

function smtpUrlOf(e: { SMTP_HOST?: string; SMTP_PORT?: number; SMTP_USER?: string; SMTP_PASS?: string }): string {
  const url = new URL(`smtp://${e.SMTP_HOST}`);
  if (e.SMTP_PORT) url.port = String(e.SMTP_PORT);
  if (e.SMTP_PORT === 465) url.protocol = 'smtps:';
  if (e.SMTP_USER) url.username = encodeURIComponent(e.SMTP_USER);
  if (e.SMTP_PASS) url.password = encodeURIComponent(e.SMTP_PASS);
  return url.toString();
}
