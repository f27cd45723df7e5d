// Times a big PDF/DOCX export and a diff of two unrelated long revisions on the built API, and what a health check
// and the event loop go through meanwhile (both stalled for 20–30 s when the work ran on the event loop).
// Run after `npm run build`:  npm run bench:exports
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBenchApp } from './bench-app.mjs';

const WORDS = ['торговля', 'людьми', 'горячая', 'линия', 'мигрант', 'жабыркагандар', 'помощь', 'семья', 'закон'];
const text = (chars, seed) => {
  const out = [];
  for (let i = 0, length = 0; length < chars; i++) {
    out.push(`${WORDS[(i * seed) % WORDS.length]}${i % 11 === 0 ? seed : ''}${i % 60 === 59 ? '.\n' : ''}`);
    length += out.at(-1).length + 1;
  }
  return out.join(' ');
};

const bench = await startBenchApp();
const base = bench.url.replace(/\/graphql$/, '');
try {
  const member = await bench.signInAs('member@bench.kg', ['member']);
  const [kind] = await bench.ds.query(`SELECT id FROM material_kind WHERE code = 'press_release'`);
  const material = async (...bodies) => {
    const [{ id }] = await bench.ds.query(`INSERT INTO content_item (type) VALUES ('material') RETURNING id`);
    await bench.ds.query(`INSERT INTO material (id, kind_id, language) VALUES ($1, $2, 'ru')`, [id, kind.id]);
    const revisions = [];
    for (const [index, body] of bodies.entries()) {
      const paragraphs = body.split('\n');
      const doc = {
        type: 'doc',
        content: paragraphs.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })),
      };
      const [row] = await bench.ds.query(
        `INSERT INTO content_revision (item_id, number, title, body, body_text, state)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [id, index + 1, `Текст ${index + 1}`, doc, body, index === 0 ? 'approved' : 'draft'],
      );
      revisions.push(row.id);
    }
    await bench.ds.query(`UPDATE material SET published_revision_id = $2, working_revision_id = $3 WHERE id = $1`, [
      id,
      revisions[0],
      revisions.at(-1),
    ]);
    return id;
  };
  const five = [];
  for (let i = 0; i < 5; i++) five.push(await material(text(40_000, i + 2)));
  const pair = await material(text(40_000, 7).replaceAll('\n', ' '), text(40_000, 5).replaceAll('\n', ' '));

  /** Runs `work` while polling /api/health every 50 ms; reports the work's time and the worst health answer. */
  const measure = async (name, work) => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let done = false;
    let worstHealth = 0;
    const poll = (async () => {
      while (!done) {
        const t0 = performance.now();
        await fetch(`${base}/api/health`);
        worstHealth = Math.max(worstHealth, performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const t0 = performance.now();
    const outcome = await work();
    const took = performance.now() - t0;
    done = true;
    await poll;
    delay.disable();
    console.log(
      name.padEnd(52),
      `${(took / 1000).toFixed(1)} s`.padStart(8),
      `${worstHealth.toFixed(0)} ms`.padStart(12),
      `${(delay.max / 1e6).toFixed(0)} ms`.padStart(14),
      `  ${outcome}`,
    );
  };
  const get = (path) => async () => {
    const res = await fetch(`${base}${path}`, { headers: { cookie: member.cookie } });
    return `${res.status} ${(await res.arrayBuffer()).byteLength} bytes`;
  };

  console.log('\nexports and diffs — work off the event loop\n');
  console.log('case'.padEnd(52), 'took'.padStart(8), 'worst health'.padStart(12), 'max loop delay'.padStart(14));
  // On a loaded machine the loop and health checks wait for a CPU too: this row is that floor.
  await measure('nothing (baseline, 5 s)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return '';
  });
  await measure('PDF, 5 texts × 40 000 characters', get(`/api/materials/export.pdf?ids=${five.join(',')}`));
  await measure('DOCX, 5 texts × 40 000 characters', get(`/api/materials/export.docx?ids=${five.join(',')}`));
  await measure(
    'PDF, the same 40 000-character id × 20',
    get(`/api/materials/export.pdf?ids=${Array(20).fill(five[0])}`),
  );
  await measure('diff of two unrelated 40 000-character revisions', async () => {
    const res = await fetch(bench.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: member.cookie },
      body: JSON.stringify({ query: `{ materialDiff(id: "${pair}", fromNumber: 1, toNumber: 2) { body { added } } }` }),
    });
    const json = await res.json();
    return json.errors ? json.errors[0].extensions.code : `${json.data.materialDiff.body.length} parts`;
  });
} finally {
  await bench.stop();
}
