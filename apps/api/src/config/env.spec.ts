import { PASSWORD_HASH_COSTS } from '../auth/password-hash-cost.js';
import { ConfigError, loadConfig } from './env.js';

const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/portal' };

describe('loadConfig', () => {
  it('applies safe defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ port: 3000, env: 'development', demoData: true, cookieSecure: false });
    expect(config.sessionIdleMs).toBe(30 * 60_000);
  });

  it('reads SMTP from a URL or from its parts, logs mail without it, and signs links with a secret in production', () => {
    expect(loadConfig(base).mail.smtpUrl).toBeNull();
    expect(loadConfig({ ...base, SMTP_URL: 'smtp://a:b@mail.test:587' }).mail.smtpUrl).toBe('smtp://a:b@mail.test:587');
    const parts = { SMTP_HOST: 'mail.test', SMTP_PORT: '465', SMTP_USER: 'portal@test.kg', SMTP_PASS: 'p@ss' };
    expect(loadConfig({ ...base, ...parts }).mail.smtpUrl).toBe('smtps://portal%40test.kg:p%40ss@mail.test:465');
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail.test' })).toThrow(/SMTP_URL/);
    const production = { ...base, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.test' };
    expect(() => loadConfig(production)).toThrow(/NOTIFICATIONS_SECRET/);
    const secret = 'x'.repeat(32);
    expect(loadConfig({ ...production, NOTIFICATIONS_SECRET: secret }).mail.unsubscribeSecret).toBe(secret);
    expect(loadConfig(base).jobs.digestHour).toBe(8);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('refuses demo accounts in production and secures cookies there', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', DEMO_DATA: 'true' })).toThrow(ConfigError);
    const config = loadConfig({ ...base, NODE_ENV: 'production' });
    expect(config.demoData).toBe(false);
    expect(config.cookieSecure).toBe(true);
  });

  it('hashes passwords at the strong cost unless told otherwise, and only at that cost in production', () => {
    expect(loadConfig(base).passwordHashCost).toEqual(PASSWORD_HASH_COSTS.strong);
    expect(loadConfig({ ...base, PASSWORD_HASH_COST: 'fast' }).passwordHashCost).toEqual(PASSWORD_HASH_COSTS.fast);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).passwordHashCost).toEqual(PASSWORD_HASH_COSTS.strong);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', PASSWORD_HASH_COST: 'fast' })).toThrow(
      /PASSWORD_HASH_COST/,
    );
    expect(() => loadConfig({ ...base, PASSWORD_HASH_COST: 'none' })).toThrow(/PASSWORD_HASH_COST/);
  });

  it('cancels long statements after 10 s unless configured otherwise', () => {
    expect(loadConfig(base).statementTimeoutMs).toBe(10_000);
    expect(loadConfig({ ...base, STATEMENT_TIMEOUT_MS: '0' }).statementTimeoutMs).toBe(0);
    expect(() => loadConfig({ ...base, STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/STATEMENT_TIMEOUT_MS/);
  });

  it('gives the job queue production timings unless told otherwise, and names a bad one', () => {
    expect(loadConfig(base).jobs).toEqual({
      pollSeconds: 2,
      monitorSeconds: 60,
      scheduleCheckSeconds: 30,
      expireSeconds: 900,
      retryLimit: 5,
      retryDelaySeconds: 30,
      stopTimeoutSeconds: 30,
      housekeepingCron: '0 * * * *',
      digestHour: 8,
    });
    expect(() => loadConfig({ ...base, JOBS_POLL_SECONDS: '0.1' })).toThrow(/JOBS_POLL_SECONDS/);
    expect(() => loadConfig({ ...base, JOBS_SCHEDULE_CHECK_SECONDS: '60' })).toThrow(/JOBS_SCHEDULE_CHECK_SECONDS/);
  });

  it('caps uploads at 100 MB and keeps files on local disk unless an S3 bucket is named', () => {
    expect(loadConfig(base)).toMatchObject({ uploadMaxBytes: 100 * 1024 * 1024, s3: null });
    expect(loadConfig({ ...base, UPLOAD_MAX_BYTES: '1000' }).uploadMaxBytes).toBe(1000);
    expect(() => loadConfig({ ...base, UPLOAD_MAX_BYTES: '0' })).toThrow(/UPLOAD_MAX_BYTES/);
    const s3 = { S3_BUCKET: 'docs', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' };
    expect(loadConfig({ ...base, ...s3 }).s3).toEqual({
      bucket: 'docs',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: null,
      secretAccessKey: null,
      forcePathStyle: true,
    });
    expect(() => loadConfig({ ...base, ...s3, S3_ACCESS_KEY_ID: 'key' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });
});
