import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../src/content/content-revision.entity.js';
import { CREATE_MATERIAL, doc, MATERIAL, MATERIALS, SAVE_MATERIAL, TRANSITION } from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let kindId: string;
let editor: { user: { id: string }; cookie: string };
let secondEditor: { user: { id: string }; cookie: string };
let approver: { cookie: string };
let reader: { cookie: string };
let member: { cookie: string };

beforeAll(async () => {
  t = await TestApp.start();
  kindId = (await t.dataSource.getRepository(MaterialKindEntity).findOneByOrFail({ code: 'talking_points' })).id;
  editor = await t.signInAs(['editor']);
  secondEditor = await t.signInAs(['editor']);
  approver = await t.signInAs(['approver', 'member']);
  reader = await t.signInAs(['reader']);
  member = await t.signInAs(['member']);
});
afterAll(() => t.close());

async function draft(
  title = 'Тезисы о безопасной миграции',
  body = doc('Торговля людьми — преступление.'),
  extra = {},
) {
  const result = await t.gql(
    CREATE_MATERIAL,
    { input: { kindId, language: 'ru', title, body, ...extra } },
    editor.cookie,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createMaterial;
}

async function step(id: string, transition: string, cookie: string, comment?: string) {
  const current = await t.gql(MATERIAL, { id }, cookie);
  const version = current.data?.material.working?.version ?? 1;
  return t.gql(TRANSITION, { id, input: { transition, comment, revisionVersion: version } }, cookie);
}

describe('kinds', () => {
  it('are data, listed in their order with names in three languages', async () => {
    const result = await t.gql('{ materialKinds { code structure nameRu nameKy nameEn } }', {}, reader.cookie);
    expect(result.data?.materialKinds.map((k: { code: string }) => k.code).slice(0, 7)).toEqual([
      'talking_points',
      'qa',
      'press_release',
      'statement',
      'brochure',
      'success_story',
      'media_coverage',
    ]);
    expect(result.data?.materialKinds[1]).toEqual({
      code: 'qa',
      structure: 'qa',
      nameRu: 'Вопросы и ответы',
      nameKy: 'Суроолор жана жооптор',
      nameEn: 'Q&A',
    });
  });
});

describe('kinds administration', () => {
  it('lets the admin add a kind, which then lists in its place; a kind in use keeps its structure', async () => {
    const admin = await t.as('admin');
    const SAVE = 'mutation($i: MaterialKindInput!) { saveMaterialKind(input: $i) { code nameRu } }';
    const added = await t.gql(
      SAVE,
      {
        i: {
          code: 'fact_sheet',
          structure: 'text',
          nameRu: 'Справка',
          nameKy: 'Маалымкат',
          nameEn: 'Fact sheet',
          sortOrder: 8,
        },
      },
      admin.cookie,
    );
    expect(added.data?.saveMaterialKind).toEqual({ code: 'fact_sheet', nameRu: 'Справка' });
    const kinds = await t.gql('{ materialKinds { code } }', {}, reader.cookie);
    expect(kinds.data?.materialKinds.at(-1)).toEqual({ code: 'fact_sheet' });
    await draft();
    const change = await t.gql(
      SAVE,
      {
        i: {
          code: 'talking_points',
          structure: 'text',
          nameRu: 'Тезисы',
          nameKy: 'Тезистер',
          nameEn: 'Talking points',
          sortOrder: 1,
        },
      },
      admin.cookie,
    );
    expect(change.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.structure', reason: 'inUse' });
    const bad = await t.gql(
      SAVE,
      { i: { code: 'Bad Code', structure: 'poem', nameRu: 'x', nameKy: 'x', nameEn: 'x' } },
      admin.cookie,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('workflow', () => {
  it('goes draft → in review → agreed → approved, each step recorded, readers seeing only what is published', async () => {
    const m = await draft();
    expect(m).toMatchObject({
      state: 'draft',
      working: { number: 1, state: 'draft' },
      published: null,
      availableTransitions: ['submit'],
    });
    const hidden = await t.gql(MATERIAL, { id: m.id }, reader.cookie);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await step(m.id, 'submit', editor.cookie)).data?.transitionMaterial.state).toBe('in_review');
    const agreed = await step(m.id, 'agree', secondEditor.cookie);
    expect(agreed.data?.transitionMaterial).toMatchObject({
      state: 'agreed',
      published: { state: 'agreed', number: 1 },
    });

    const seen = await t.gql(MATERIAL, { id: m.id }, reader.cookie);
    expect(seen.data?.material).toMatchObject({
      state: null,
      working: null,
      availableTransitions: [],
      published: { state: 'agreed' },
    });

    const approved = await step(m.id, 'approve', approver.cookie);
    expect(approved.data?.transitionMaterial.published).toMatchObject({ state: 'approved', number: 1 });

    const history = await t.gql(
      'query($id: ID!) { materialHistory(id: $id) { transition fromState toState revisionNumber actorName comment } }',
      { id: m.id },
      member.cookie,
    );
    expect(history.data?.materialHistory.map((h: { transition: string }) => h.transition)).toEqual([
      'submit',
      'agree',
      'approve',
    ]);
  });

  it('lets an approver send a text back only with a comment, and refuses steps from the wrong state', async () => {
    const m = await draft();
    const early = await step(m.id, 'approve', approver.cookie);
    expect(early.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.transition', reason: 'wrongState' }),
    ]);
    await step(m.id, 'submit', editor.cookie);
    const silent = await step(m.id, 'request_changes', approver.cookie, '  ');
    expect(silent.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.comment', reason: 'required' }),
    ]);
    const back = await step(m.id, 'request_changes', approver.cookie, 'Уточните номер горячей линии');
    expect(back.data?.transitionMaterial.state).toBe('draft');
    const history = await t.gql(
      'query($id: ID!) { materialHistory(id: $id) { comment } }',
      { id: m.id },
      editor.cookie,
    );
    expect(history.data?.materialHistory.at(-1).comment).toBe('Уточните номер горячей линии');
  });

  it('never lets anyone endorse their own text, and only approvers approve', async () => {
    const m = await draft();
    await step(m.id, 'submit', editor.cookie);
    const own = await step(m.id, 'agree', editor.cookie);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ownText' });
    const byEditor = await step(m.id, 'approve', secondEditor.cookie);
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await t.as('admin');
    expect((await step(m.id, 'approve', admin.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await step(m.id, 'approve', reader.cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('counts whoever rewrote a draft as its author: they may not agree or approve it afterwards', async () => {
    const m = await draft();
    const rewritten = await t.gql(
      SAVE_MATERIAL,
      {
        id: m.id,
        input: {
          title: m.working.title,
          body: doc('Переписано вторым редактором.'),
          revisionNumber: 1,
          revisionVersion: 1,
        },
      },
      secondEditor.cookie,
    );
    expect(rewritten.data?.saveMaterial.working.authorId).toBe(editor.user.id);
    expect((await step(m.id, 'submit', secondEditor.cookie)).errors).toBeUndefined();
    const detail = await t.gql(
      'query($id: ID!) { material(id: $id) { availableTransitions working { contributorIds } } }',
      { id: m.id },
      secondEditor.cookie,
    );
    expect(detail.data?.material.availableTransitions).toEqual([]);
    expect(detail.data?.material.working.contributorIds).toEqual([editor.user.id, secondEditor.user.id]);
    const agree = await step(m.id, 'agree', secondEditor.cookie);
    expect(agree.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ownText' });
    expect((await step(m.id, 'agree', approver.cookie)).errors).toBeUndefined();
  });

  it('does not let one person holding editor and approver rewrite, submit and approve a text alone', async () => {
    const both = await t.signInAs(['editor', 'approver']);
    const m = await draft();
    const saved = await t.gql(
      SAVE_MATERIAL,
      { id: m.id, input: { title: 'Переписано', body: doc('Свой текст.'), revisionNumber: 1, revisionVersion: 1 } },
      both.cookie,
    );
    expect(saved.errors).toBeUndefined();
    expect((await step(m.id, 'submit', both.cookie)).errors).toBeUndefined();
    const approve = await step(m.id, 'approve', both.cookie);
    expect(approve.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ownText' });
    const state = await t.gql(MATERIAL, { id: m.id }, both.cookie);
    expect(state.data?.material.state).toBe('in_review');
  });

  it('keeps the approval record permanent: the database refuses to change or delete it', async () => {
    const m = await draft();
    await step(m.id, 'submit', editor.cookie);
    await expect(
      t.dataSource.query(`UPDATE content_transition SET comment = 'forged' WHERE item_id = $1`, [m.id]),
    ).rejects.toThrow(/permanent record/);
    await expect(t.dataSource.query(`DELETE FROM content_transition WHERE item_id = $1`, [m.id])).rejects.toThrow(
      /permanent record/,
    );
  });
});

describe('revisions', () => {
  async function approved() {
    const m = await draft('Вопросы и ответы о горячей линии', doc('Звоните 189.'));
    await step(m.id, 'submit', editor.cookie);
    await step(m.id, 'approve', approver.cookie);
    return m;
  }

  it('never changes approved text: editing starts a new draft while readers keep the approved one', async () => {
    const m = await approved();
    const edit = await t.gql(
      SAVE_MATERIAL,
      {
        id: m.id,
        input: {
          title: 'Вопросы и ответы (новая редакция)',
          body: doc('Звоните 189 бесплатно.'),
          revisionNumber: 1,
          revisionVersion: 3,
        },
      },
      editor.cookie,
    );
    expect(edit.data?.saveMaterial).toMatchObject({
      working: { number: 2, state: 'draft', bodyText: 'Звоните 189 бесплатно.' },
      published: { number: 1, state: 'approved', bodyText: 'Звоните 189.' },
    });
    const readerView = await t.gql(MATERIAL, { id: m.id }, reader.cookie);
    expect(readerView.data?.material.published.bodyText).toBe('Звоните 189.');
    const first = await t.dataSource.getRepository(ContentRevisionEntity).findOneByOrFail({ itemId: m.id, number: 1 });
    expect(first).toMatchObject({ state: 'approved', bodyText: 'Звоните 189.' });

    await step(m.id, 'submit', editor.cookie);
    await step(m.id, 'approve', approver.cookie);
    const after = await t.gql(MATERIAL, { id: m.id }, reader.cookie);
    expect(after.data?.material.published).toMatchObject({ number: 2, bodyText: 'Звоните 189 бесплатно.' });
  });

  it('lets exactly one of many concurrent saves of the same draft version win', async () => {
    const m = await draft();
    const saves = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(
          SAVE_MATERIAL,
          { id: m.id, input: { title: `Правка ${i}`, body: doc(`Текст ${i}`), revisionNumber: 1, revisionVersion: 1 } },
          editor.cookie,
        ),
      ),
    );
    const winners = saves.filter((s) => s.data);
    expect(winners).toHaveLength(1);
    expect(saves.filter((s) => s.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(7);
    const stored = await t.dataSource.getRepository(ContentRevisionEntity).findOneByOrFail({ itemId: m.id, number: 1 });
    expect(stored.title).toBe(winners[0].data?.saveMaterial.working.title);
  });

  it('lets exactly one of two concurrent new revisions of an approved text win', async () => {
    const m = await approved();
    const saves = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        t.gql(
          SAVE_MATERIAL,
          { id: m.id, input: { title: `Новая ${i}`, body: doc(`Новая ${i}`), revisionNumber: 1, revisionVersion: 3 } },
          editor.cookie,
        ),
      ),
    );
    expect(saves.filter((s) => s.data)).toHaveLength(1);
    expect(await t.dataSource.getRepository(ContentRevisionEntity).countBy({ itemId: m.id })).toBe(2);
  });

  it('freezes a text under review', async () => {
    const m = await draft();
    await step(m.id, 'submit', editor.cookie);
    const result = await t.gql(
      SAVE_MATERIAL,
      { id: m.id, input: { title: 'Правка', body: doc('x y'), revisionNumber: 1, revisionVersion: 2 } },
      editor.cookie,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'underReview' });
  });
});

describe('library', () => {
  it('finds published texts by Russian word forms, and shows readers nothing unpublished or under embargo', async () => {
    const pub = await draft('Памятка мигранту', doc('Куда обращаться жертвам торговли людьми'));
    await step(pub.id, 'submit', editor.cookie);
    await step(pub.id, 'approve', approver.cookie);
    const hiddenDraft = await draft('Черновик о торговле людьми', doc('Жертвы торговли людьми'));
    const embargoed = await draft('Пресс-релиз под эмбарго', doc('Жертвам торговли помогут'), {
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await step(embargoed.id, 'submit', editor.cookie);
    await step(embargoed.id, 'approve', approver.cookie);

    const search = { filter: { search: 'жертва торговлей' } };
    const forReader = await t.gql(MATERIALS, search, reader.cookie);
    expect(forReader.data?.materials.items.map((m: { id: string }) => m.id)).toEqual([pub.id]);
    const forMember = await t.gql(MATERIALS, search, member.cookie);
    expect(forMember.data?.materials.items.map((m: { id: string }) => m.id).sort()).toEqual(
      [pub.id, embargoed.id].sort(),
    );
    const working = await t.gql(MATERIALS, { ...search, view: 'working' }, member.cookie);
    expect(working.data?.materials.items.map((m: { id: string }) => m.id)).toContain(hiddenDraft.id);
    const readerWorking = await t.gql(MATERIALS, { ...search, view: 'working' }, reader.cookie);
    expect(readerWorking.data?.materials.items.every((m: { working: unknown }) => m.working === null)).toBe(true);
    expect(readerWorking.data?.materials.items.map((m: { id: string }) => m.id)).toEqual([pub.id]);
  });
});

describe('library order', () => {
  const LIST = `query($view: MaterialView) { materials(view: $view, limit: 100) { items { id updatedAt publishedAt } } }`;
  const listed = async (cookie: string, view?: string) =>
    (await t.gql(LIST, { view }, cookie)).data?.materials.items as {
      id: string;
      updatedAt: string;
      publishedAt: string;
    }[];

  it('shows readers when a text was published, not when its next draft was saved, and orders them by that', async () => {
    const first = await draft('Первый опубликованный', doc('Раз.'));
    await step(first.id, 'submit', editor.cookie);
    await step(first.id, 'approve', approver.cookie);
    const second = await draft('Второй опубликованный', doc('Два.'));
    await step(second.id, 'submit', editor.cookie);
    await step(second.id, 'approve', approver.cookie);
    const before = (await listed(reader.cookie)).find((m) => m.id === first.id)!;
    expect(before.updatedAt).toBe(before.publishedAt);

    // The first text is being reworked: a new draft, then a second save of it.
    const rework = await t.gql(
      SAVE_MATERIAL,
      { id: first.id, input: { title: 'Переделка', body: doc('Раз, два.'), revisionNumber: 1, revisionVersion: 3 } },
      editor.cookie,
    );
    const working = rework.data?.saveMaterial.working;
    await t.gql(
      SAVE_MATERIAL,
      {
        id: first.id,
        input: { title: 'Переделка', body: doc('Раз, два, три.'), revisionNumber: 2, revisionVersion: working.version },
      },
      editor.cookie,
    );

    const forReader = await listed(reader.cookie);
    const ids = forReader.map((m) => m.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(forReader.find((m) => m.id === first.id)).toEqual(before);
    const single = await t.gql('query($id: ID!) { material(id: $id) { updatedAt } }', { id: first.id }, reader.cookie);
    expect(single.data?.material.updatedAt).toBe(before.updatedAt);

    const forMember = (await listed(member.cookie, 'working')).map((m) => m.id);
    expect(forMember.indexOf(first.id)).toBeLessThan(forMember.indexOf(second.id));
  });
});

describe('waiting for my decision', () => {
  it('lists what the approver may decide on, leaving out texts they wrote themselves', async () => {
    const both = await t.signInAs(['editor', 'approver']);
    const own = await t.gql(
      CREATE_MATERIAL,
      { input: { kindId, language: 'ru', title: 'Свой текст', body: doc('Свой.') } },
      both.cookie,
    );
    const ownId: string = own.data?.createMaterial.id;
    await step(ownId, 'submit', both.cookie);
    const inReview = await draft('На рассмотрении');
    await step(inReview.id, 'submit', editor.cookie);
    const agreed = await draft('Согласован');
    await step(agreed.id, 'submit', editor.cookie);
    await step(agreed.id, 'agree', secondEditor.cookie);
    const approved = await draft('Утверждён');
    await step(approved.id, 'submit', editor.cookie);
    await step(approved.id, 'approve', approver.cookie);
    const stillDraft = await draft('Черновик');

    const waiting = await t.gql(
      MATERIALS,
      { filter: { awaitingMyDecision: true }, view: 'working', limit: 100 },
      both.cookie,
    );
    expect(waiting.errors).toBeUndefined();
    const ids = waiting.data?.materials.items.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([inReview.id, agreed.id]));
    expect(ids).not.toContain(ownId);
    expect(ids).not.toContain(approved.id);
    expect(ids).not.toContain(stillDraft.id);
    expect(waiting.data?.materials.total).toBe(ids.length);

    // A member without any workflow step has nothing waiting for them.
    const forMember = await t.gql(MATERIALS, { filter: { awaitingMyDecision: true }, view: 'working' }, member.cookie);
    expect(forMember.data?.materials.total).toBe(0);
  });
});

describe('readers and work in progress', () => {
  it('never search, filter or get snippets from drafts, whatever view or states they ask for', async () => {
    const pub = await draft('Памятка о вербовке', doc('Опубликованный текст о вербовке.'));
    await step(pub.id, 'submit', editor.cookie);
    await step(pub.id, 'approve', approver.cookie);
    // A new draft on top of the published text, with a word only the draft contains.
    const current = (await t.gql(MATERIAL, { id: pub.id }, editor.cookie)).data?.material;
    const saved = await t.gql(
      SAVE_MATERIAL,
      {
        id: pub.id,
        input: {
          title: 'Памятка о вербовке',
          body: doc('Черновая фраза про квазисекретное слово.'),
          revisionNumber: current.working.number,
          revisionVersion: current.working.version,
        },
      },
      editor.cookie,
    );
    expect(saved.errors).toBeUndefined();
    const QUERY = `query($filter: MaterialFilterInput, $view: MaterialView) {
      materials(filter: $filter, view: $view) { total items { id state snippet { text } working { id } } } }`;
    for (const variables of [
      { view: 'working', filter: { search: 'квазисекретное' } },
      { view: 'published', filter: { search: 'квазисекретное' } },
      { view: 'working', filter: { states: ['draft'] } },
      { view: 'working', filter: { states: ['in_review', 'draft'], search: 'вербовке' } },
    ]) {
      const result = await t.gql(QUERY, variables, reader.cookie);
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).not.toMatch(/квазисекретн|Черновая/);
      expect(result.data?.materials.items.map((m: { id: string }) => m.id)).not.toContain(
        variables.filter.states ? pub.id : 'never',
      );
    }
    // Members still find the draft where it is.
    const forMember = await t.gql(QUERY, { view: 'working', filter: { search: 'квазисекретное' } }, member.cookie);
    expect(JSON.stringify(forMember.data)).toMatch(/квазисекретн/);
  });
});

describe('bad input', () => {
  it('names the problem and stores nothing', async () => {
    const before = await t.dataSource.getRepository(ContentRevisionEntity).count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ body: doc('   ') }, 'input.body', 'required'],
      [{ body: doc('x'.repeat(200_001)) }, 'input.body', 'tooLong'],
      [{ body: '<script>alert(1)</script>' }, 'input.body', 'invalidDocument'],
      [{ body: JSON.stringify({ type: 'doc', content: [{ type: 'iframe' }] }) }, 'input.body', 'unsupportedContent'],
      [
        {
          body: JSON.stringify({
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
                ],
              },
            ],
          }),
        },
        'input.body',
        'unsafeLink',
      ],
      // Malformed editor JSON used to be stored (and crash the page) or to fail with a 500.
      [{ body: JSON.stringify({ type: 'doc', content: 'abc' }) }, 'input.body', 'invalidDocument'],
      [
        {
          body: JSON.stringify({
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: {} }] }],
          }),
        },
        'input.body',
        'invalidDocument',
      ],
      [
        {
          body: JSON.stringify({
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: ['https://a.kg'] } }] }],
              },
            ],
          }),
        },
        'input.body',
        'invalidDocument',
      ],
      [{ kindId: '00000000-0000-4000-8000-000000000000' }, 'input.kindId', 'notFound'],
      [{ title: '' }, 'input.title', 'isLength'],
    ];
    for (const [over, field, reason] of cases) {
      const result = await t.gql(
        CREATE_MATERIAL,
        { input: { kindId, language: 'ru', title: 'Тезисы', body: doc('Текст'), ...over } },
        editor.cookie,
      );
      expect({ over: Object.keys(over), fields: result.errors?.[0].extensions?.fields }).toEqual({
        over: Object.keys(over),
        fields: expect.arrayContaining([expect.objectContaining({ field, reason })]),
      });
    }
    const language = await t.gql(
      CREATE_MATERIAL,
      { input: { kindId, language: 'fr', title: 'Тезисы', body: doc('Текст') } },
      editor.cookie,
    );
    expect(language.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.getRepository(ContentRevisionEntity).count()).toBe(before);
  });
});
