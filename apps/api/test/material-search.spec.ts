import { createContentItem } from '../src/content/content-items.js';
import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../src/content/content-revision.entity.js';
import { MaterialEntity } from '../src/modules/materials/material.entity.js';
import { doc } from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let reader: { cookie: string };
let updatedAt = Date.parse('2026-01-01T00:00:00Z');

/** An approved material; each one is published later than the previous, so recency order is known. */
async function approved(language: 'ru' | 'ky', title: string, body: string): Promise<string> {
  updatedAt += 60_000;
  return t.dataSource.transaction(async (tx) => {
    const kind = await tx.findOneByOrFail(MaterialKindEntity, { code: 'talking_points' });
    const material = await tx.save(
      tx.create(MaterialEntity, { id: await createContentItem(tx, 'material', null), kindId: kind.id, language }),
    );
    const revision = await tx.save(
      tx.create(ContentRevisionEntity, {
        itemId: material.id,
        number: 1,
        title,
        body: JSON.parse(doc(body)),
        bodyText: body,
        state: 'approved',
      }),
    );
    await tx.update(
      MaterialEntity,
      { id: material.id },
      {
        workingRevisionId: revision.id,
        publishedRevisionId: revision.id,
        updatedAt: new Date(updatedAt),
        publishedAt: new Date(updatedAt),
      },
    );
    return material.id;
  });
}

const SEARCH = `query($search: String!) { materials(filter: { search: $search }, limit: 50) {
  total items { id published { title } snippet { text match } } } }`;

async function found(search: string): Promise<string[]> {
  const result = await t.gql(SEARCH, { search }, reader.cookie);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.materials.items.map((m: { id: string }) => m.id);
}

beforeAll(async () => {
  t = await TestApp.start();
  reader = await t.signInAs(['reader']);
});
afterAll(() => t.close());

describe('Kyrgyz word forms', () => {
  // Each text holds one form of a word; every query holds another form of it (case, plural, possessive).
  const cases: [string, string, string[]][] = [
    ['Өкмөт', 'Өкмөт жаңы программаны кабыл алды.', ['өкмөттүн', 'өкмөткө', 'өкмөттөн', 'өкмөтү']],
    ['Мигранттар', 'Мигранттарга кеңеш берилет.', ['мигрант', 'мигранттын', 'мигранттардын']],
    ['Укук', 'Алардын укуктарын коргоо маанилүү.', ['укук', 'укуктар', 'укугу']],
    ['Уюмдар', 'Жарандык коом уюмдарынын тизмеси.', ['уюм', 'уюмдар', 'уюмга']],
    ['Жабыркагандар', 'Жабыркагандарга жардам көрсөтүлөт.', ['жабыркаган', 'жабыркагандардын']],
    ['Министрлик', 'Министрликтин расмий билдирүүсү.', ['министрлик', 'министрлиги', 'министрликке']],
    ['Бишкек', 'Бишкектеги тренинг.', ['бишкек', 'бишкекте', 'бишкектен']],
  ];
  const ids = new Map<string, string>();

  beforeAll(async () => {
    for (const [key, body] of cases) ids.set(key, await approved('ky', `Текст ${key}`, body));
  });

  it.each(cases.flatMap(([key, , queries]) => queries.map((query) => [query, key])))(
    '«%s» finds the text with «%s»',
    async (query, key) => {
      expect(await found(query)).toContain(ids.get(key));
    },
  );

  it('marks the matched word form in the snippet', async () => {
    const result = await t.gql(SEARCH, { search: 'мигрант' }, reader.cookie);
    const item = result.data?.materials.items.find((m: { id: string }) => m.id === ids.get('Мигранттар'));
    expect(item.snippet).toContainEqual({ text: 'Мигранттарга', match: true });
  });

  it('does not let short or unrelated words match', async () => {
    for (const unrelated of ['ал', 'ук', 'мин', 'бала', 'өкүл', 'уюштуруу']) {
      const hits = await found(unrelated);
      for (const id of ids.values()) expect(hits).not.toContain(id);
    }
  });
});

describe('relevance', () => {
  it('puts a title match above newer texts that only mention the word', async () => {
    const titled = await approved('ky', 'Ысык линия 189: суроолор жана жооптор', 'Ким чала алат жана качан.');
    const mention = await approved('ky', 'Жыйынтыктар', 'Отчетто ысык линия жөнүндө да айтылат.');
    const hits = await found('ысык линия');
    expect(hits.indexOf(titled)).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf(titled)).toBeLessThan(hits.indexOf(mention));
  });

  it('puts words close together above the same words far apart', async () => {
    const near = await approved('ru', 'Памятка', 'Звоните на горячую линию 189, консультации бесплатны.');
    const far = await approved(
      'ru',
      'Отчёт',
      'Горячая погода не помешала встрече. Участники обсудили многое, в том числе новую линию автобусов.',
    );
    const hits = await found('горячая линия');
    expect(hits).toContain(far);
    expect(hits.indexOf(near)).toBeLessThan(hits.indexOf(far));
  });

  it('finds multi-word Kyrgyz queries in other word forms', async () => {
    const id = await approved('ky', 'Кеңеш', 'Ишеним телефону аркылуу кайрылыңыз.');
    expect(await found('ишеним телефон')).toContain(id);
  });

  it('finds the hotline by its old Kyrgyz name and by the glossary term', async () => {
    const glossary = await approved('ky', 'Ысык линия', 'Ысык линия 189 акысыз иштейт.');
    const old = await approved('ky', 'Байланыш', 'Ишеним телефонуна чалыңыз.');
    expect(await found('ишеним телефону')).toEqual(expect.arrayContaining([glossary, old]));
    expect(await found('ысык линия')).toEqual(expect.arrayContaining([glossary, old]));
  });

  it('keeps Russian stemming', async () => {
    const id = await approved('ru', 'Вопросы и ответы о горячей линии', 'Куда звонить пострадавшим.');
    expect(await found('горячая линия')).toContain(id);
    expect(await found('вопросы и ответы')).toContain(id);
    expect(await found('пострадавший')).toContain(id);
  });
});

describe('counting and statements', () => {
  const LIST = `query($search: String, $offset: Int) {
    materials(filter: { search: $search }, offset: $offset, limit: 2) {
      total totalIsCapped items { id approval { approvedBy } changedSinceLastVisit snippet { text } } } }`;

  it('takes the ids of a page and their count in one statement, searching or not', async () => {
    for (let i = 0; i < 3; i++) await approved('ru', `Памятка ${i}`, 'Консультации для трудовых мигрантов.');
    for (const search of [null, 'мигранты']) {
      const { result, statements } = await t.countQueries(() => t.gql(LIST, { search }, reader.cookie));
      expect(result.data?.materials.items).toHaveLength(2);
      // The session, the ids with their count, the page, the approval stamps, the last visit.
      expect(statements).toBe(5);
    }
  });

  it('plans without parallel workers, whose start-up costs a small query more than it saves', async () => {
    const [setting] = await t.dataSource.query('SHOW max_parallel_workers_per_gather');
    expect(setting.max_parallel_workers_per_gather).toBe('0');
  });

  it('counts up to 1000 and says there are more, while the library still pages past them', async () => {
    const [kind] = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'talking_points'`);
    await t.dataSource.query(
      // One statement (its parts see the same snapshot), so every id is chosen up front.
      `WITH ids AS (SELECT gen_random_uuid() AS id, gen_random_uuid() AS rid FROM generate_series(1, 1005)),
            item AS (INSERT INTO content_item (id, type) SELECT id, 'material' FROM ids),
            m AS (INSERT INTO material (id, kind_id, language, updated_at, published_revision_id, working_revision_id)
                  SELECT id, $1, 'ru', '2020-01-01', rid, rid FROM ids)
       INSERT INTO content_revision (id, item_id, number, title, body, body_text, state)
       SELECT rid, id, 1, 'Кворум', '{"type":"doc","content":[]}', 'Кворум собран.', 'approved' FROM ids`,
      [kind.id],
    );
    const page = async (search: string | null, offset: number) => {
      const result = await t.gql(LIST, { search, offset }, reader.cookie);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.materials;
    };
    expect(await page('кворум', 0)).toMatchObject({ total: 1000, totalIsCapped: true });
    // A search ranks the first 1000 matches; the library pages by recency to its end.
    expect((await page('кворум', 999)).items).toHaveLength(1);
    expect((await page('кворум', 1000)).items).toHaveLength(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM material`);
    expect(await page(null, n - 1)).toMatchObject({ total: 1000, totalIsCapped: true, items: [{}] });
  });
});
