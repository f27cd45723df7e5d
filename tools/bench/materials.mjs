// Seeds 50 000 materials with two revisions each on a throwaway embedded PostgreSQL and prints the SQL statements
// per request of the library list and of a material page, and latency percentiles of library search under load.
// Beside each case, the floor: the same statements replayed straight through `pg` at the same concurrency, and the
// ratio of the two throughputs (API/floor).
// Run after `npm run build`:  npm run bench:materials   (BENCH_REQUESTS / BENCH_CONCURRENCY change the load;
// BENCH_SQL=1 prints each case's statements with their plans; BENCH_ONLY=<regexp> picks cases by name)
import { printHeader, printRow, startBenchApp } from './bench-app.mjs';
import { load } from './load.mjs';

const MATERIALS = Number(process.env.BENCH_MATERIALS ?? 50_000);
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const WORDS = [
  'миграция',
  'мигрантов',
  'горячая линия',
  'торговля людьми',
  'помощь',
  'семьи',
  'возвращение',
  'безопасность',
  'работодатель',
  'паспорт',
];

const bench = await startBenchApp();

/** Revision 1 approved and published, revision 2 a draft; every fifth material in Kyrgyz. */
async function seed(editor, approver) {
  await bench.ds.query(
    `INSERT INTO content_item (id, type, created_by) SELECT gen_random_uuid(), 'material', $2 FROM generate_series(1, $1)`,
    [MATERIALS, editor.id],
  );
  await bench.ds.query(
    `INSERT INTO material (id, kind_id, language, audiences, channels, created_by, published_at)
     SELECT c.id, k.id, CASE WHEN c.i % 5 = 0 THEN 'ky' ELSE 'ru' END,
            ARRAY['migrants_families'], ARRAY['СМИ'], $1, now() - (c.i || ' minutes')::interval
       FROM (SELECT id, row_number() OVER () AS i FROM content_item ci
              WHERE type = 'material' AND NOT EXISTS (SELECT 1 FROM material WHERE material.id = ci.id)) c
       JOIN (SELECT id, row_number() OVER (ORDER BY sort_order) - 1 AS n FROM material_kind) k ON k.n = c.i % 7`,
    [editor.id],
  );
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`;
  await bench.ds.query(
    `INSERT INTO content_revision (item_id, number, title, body, body_text, state, author_id)
     SELECT m.id, r.n, 'Материал ' || row_number() OVER () || ': ' || (${words})[1 + (abs(hashtext(m.id::text)) % 10)],
            '{"type":"doc","content":[]}',
            'Текст о том, что ' || (${words})[1 + (abs(hashtext(m.id::text || r.n)) % 10)] || ' важна для всех. '
              || repeat('Рабочая группа согласовала формулировки для выступлений и вопросов и ответов. ', 8),
            CASE WHEN r.n = 1 THEN 'approved' ELSE 'draft' END, $1
       FROM material m CROSS JOIN (VALUES (1), (2)) r(n)`,
    [editor.id],
  );
  await bench.ds.query(
    `UPDATE material m SET published_revision_id = r1.id, working_revision_id = r2.id
       FROM content_revision r1, content_revision r2
      WHERE r1.item_id = m.id AND r1.number = 1 AND r2.item_id = m.id AND r2.number = 2`,
  );
  await bench.ds.query(
    `INSERT INTO content_transition (item_id, revision_id, revision_number, transition, from_state, to_state, actor_id)
     SELECT item_id, id, 1, 'approve', 'in_review', 'approved', $1 FROM content_revision WHERE number = 1`,
    [approver.id],
  );
}

try {
  const editor = await bench.signInAs('editor@bench.kg', ['editor']);
  const approver = await bench.signInAs('approver@bench.kg', ['approver']);
  const started = Date.now();
  const [{ seeded }] = await bench.ds.query(`SELECT count(*)::int AS seeded FROM material`);
  if (seeded < MATERIALS) await seed(editor, approver);
  // Index-only scans rely on the visibility map that a running database's autovacuum keeps current.
  await bench.ds.query('VACUUM ANALYZE');
  console.log(
    `${MATERIALS} materials, ${MATERIALS * 2} revisions ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const reader = await bench.signInAs('reader@bench.kg', ['reader']);
  const member = await bench.signInAs('member@bench.kg', ['member']);
  const [{ id }] = await bench.ds.query('SELECT id FROM material ORDER BY published_at DESC LIMIT 1');
  const card =
    'id language changedSinceLastVisit outdated kind { code nameRu } approval { approvedBy approvedAt revisionNumber } published { title state }';
  const list = `query($filter: MaterialFilterInput, $view: MaterialView) { materials(filter: $filter, view: $view, limit: 25) {
    total items { ${card} snippet { text match } } } }`;
  const page = `query($id: ID!) { material(id: $id) { ${card} working { title bodyText state version } published { body bodyText }
    translations { id language outdated } source { id title } supersededBy { id title } availableTransitions }
    materialHistory(id: $id) { transition actorName createdAt } materialComments(materialId: $id) { id body authorName } }`;

  const cases = [
    ['library list, reader, 25 per page', reader.cookie, list, {}],
    ['library list, member, working view', member.cookie, list, { view: 'working' }],
    ['material page (member)', member.cookie, page, { id }],
    ['search "мигранты", reader', reader.cookie, list, { filter: { search: 'мигранты' } }],
    ['search "мигранттардын" (Kyrgyz form), reader', reader.cookie, list, { filter: { search: 'мигранттардын' } }],
    ['search "горячая линия", member', member.cookie, list, { filter: { search: 'горячая линия' } }],
    ['search + kind/language filter, reader', reader.cookie, list, { filter: { search: 'паспорт', language: 'ru' } }],
  ];
  console.log(`\nmaterials — ${TOTAL} requests per case, ${CONCURRENCY} concurrent, loopback\n`);
  printHeader(true);
  for (const [name, cookie, query, variables] of cases) {
    if (process.env.BENCH_ONLY && !new RegExp(process.env.BENCH_ONLY).test(name)) continue;
    const { send, statements, floor, sql } = bench.graphql(cookie, query, variables);
    const count = await statements();
    if (process.env.BENCH_SQL) await bench.explain(sql());
    const api = await load({ total: TOTAL, concurrency: CONCURRENCY, send });
    printRow(name, count, api, await load({ total: TOTAL, concurrency: CONCURRENCY, send: floor }));
  }
} finally {
  await bench.stop();
}
