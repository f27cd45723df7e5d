import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { createAgreedCampaign } from './support/campaign-factory.js';
import { CREATE_MATERIAL, doc, MATERIAL, SAVE_MATERIAL, TRANSITION } from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let kindId: string;
let editor: { user: { id: string }; cookie: string };
let translator: { user: { id: string }; cookie: string };
let approver: { cookie: string };
let reader: { cookie: string };
let member: { user: { id: string }; cookie: string };

beforeAll(async () => {
  t = await TestApp.start();
  kindId = (await t.dataSource.getRepository(MaterialKindEntity).findOneByOrFail({ code: 'qa' })).id;
  editor = await t.signInAs(['editor'], { displayName: 'Нургуль Редактор' });
  translator = await t.signInAs(['editor'], { displayName: 'Азамат Переводчик' });
  approver = await t.signInAs(['approver', 'member'], { displayName: 'Бакыт Утверждающий' });
  reader = await t.signInAs(['reader']);
  member = await t.signInAs(['member'], { displayName: 'Эрмек Участник' });
});
afterAll(() => t.close());

const EXTRA = `id withdrawnAt withdrawalReason expired changedSinceLastVisit outdated
  approval { state approvedBy revisionNumber approvedAt }
  source { id title language } supersededBy { id title }
  translations { id language title state outdated }
  published { number title } working { number version }`;
const get = async (id: string, cookie: string) =>
  (await t.gql(`query($id: ID!) { material(id: $id) { ${EXTRA} } }`, { id }, cookie)).data?.material;

async function publish(id: string, by = editor.cookie) {
  for (const [transition, cookie] of [
    ['submit', by],
    ['approve', approver.cookie],
  ] as const) {
    const version = (await t.gql(MATERIAL, { id }, cookie)).data?.material.working.version;
    const result = await t.gql(TRANSITION, { id, input: { transition, revisionVersion: version } }, cookie);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }
}

async function create(cookie = editor.cookie, title = 'Вопросы и ответы о безопасной миграции', extra = {}) {
  const r = await t.gql(
    CREATE_MATERIAL,
    { input: { kindId, language: 'ru', title, body: doc('Что такое безопасная миграция?'), ...extra } },
    cookie,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createMaterial.id as string;
}

describe('approval stamp and "what changed"', () => {
  it('shows who approved which revision when, and flags texts published since the last visit', async () => {
    await t.gql('mutation { markLibraryVisited }', {}, reader.cookie);
    const id = await create();
    await publish(id);
    const seen = await get(id, reader.cookie);
    expect(seen.approval).toMatchObject({ state: 'approved', approvedBy: 'Бакыт Утверждающий', revisionNumber: 1 });
    expect(seen.changedSinceLastVisit).toBe(true);
    await t.gql('mutation { markLibraryVisited }', {}, reader.cookie);
    expect((await get(id, reader.cookie)).changedSinceLastVisit).toBe(false);
  });

  it('issues a constant number of statements for a page of materials with their extras', async () => {
    for (let i = 0; i < 3; i++) await publish(await create());
    const query = `{ materials(limit: 50) { items { ${EXTRA} } } }`;
    const few = await t.countQueries(() => t.gql(query.replace('limit: 50', 'limit: 2'), {}, member.cookie));
    const many = await t.countQueries(() => t.gql(query, {}, member.cookie));
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(8);
  });
});

describe('withdrawal and validity', () => {
  it('keeps a withdrawn text visible to readers with the reason and its replacement', async () => {
    const old = await create(editor.cookie, 'Старая памятка');
    const replacement = await create(editor.cookie, 'Новая памятка');
    await publish(old);
    await publish(replacement);
    const denied = await t.gql(
      'mutation($id: ID!) { withdrawMaterial(id: $id, input: { reason: "Устарело" }) { id } }',
      { id: old },
      member.cookie,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const result = await t.gql(
      'mutation($id: ID!, $input: WithdrawMaterialInput!) { withdrawMaterial(id: $id, input: $input) { id } }',
      { id: old, input: { reason: 'Номер горячей линии изменился', supersededById: replacement } },
      approver.cookie,
    );
    expect(result.errors).toBeUndefined();
    const seen = await get(old, reader.cookie);
    expect(seen).toMatchObject({
      withdrawalReason: 'Номер горячей линии изменился',
      supersededBy: { id: replacement, title: 'Новая памятка' },
    });
    expect(seen.withdrawnAt).toBeTruthy();
  });

  it('flags texts past their validity date', async () => {
    const id = await create(editor.cookie, 'Устаревшие тезисы', { validUntil: '2020-01-31' });
    expect((await get(id, member.cookie)).expired).toBe(true);
  });
});

describe('translations', () => {
  const TRANSLATE =
    'mutation($sourceId: ID!, $input: CreateTranslationInput!) { createTranslation(sourceId: $sourceId, input: $input) { id language working { version number } } }';

  it('are approved per language and marked outdated when the source moves on', async () => {
    const source = await create();
    await publish(source);
    const made = await t.gql(
      TRANSLATE,
      {
        sourceId: source,
        input: { language: 'ky', title: 'Коопсуз миграция жөнүндө', body: doc('Коопсуз миграция деген эмне?') },
      },
      translator.cookie,
    );
    const ky = made.data?.createTranslation.id;
    expect((await get(source, reader.cookie)).translations).toEqual([]);
    await publish(ky, translator.cookie);
    expect(await get(ky, reader.cookie)).toMatchObject({ outdated: false, source: { id: source, language: 'ru' } });
    expect((await get(source, reader.cookie)).translations).toEqual([
      { id: ky, language: 'ky', title: 'Коопсуз миграция жөнүндө', state: null, outdated: false },
    ]);

    const again = await t.gql(
      TRANSLATE,
      { sourceId: source, input: { language: 'ky', title: 'Экинчи', body: doc('Текст') } },
      translator.cookie,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    // The source is revised and approved again: the Kyrgyz text still shows, flagged outdated.
    const revised = await t.gql(
      SAVE_MATERIAL,
      {
        id: source,
        input: { title: 'Вопросы и ответы (ред. 2)', body: doc('Новый ответ'), revisionNumber: 1, revisionVersion: 3 },
      },
      editor.cookie,
    );
    expect(revised.errors).toBeUndefined();
    await publish(source);
    const stale = await get(ky, reader.cookie);
    expect(stale).toMatchObject({ outdated: true, published: { title: 'Коопсуз миграция жөнүндө' } });

    // The translator revises it against the new source and it is approved: up to date again.
    const update = await t.gql(
      SAVE_MATERIAL,
      {
        id: ky,
        input: { title: 'Коопсуз миграция (2-ред.)', body: doc('Жаңы жооп'), revisionNumber: 1, revisionVersion: 3 },
      },
      translator.cookie,
    );
    expect(update.errors).toBeUndefined();
    await publish(ky, translator.cookie);
    expect((await get(ky, reader.cookie)).outdated).toBe(false);
  });

  it('refuses a translation into the source language', async () => {
    const source = await create();
    const same = await t.gql(
      TRANSLATE,
      { sourceId: source, input: { language: 'ru', title: 'Копия', body: doc('Текст') } },
      translator.cookie,
    );
    expect(same.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.language', reason: 'sameLanguage' });
  });
});

describe('revisions and diff', () => {
  it('keeps every revision and shows a word diff between any two, to members but not readers', async () => {
    const id = await create(editor.cookie, 'Тезисы', { body: doc('Звоните на горячую линию 189.') });
    await publish(id);
    await t.gql(
      SAVE_MATERIAL,
      {
        id,
        input: {
          title: 'Тезисы (новые)',
          body: doc('Звоните бесплатно на горячую линию 189.'),
          revisionNumber: 1,
          revisionVersion: 3,
        },
      },
      editor.cookie,
    );
    const revisions = await t.gql(
      'query($id: ID!) { materialRevisions(id: $id) { number state authorName } }',
      { id },
      member.cookie,
    );
    expect(revisions.data?.materialRevisions).toEqual([
      { number: 1, state: 'approved', authorName: 'Нургуль Редактор' },
      { number: 2, state: 'draft', authorName: 'Нургуль Редактор' },
    ]);
    const diff = await t.gql(
      'query($id: ID!) { materialDiff(id: $id, fromNumber: 1, toNumber: 2) { title { value added removed } body { value added } } }',
      { id },
      member.cookie,
    );
    expect(
      diff.data?.materialDiff.body
        .filter((p: { added: boolean }) => p.added)
        .map((p: { value: string }) => p.value.trim()),
    ).toEqual(['бесплатно']);
    expect(
      diff.data?.materialDiff.title.some(
        (p: { added: boolean; value: string }) => p.added && p.value.includes('новые'),
      ),
    ).toBe(true);
    const forReader = await t.gql('query($id: ID!) { materialRevisions(id: $id) { number } }', { id }, reader.cookie);
    expect(forReader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const missing = await t.gql(
      'query($id: ID!) { materialDiff(id: $id, fromNumber: 1, toNumber: 9) { body { value } } }',
      { id },
      member.cookie,
    );
    expect(missing.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'toNumber', reason: 'notFound' });
  });
});

describe('comments', () => {
  const ADD =
    'mutation($id: ID!, $input: CommentInput!) { addMaterialComment(materialId: $id, input: $input) { id parentId anchor body authorName resolvedAt } }';

  it('threads, anchors, lets only authors edit and editors or authors resolve, and never touches the text', async () => {
    const id = await create();
    const before = await t.gql(MATERIAL, { id }, member.cookie);
    const top = await t.gql(
      ADD,
      { id, input: { body: 'Ответ на вопрос 2 слишком длинный', anchor: 'pair:2' } },
      member.cookie,
    );
    expect(top.data?.addMaterialComment).toMatchObject({
      anchor: 'pair:2',
      authorName: 'Эрмек Участник',
      resolvedAt: null,
    });
    const topId = top.data?.addMaterialComment.id;
    const reply = await t.gql(ADD, { id, input: { body: 'Сократим', parentId: topId } }, editor.cookie);
    expect(reply.data?.addMaterialComment.parentId).toBe(topId);

    const badAnchor = await t.gql(ADD, { id, input: { body: 'x', anchor: 'paragraph 7' } }, member.cookie);
    expect(badAnchor.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.anchor' });

    const EDIT = 'mutation($id: ID!) { editMaterialComment(id: $id, input: { body: "Исправлено" }) { body editedAt } }';
    expect((await t.gql(EDIT, { id: topId }, editor.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(EDIT, { id: topId }, member.cookie)).data?.editMaterialComment.body).toBe('Исправлено');

    const RESOLVE =
      'mutation($id: ID!, $r: Boolean!) { resolveMaterialComment(id: $id, resolved: $r) { resolvedAt resolvedByName } }';
    const other = await t.signInAs(['member']);
    expect((await t.gql(RESOLVE, { id: topId, r: true }, other.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const resolved = await t.gql(RESOLVE, { id: topId, r: true }, editor.cookie);
    expect(resolved.data?.resolveMaterialComment.resolvedByName).toBe('Нургуль Редактор');
    expect(
      (await t.gql(RESOLVE, { id: topId, r: false }, member.cookie)).data?.resolveMaterialComment.resolvedAt,
    ).toBeNull();

    const list = await t.gql('query($id: ID!) { materialComments(materialId: $id) { body } }', { id }, approver.cookie);
    expect(list.data?.materialComments.map((c: { body: string }) => c.body)).toEqual(['Исправлено', 'Сократим']);
    expect((await t.gql(MATERIAL, { id }, member.cookie)).data?.material.working).toEqual(
      before.data?.material.working,
    );

    const byReader = await t.gql(ADD, { id, input: { body: 'Можно мне?' } }, reader.cookie);
    expect(byReader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('search snippets', () => {
  it('returns the matching passage with the matched words marked', async () => {
    const r = await t.gql(
      CREATE_MATERIAL,
      {
        input: {
          kindId,
          language: 'ru',
          title: 'Памятка',
          body: doc('Горячая линия помогает мигрантам и их семьям круглосуточно.'),
        },
      },
      editor.cookie,
    );
    await publish(r.data?.createMaterial.id);
    const found = await t.gql(
      '{ materials(filter: { search: "мигранты" }) { items { snippet { text match } } } }',
      {},
      reader.cookie,
    );
    const snippet = found.data?.materials.items[0].snippet;
    expect(snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text)).toEqual([
      'мигрантам',
    ]);
    expect(snippet.map((p: { text: string }) => p.text).join('')).toContain('Горячая линия помогает мигрантам');
  });
});

describe('material details', () => {
  const DETAILS = `mutation($id: ID!, $input: MaterialDetailsInput!) {
    updateMaterialDetails(id: $id, input: $input) { campaign { id title } audiences channels validUntil version } }`;

  it('updates campaign, audiences, channels and validity with optimistic locking and validated lists', async () => {
    const id = await create();
    const version = (await t.gql('query($id: ID!) { material(id: $id) { version } }', { id }, editor.cookie)).data
      ?.material.version;
    const campaign = await createAgreedCampaign(t);
    const input = {
      campaignId: campaign.id,
      audiences: ['returnees'],
      channels: ['tv_radio', 'print'],
      validUntil: '2027-06-30',
      version,
    };
    const ok = await t.gql(DETAILS, { id, input }, editor.cookie);
    expect(ok.data?.updateMaterialDetails).toMatchObject({
      campaign: { id: campaign.id, title: 'Кампания' },
      audiences: ['returnees'],
      channels: ['tv_radio', 'print'],
      validUntil: '2027-06-30',
    });
    const stale = await t.gql(DETAILS, { id, input }, editor.cookie);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await t.gql(
      DETAILS,
      { id, input: { ...input, channels: ['carrier_pigeon'], audiences: ['aliens'], version: version + 1 } },
      editor.cookie,
    );
    expect(bad.errors?.[0].extensions?.fields?.map((f: { field: string }) => f.field).sort()).toEqual([
      'input.audiences',
      'input.channels',
    ]);
    expect((await t.gql(DETAILS, { id, input }, member.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("leaves a published text's embargo and validity to approvers, and records every change in its history", async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const id = await create(editor.cookie, 'Пресс-релиз под эмбарго', { embargoUntil: future });
    await publish(id);
    expect((await get(id, reader.cookie)) ?? null).toBeNull();
    const details = await t.gql(
      'query($id: ID!) { material(id: $id) { version campaign { id } audiences channels } }',
      { id },
      editor.cookie,
    );
    const { version, campaign, audiences, channels } = details.data!.material;
    const lift = { campaignId: campaign?.id ?? null, audiences, channels, embargoUntil: null, version };
    const refused = await t.gql(DETAILS, { id, input: lift }, editor.cookie);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'approverOnly',
      fields: [expect.objectContaining({ field: 'input.embargoUntil' })],
    });
    expect(refused.errors?.[0].message).toMatch(/embargo/);
    const validity = await t.gql(
      DETAILS,
      { id, input: { ...lift, embargoUntil: future, validUntil: '2030-01-01' } },
      editor.cookie,
    );
    expect(validity.errors?.[0].extensions?.fields?.[0].field).toBe('input.validUntil');
    // Other details stay the editor's.
    const other = await t.gql(
      DETAILS,
      { id, input: { ...lift, embargoUntil: future, campaignId: (await createAgreedCampaign(t)).id } },
      editor.cookie,
    );
    expect(other.errors).toBeUndefined();
    expect((await get(id, reader.cookie)) ?? null).toBeNull();

    const RESCHEDULE = `mutation($id: ID!, $input: RescheduleMaterialInput!) {
      rescheduleMaterial(id: $id, input: $input) { embargoUntil version } }`;
    const byEditor = await t.gql(
      RESCHEDULE,
      { id, input: { embargoUntil: null, version: version + 1 } },
      editor.cookie,
    );
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const lifted = await t.gql(
      RESCHEDULE,
      { id, input: { embargoUntil: null, version: version + 1 } },
      approver.cookie,
    );
    expect(lifted.errors).toBeUndefined();
    expect((await get(id, reader.cookie))?.id).toBe(id);

    const CHANGES = 'query($id: ID!) { materialDetailChanges(id: $id) { field oldValue newValue actorName } }';
    const history = await t.gql(CHANGES, { id }, member.cookie);
    expect(history.data?.materialDetailChanges).toEqual([
      { field: 'embargoUntil', oldValue: future, newValue: null, actorName: 'Бакыт Утверждающий' },
    ]);
    expect((await t.gql(CHANGES, { id }, reader.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await expect(t.dataSource.query(`DELETE FROM material_detail_change WHERE item_id = $1`, [id])).rejects.toThrow(
      /permanent record/,
    );
  });

  it('leaves out excluded ids (to pick a replacement) and keeps the review record from readers', async () => {
    const a = await create(editor.cookie, 'Первая памятка');
    const b = await create(editor.cookie, 'Вторая памятка');
    await publish(a);
    await publish(b);
    const list = await t.gql(
      'query($f: MaterialFilterInput) { materials(filter: $f, limit: 100) { items { id } } }',
      { f: { excludeIds: [a] } },
      editor.cookie,
    );
    const ids = list.data?.materials.items.map((m: { id: string }) => m.id);
    expect(ids).toContain(b);
    expect(ids).not.toContain(a);
    const history = await t.gql('query($id: ID!) { materialHistory(id: $id) { comment } }', { id: a }, reader.cookie);
    expect(history.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('media coverage', () => {
  it('requires outlet, date and link for coverage, and keeps them', async () => {
    const [kind] = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'media_coverage'`);
    const CREATE = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { coverageOutlet coverageDate coverageUrl } }`;
    const base = {
      kindId: kind.id,
      language: 'ru',
      title: 'Репортаж о горячей линии',
      body: doc('Краткое содержание репортажа.'),
    };
    const missing = await t.gql(CREATE, { input: base }, editor.cookie);
    expect(missing.errors?.[0].extensions?.fields?.map((f: { field: string }) => f.field)).toEqual([
      'input.coverageOutlet',
      'input.coverageDate',
      'input.coverageUrl',
    ]);
    const badLink = await t.gql(
      CREATE,
      {
        input: {
          ...base,
          coverageOutlet: 'Ордо Пресс',
          coverageDate: '2026-11-20',
          coverageUrl: 'javascript:alert(1)',
        },
      },
      editor.cookie,
    );
    expect(badLink.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.coverageUrl', reason: 'isUrl' });
    const ok = await t.gql(
      CREATE,
      {
        input: {
          ...base,
          coverageOutlet: 'Ордо Пресс',
          coverageDate: '2026-11-20',
          coverageUrl: 'https://ordo.example.kg/189',
        },
      },
      editor.cookie,
    );
    expect(ok.data?.createMaterial).toEqual({
      coverageOutlet: 'Ордо Пресс',
      coverageDate: '2026-11-20',
      coverageUrl: 'https://ordo.example.kg/189',
    });
  });
});
