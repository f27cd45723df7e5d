// The built API on a throwaway embedded PostgreSQL, in this process, so benchmarks can read its SQL counter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/embedded-db.mjs';
import { ROOT } from '../src/paths.mjs';

const api = (file) => import(path.join(ROOT, 'apps/api/dist', file));

/** `env` adds or overrides settings (e.g. UPLOAD_MAX_BYTES). */
export async function startBenchApp(env = {}) {
  const { createApp } = await api('app.factory.js');
  const { loadConfig } = await api('config/env.js');
  const { typeormOptions } = await api('database/typeorm-options.js');
  const { queryCounter } = await api('database/query-counter.js');
  const { PASSWORD_HASH_COSTS } = await api('auth/password-hash-cost.js');
  const { DataSource } = await import(path.join(ROOT, 'node_modules/typeorm/index.js'));
  const pg = (await import(path.join(ROOT, 'node_modules/pg/lib/index.js'))).default;
  const argon2 = (await import('argon2')).default;

  // BENCH_DATA_DIR keeps the database (and its seeded data) between runs, for measuring one change after another.
  const keep = process.env.BENCH_DATA_DIR;
  const dataDir = keep ?? mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const db = await startEmbeddedPostgres({ dataDir, persistent: !!keep });
  const filesDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-files-'));
  const config = loadConfig({
    DATABASE_URL: db.url,
    NODE_ENV: 'production',
    DEMO_DATA: 'false',
    COOKIE_SECURE: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    // Seeding 100 000 revisions goes through this app's connections.
    STATEMENT_TIMEOUT_MS: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: filesDir,
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const ds = app.get(DataSource);

  // The app runs as in production (strong cost for new hashes); the bench users' own hashes are cheap to verify,
  // since sign-in is not what the benchmarks measure.
  const password = 'bench-password-123';
  const hash = await argon2.hash(password, { type: argon2.argon2id, ...PASSWORD_HASH_COSTS.fast });

  /** Creates an active user with these roles and returns a session cookie. */
  const signInAs = async (email, roles) => {
    const [user] = await ds.query(
      `INSERT INTO app_user (email, display_name, roles, status, password_hash) VALUES ($1, $1, $2, 'active', $3)
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
      [email, roles, hash],
    );
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
        variables: { i: { email, password } },
      }),
    });
    return { id: user.id, cookie: res.headers.get('set-cookie').split(';')[0] };
  };

  // The floor: the same statements straight through `pg`, on a pool as large as the API's.
  const floorPool = new pg.Pool({
    connectionString: db.url,
    max: 10,
    options: typeormOptions(db.url).extra.options,
  });

  /**
   * A sender for `load`, the statements one call costs, and `floor()`: a sender that replays those statements
   * through `pg` (one connection per request, in order, so transactions replay as they ran).
   */
  const graphql = (cookie, query, variables = {}) => {
    const body = JSON.stringify({ query, variables });
    const send = async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
      const json = await res.json();
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return res.ok;
    };
    let captured = [];
    const statements = async () => {
      queryCounter.captured = [];
      try {
        await send();
        captured = queryCounter.captured;
      } finally {
        queryCounter.captured = null;
      }
      return captured.length;
    };
    const floor = async () => {
      const client = await floorPool.connect();
      try {
        for (const { query: sql, parameters } of captured) await client.query(sql, parameters);
        return true;
      } finally {
        client.release();
      }
    };
    return { send, statements, floor, sql: () => captured };
  };

  /** Prints each statement with its measured plan (EXPLAIN ANALYZE runs it; only SELECTs are explained). */
  const explain = async (statements) => {
    for (const { query, parameters } of statements) {
      console.log(`\n${query}\n  -- ${JSON.stringify(parameters)}`);
      if (!/^\s*(SELECT|WITH)/i.test(query)) continue;
      const { rows } = await floorPool.query(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, parameters);
      for (const row of rows) console.log(`  ${row['QUERY PLAN']}`);
    }
  };

  const stop = async () => {
    await floorPool.end();
    await app.close();
    await db.stop();
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  };
  return { ds, url, dbUrl: db.url, signInAs, graphql, explain, stop };
}

/** One case: the API under load and, when given, the floor (its statements through `pg` at the same concurrency). */
export function printRow(name, statements, result, floor) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(10);
  const cells = [
    name.padEnd(44),
    String(statements).padStart(12),
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    result.rps.toFixed(0).padStart(8),
  ];
  // The ratio compares throughput: how many times longer a request takes through the API than its bare SQL.
  if (floor)
    cells.push(ms(floor.p95), floor.rps.toFixed(0).padStart(8), (floor.rps / result.rps).toFixed(2).padStart(6));
  console.log(...cells);
}

export function printHeader(withFloor = false) {
  const cells = [
    'case'.padEnd(44),
    'SQL/request'.padStart(12),
    'p50'.padStart(10),
    'p95'.padStart(10),
    'p99'.padStart(10),
    'req/s'.padStart(8),
  ];
  if (withFloor) cells.push('floor p95'.padStart(10), 'floor/s'.padStart(8), 'ratio'.padStart(6));
  console.log(...cells);
}
