import { ConfigError, loadConfig } from './env.js';

const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/portal' };

describe('loadConfig', () => {
  it('applies safe defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ port: 3000, env: 'development', demoData: true, cookieSecure: false });
    expect(config.sessionIdleMs).toBe(30 * 60_000);
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
    });
    expect(() => loadConfig({ ...base, JOBS_POLL_SECONDS: '0.1' })).toThrow(/JOBS_POLL_SECONDS/);
    expect(() => loadConfig({ ...base, JOBS_SCHEDULE_CHECK_SECONDS: '60' })).toThrow(/JOBS_SCHEDULE_CHECK_SECONDS/);
  });
});
