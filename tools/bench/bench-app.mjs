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
  const { queryCounter } = await api('database/query-counter.js');
  const { PASSWORD_HASH_COSTS } = await api('auth/password-hash-cost.js');
  const { DataSource } = await import(path.join(ROOT, 'node_modules/typeorm/index.js'));
  const argon2 = (await import('argon2')).default;

  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const db = await startEmbeddedPostgres({ dataDir, persistent: false });
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
      `INSERT INTO app_user (email, display_name, roles, status, password_hash) VALUES ($1, $1, $2, 'active', $3) RETURNING id`,
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

  /** A sender for `load`, plus the statements one call costs. */
  const graphql = (cookie, query, variables = {}) => {
    const body = JSON.stringify({ query, variables });
    const send = async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
      const json = await res.json();
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return res.ok;
    };
    const statements = async () => {
      const before = queryCounter.count;
      await send();
      return queryCounter.count - before;
    };
    return { send, statements };
  };

  const stop = async () => {
    await app.close();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  };
  return { ds, url, signInAs, graphql, stop };
}

export function printRow(name, statements, result) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(10);
  console.log(
    name.padEnd(44),
    String(statements).padStart(12),
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    result.rps.toFixed(0).padStart(8),
  );
}

export function printHeader() {
  console.log(
    'case'.padEnd(44),
    'SQL/request'.padStart(12),
    'p50'.padStart(10),
    'p95'.padStart(10),
    'p99'.padStart(10),
    'req/s'.padStart(8),
  );
}
