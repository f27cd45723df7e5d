import { createContentItem } from '../src/content/content-items.js';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MAX_PARAGRAPH_EDITS } from '../src/modules/materials/export/revision-diff.js';
import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../src/content/content-revision.entity.js';
import { MaterialEntity } from '../src/modules/materials/material.entity.js';
import { doc } from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let member: string;

beforeAll(async () => {
  t = await TestApp.start();
  member = (await t.signInAs(['member'])).cookie;
});
afterAll(() => t.close());

const DIFF = `query($id: ID!) { materialDiff(id: $id, fromNumber: 1, toNumber: 2) {
  title { value added removed } body { value added removed } } }`;

/** A material with two revisions of the given paragraphs, written straight to the database. */
async function twoRevisions(from: string[], to: string[]) {
  return t.dataSource.transaction(async (tx) => {
    const kind = await tx.findOneByOrFail(MaterialKindEntity, { code: 'press_release' });
    const material = await tx.save(
      tx.create(MaterialEntity, { id: await createContentItem(tx, 'material', null), kindId: kind.id, language: 'ru' }),
    );
    const revisions = [];
    for (const [index, paragraphs] of [from, to].entries()) {
      revisions.push(
        await tx.save(
          tx.create(ContentRevisionEntity, {
            itemId: material.id,
            number: index + 1,
            title: `Редакция ${index + 1}`,
            body: JSON.parse(doc(...paragraphs)),
            bodyText: paragraphs.join('\n'),
            state: index === 0 ? 'approved' : 'draft',
          }),
        ),
      );
    }
    await tx.update(
      MaterialEntity,
      { id: material.id },
      { publishedRevisionId: revisions[0].id, workingRevisionId: revisions[1].id },
    );
    return material.id;
  });
}

/** About `chars` characters of Russian words in one paragraph, different for each seed. */
const longParagraph = (chars: number, seed: number) => {
  const words = ['торговля', 'людьми', 'горячая', 'линия', 'мигрант', 'жабыркагандар', 'помощь', 'семья', 'закон'];
  const out: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    out.push(`${words[(i * seed) % words.length]}${i % 11 === 0 ? seed : ''}`);
    length += out.at(-1)!.length + 1;
  }
  return out.join(' ');
};

describe('materialDiff on long texts', () => {
  it('compares two unrelated 40 000-character revisions off the event loop, as a bounded result', async () => {
    const from = longParagraph(40_000, 7);
    const to = longParagraph(40_000, 5);
    const id = await twoRevisions([from], [to]);
    const order: string[] = [];
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const diffing = t.gql(DIFF, { id }, member).then((res) => {
      order.push('diff');
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const me = t.gql('{ me { user { id } } }', {}, member).then((res) => {
      expect(res.errors).toBeUndefined();
      order.push('me');
    });
    const health = fetch(`${t.url}/api/health`).then((res) => {
      expect(res.status).toBe(200);
      order.push('health');
    });
    const [diff] = await Promise.all([diffing, me, health]);
    delay.disable();
    expect(order.at(-1)).toBe('diff');
    // An order-of-magnitude check: diffing on the event loop blocked it for ~30 s.
    expect(delay.max / 1e6).toBeLessThan(1_000);

    expect(diff.errors).toBeUndefined();
    const body: { value: string; added: boolean; removed: boolean }[] = diff.data?.materialDiff.body;
    expect(
      body
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(from);
    expect(
      body
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(to);
  }, 120_000);

  it('refuses revisions whose paragraphs differ beyond the limit with DIFF_TOO_LARGE', async () => {
    const paragraphs = (word: string) => Array.from({ length: MAX_PARAGRAPH_EDITS }, (_, i) => `${word} ${i}.`);
    const id = await twoRevisions(paragraphs('Абзац'), paragraphs('Бөлүм'));
    const res = await t.gql(DIFF, { id }, member);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('DIFF_TOO_LARGE');
  }, 60_000);

  it('still finds the one changed word of a long text, keeping Cyrillic words whole', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `${i}. ${longParagraph(200, i + 2)}`);
    const changed = paragraphs.map((p, i) => (i === 150 ? p.replace(/людьми/, 'людьми и мигрантами') : p));
    const res = await t.gql(DIFF, { id: await twoRevisions(paragraphs, changed) }, member);
    const body: { value: string; added: boolean; removed: boolean }[] = res.data?.materialDiff.body;
    expect(body.filter((p) => p.added || p.removed).map((p) => p.value.trim())).toEqual(['и мигрантами']);
  });
});
