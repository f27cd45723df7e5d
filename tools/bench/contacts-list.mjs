// Seeds 10 000 contacts on a throwaway embedded PostgreSQL and prints, for the contacts list at page sizes 10 and
// 100 (plus a filter and a text search), the SQL statements per request and latency percentiles under load.
// Run after `npm run build`:  npm run bench:contacts   (BENCH_REQUESTS / BENCH_CONCURRENCY change the load)
import { printHeader, printRow, startBenchApp } from './bench-app.mjs';
import { load } from './load.mjs';

const CONTACTS = 10_000;
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

const bench = await startBenchApp();
try {
  await bench.ds.query(
    `INSERT INTO organization (name, type) SELECT 'Организация ' || i, (ARRAY['ministry','cso','international','media'])[1 + i % 4] FROM generate_series(1, 200) i`,
  );
  await bench.ds.query(
    `INSERT INTO contact (kind, name, position, organization_id, region, category, phones, emails, languages)
     SELECT 'person', 'Контакт ' || i || ' ' || (ARRAY['Асанова','Бекова','Жумабаев','Осмонов','Турсунова'])[1 + i % 5],
            'Специалист', o.id,
            (ARRAY['bishkek','osh_city','batken','chui','issyk_kul','jalal_abad','naryn','osh','talas'])[1 + i % 9],
            (ARRAY['ministry_national','ministry_regional','government_agency','press','cso_leader','private_sector_leader'])[1 + i % 6],
            ARRAY['+996555' || lpad(i::text, 6, '0')], ARRAY['c' || i || '@example.kg'], ARRAY['ru','ky']
       FROM generate_series(1, $1) i
       JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organization) o ON o.n = i % 200`,
    [CONTACTS],
  );
  await bench.ds.query('ANALYZE');
  const { cookie } = await bench.signInAs('bench@test.kg', ['member']);
  const fields =
    'id kind name position region category phones emails languages status version updatedAt organization { id name shortName type }';
  const query = `query($filter: ContactFilterInput, $limit: Int) { contacts(filter: $filter, limit: $limit) { total items { ${fields} } } }`;
  const cases = [
    ['contacts list, page size 10', { limit: 10 }],
    ['contacts list, page size 100', { limit: 100 }],
    ['category + region filter, page size 100', { limit: 100, filter: { categories: ['press'], region: 'bishkek' } }],
    ['search "асанова", page size 25', { limit: 25, filter: { search: 'асанова' } }],
  ];
  console.log(`contacts — ${CONTACTS} contacts, ${TOTAL} requests per case, ${CONCURRENCY} concurrent, loopback\n`);
  printHeader();
  for (const [name, variables] of cases) {
    const { send, statements } = bench.graphql(cookie, query, variables);
    printRow(name, await statements(), await load({ total: TOTAL, concurrency: CONCURRENCY, send }));
  }
} finally {
  await bench.stop();
}
