import { AuthHousekeepingService } from '../src/auth/auth-housekeeping.service.js';
import { SessionsService } from '../src/auth/sessions.service.js';
import { RateLimiter, WINDOW_MS } from '../src/rate-limit/rate-limiter.js';
import { TestApp } from './support/test-app.js';

const ME = '{ me { user { id } } }';
const SEARCH = `query($filter: MaterialFilterInput) { materials(filter: $filter) { total } }`;
/**
 * What one page view costs at most, measured in the browser (apps/web-e2e/src/rate-limit.e2e.ts): a material
 * page is 5 requests, 6 when it shows the diff of its last two revisions, 7 coming from the library (which is
 * then marked visited); the library itself is 3.
 */
const PAGE_VIEW_REQUESTS = 7;

/** Small limits, so one test can exhaust them quickly. */
const SMALL = {
  RATE_LIMIT_PER_MINUTE: '20',
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: '3',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10',
};

/** A time at the start of a fresh window, so each test has whole budgets and a known Retry-After. */
const freshWindow = () => (Math.floor(Date.now() / WINDOW_MS) + 10 + Math.floor(Math.random() * 1e6)) * WINDOW_MS;

function setClock(apps: TestApp[], at: number): void {
  for (const app of apps) app.app.get(RateLimiter).clock = () => at;
}

/** A live session (for a new user, or another one of `userId`), made without the sign-in mutation. */
async function session(t: TestApp, userId?: string): Promise<string> {
  const id = userId ?? (await t.createUser(['member'])).id;
  const { token } = await t.app.get(SessionsService).create(id, { ip: null, userAgent: null });
  return `portal_session=${token}`;
}

const post = (t: TestApp, body: unknown, cookie?: string) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

async function statuses(n: number, send: () => Promise<Response>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send()).status);
  return out;
}

describe('rate limits with the default sizes', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Empty values select the defaults.
    t = await TestApp.start({
      RATE_LIMIT_PER_MINUTE: '',
      RATE_LIMIT_EXPENSIVE_PER_MINUTE: '',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '',
    });
  });
  afterAll(() => t.close());

  it('lets 30 colleagues behind one address browse for a minute, a page view every 5 seconds each', async () => {
    const cookies = await Promise.all(Array.from({ length: 30 }, () => session(t)));
    const start = freshWindow();
    const seen = new Map<number, number>();
    // The strictest case for fixed windows: the whole minute inside one window.
    for (let second = 0; second < 60; second += 5) {
      setClock([t], start + second * 1000);
      const views = cookies.map(async (cookie, user) => {
        const requests = Array.from({ length: PAGE_VIEW_REQUESTS }, (_, i) =>
          // Every third page view of a user is a search in the library.
          i === 0 && (second / 5 + user) % 3 === 0
            ? post(t, { query: SEARCH, variables: { filter: { search: `закон ${user}` } } }, cookie)
            : post(t, { query: ME }, cookie),
        );
        for (const res of await Promise.all(requests)) seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
      });
      await Promise.all(views);
    }
    expect(Object.fromEntries(seen)).toEqual({ 200: 30 * 12 * PAGE_VIEW_REQUESTS });
  }, 180_000);

  it('costs one SQL statement per request', async () => {
    setClock([t], freshWindow());
    const { statements } = await t.countQueries(() => post(t, { query: ME }));
    expect(statements).toBe(1);
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(SMALL);
  });
  afterAll(() => t.close());

  it('stops one hammering user with a GraphQL RATE_LIMITED answer, and no one else', async () => {
    const hammerUser = await t.createUser(['member']);
    const [hammer, hammerPhone, colleague] = await Promise.all([
      session(t, hammerUser.id),
      session(t, hammerUser.id),
      session(t),
    ]);
    const start = freshWindow();
    setClock([t], start + 15_000);
    expect(await statuses(20, () => post(t, { query: ME }, hammer))).toEqual(Array(20).fill(200));
    const limited = await post(t, { query: ME }, hammer);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await limited.json()).toEqual({
      errors: [
        {
          message: 'Too many requests; try again in 45 seconds',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 45 },
        },
      ],
    });
    expect((await post(t, { query: ME }, colleague)).status).toBe(200);
    // The limit is per person: signing in again elsewhere is not a fresh budget.
    expect((await post(t, { query: ME }, hammerPhone)).status).toBe(429);
    setClock([t], start + WINDOW_MS);
    expect((await post(t, { query: ME }, hammer)).status).toBe(200);
  });

  it('limits anonymous traffic per address without touching signed-in users there', async () => {
    const signedIn = await session(t);
    setClock([t], freshWindow());
    expect(await statuses(10, () => post(t, { query: ME }))).toEqual(Array(10).fill(200));
    expect((await post(t, { query: ME })).status).toBe(429);
    // A made-up cookie is not a fresh budget: it counts as the address's anonymous traffic.
    const forged = await post(t, { query: ME }, `portal_session=forged-${Math.random()}`);
    expect(forged.status).toBe(429);
    const health = await fetch(`${t.url}/api/health`);
    expect(health.status).toBe(429);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await health.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await post(t, { query: ME }, signedIn)).status).toBe(200);
  });

  it('gives searches, exports and imports their own, tighter budget', async () => {
    const [searcher, other] = await Promise.all([session(t), session(t)]);
    setClock([t], freshWindow());
    const search = (cookie: string, text = 'закон') =>
      post(t, { query: SEARCH, variables: { filter: { search: text } } }, cookie);
    // Ordinary requests do not use up the expensive budget…
    expect(await statuses(10, () => post(t, { query: ME }, searcher))).toEqual(Array(10).fill(200));
    // …nor do lists without a search.
    expect((await post(t, { query: SEARCH, variables: { filter: { search: '  ' } } }, searcher)).status).toBe(200);
    expect(await statuses(3, () => search(searcher))).toEqual([200, 200, 200]);
    const limited = await search(searcher);
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'RATE_LIMITED',
    );
    // The general budget is still there, and other people's searches are theirs.
    expect((await post(t, { query: ME }, searcher)).status).toBe(200);
    expect((await search(other)).status).toBe(200);
  });

  it('counts exports, imports and each aliased search as expensive', async () => {
    setClock([t], freshWindow());
    const exporter = await session(t);
    const exportCsv = () => fetch(`${t.url}/api/contacts/export.csv`, { headers: { cookie: exporter } });
    expect(await statuses(4, exportCsv)).toEqual([200, 200, 200, 429]);

    const importer = await session(t);
    const preview = () =>
      post(
        t,
        { query: 'mutation($csv: String!) { previewContactImport(csv: $csv) { total } }', variables: { csv: 'x' } },
        importer,
      );
    expect((await statuses(4, preview)).map((status) => status === 429)).toEqual([false, false, false, true]);

    const aliases = await session(t);
    const three = `{ a: contacts(filter: { search: "Бишкек" }) { total } b: contacts(filter: { search: "Ош" }) { total }
      c: materials(filter: { search: "закон" }) { total } }`;
    expect((await post(t, { query: three }, aliases)).status).toBe(200);
    expect((await post(t, { query: three }, aliases)).status).toBe(429);

    // A word-by-word diff of two revisions is expensive too, whatever it finds.
    const differ = await session(t);
    const diff = () =>
      post(
        t,
        {
          query: 'query($id: ID!) { materialDiff(id: $id, fromNumber: 1, toNumber: 2) { title { value } } }',
          variables: { id: '00000000-0000-4000-8000-000000000000' },
        },
        differ,
      );
    expect((await statuses(4, diff)).map((status) => status === 429)).toEqual([false, false, false, true]);

    // A search sent as a GET counts too.
    const getter = await session(t);
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ contacts(filter: { search: "Ош" }) { total } }')}`;
    const get = () => fetch(url, { headers: { cookie: getter, 'apollo-require-preflight': 'true' } });
    expect((await statuses(4, get)).map((status) => status === 429)).toEqual([false, false, false, true]);
  });

  it('shares the counters between two instances on one database', async () => {
    const second = await TestApp.start(SMALL, { url: t.config.databaseUrl, drop: async () => {} });
    try {
      const cookie = await session(t);
      setClock([t, second], freshWindow());
      expect(await statuses(10, () => post(t, { query: ME }, cookie))).toEqual(Array(10).fill(200));
      expect(await statuses(10, () => post(second, { query: ME }, cookie))).toEqual(Array(10).fill(200));
      expect((await post(second, { query: ME }, cookie)).status).toBe(429);
      expect((await post(t, { query: ME }, cookie)).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('has housekeeping delete past windows', async () => {
    await t.dataSource.query(
      `INSERT INTO rate_limit_counter (key, window_start, count) VALUES ('ip:old', now() - interval '1 hour', 5)`,
    );
    const result = await t.app.get(AuthHousekeepingService).run();
    expect(result.rateLimitWindows).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query(`SELECT 1 FROM rate_limit_counter WHERE key = 'ip:old'`)).toEqual([]);
  });
});
