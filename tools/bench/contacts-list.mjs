// Seeds 10 000 contacts on a throwaway embedded PostgreSQL and prints, for the contacts list at page sizes 10 and
// 100 (plus a text search), the SQL statements per request and latency percentiles under concurrent load.
// Run after `npm run build`:  npm run bench:contacts   (BENCH_REQUESTS / BENCH_CONCURRENCY to change the load)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/embedded-db.mjs';
import { ROOT } from '../src/paths.mjs';
import { load, ms } from './load.mjs';

const api = (file) => import(path.join(ROOT, 'apps/api/dist', file));
const { createApp } = await api('app.factory.js');
const { loadConfig } = await api('config/env.js');
const { queryCounter } = await api('database/query-counter.js');
const argon2 = (await import('argon2')).default;

const CONTACTS = 10_000;
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
const db = await startEmbeddedPostgres({ dataDir, persistent: false });
const config = loadConfig({
  DATABASE_URL: db.url,
  NODE_ENV: 'production',
  DEMO_DATA: 'false',
  COOKIE_SECURE: 'false',
  RATE_LIMIT_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
});
const app = await createApp(config);
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;

try {
  const { DataSource } = await import(path.join(ROOT, 'node_modules/typeorm/index.js'));
  const ds = app.get(DataSource);
  const hash = await argon2.hash('bench-password-123', { type: argon2.argon2id });
  await ds.query(
    `INSERT INTO organization (name, type) SELECT 'Организация ' || i, (ARRAY['ministry','cso','international','media'])[1 + i % 4] FROM generate_series(1, 200) i`,
  );
  await ds.query(
    `INSERT INTO contact (kind, name, position, organization_id, region, category, phones, emails, languages)
     SELECT 'person', 'Контакт ' || i || ' ' || (ARRAY['Асанова','Бекова','Жумабаев','Осмонов','Турсунова'])[1 + i % 5],
            'Специалист', (SELECT id FROM organization ORDER BY name OFFSET (i % 200) LIMIT 1),
            (ARRAY['bishkek','osh_city','batken','chui','issyk_kul','jalal_abad','naryn','osh','talas'])[1 + i % 9],
            (ARRAY['ministry_national','ministry_regional','government_agency','press','cso_leader','private_sector_leader'])[1 + i % 6],
            ARRAY['+996555' || lpad(i::text, 6, '0')], ARRAY['c' || i || '@example.kg'], ARRAY['ru','ky']
       FROM generate_series(1, $1) i`,
    [CONTACTS],
  );
  await ds.query('ANALYZE');
  await ds.query(
    `INSERT INTO app_user (email, display_name, roles, status, password_hash) VALUES ('bench@test.kg', 'Bench', '{member}', 'active', $1)`,
    [hash],
  );
  const signIn = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { signIn(input: { email: "bench@test.kg", password: "bench-password-123" }) { user { id } } }',
    }),
  });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];

  const fields =
    'id kind name position region category phones emails languages status version updatedAt organization { id name shortName type }';
  const cases = [
    ['list, page size 10', { limit: 10 }],
    ['list, page size 100', { limit: 100 }],
    ['list, category + region filter, 100', { limit: 100, filter: { categories: ['press'], region: 'osh' } }],
    ['search "асанова", 25', { limit: 25, filter: { search: 'асанова' } }],
  ];
  console.log(
    `contacts list benchmark — ${CONTACTS} contacts, ${TOTAL} requests per case, ${CONCURRENCY} concurrent, loopback\n`,
  );
  console.log(
    'case'.padEnd(40),
    'SQL/request'.padStart(12),
    'p50'.padStart(10),
    'p95'.padStart(10),
    'p99'.padStart(10),
    'req/s'.padStart(8),
  );
  for (const [name, variables] of cases) {
    const body = JSON.stringify({
      query: `query($filter: ContactFilterInput, $limit: Int) { contacts(filter: $filter, limit: $limit) { total items { ${fields} } } }`,
      variables,
    });
    const send = async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
      const json = await res.json();
      return res.ok && !json.errors;
    };
    const before = queryCounter.count;
    if (!(await send())) throw new Error(`${name}: the query failed`);
    const statements = queryCounter.count - before;
    const result = await load({ total: TOTAL, concurrency: CONCURRENCY, send });
    if (result.failures) throw new Error(`${name}: ${result.failures} requests failed`);
    console.log(
      name.padEnd(40),
      String(statements).padStart(12),
      ms(result.p50).padStart(10),
      ms(result.p95).padStart(10),
      ms(result.p99).padStart(10),
      result.rps.toFixed(0).padStart(8),
    );
  }
} finally {
  await app.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
