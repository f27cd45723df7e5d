import { defineAbilityFor } from '@portal/authz';
import { ROLES } from '@portal/domain';
import type { Actor } from '../src/auth/actor.js';
import { ContentRevisionEntity } from '../src/content/content-revision.entity.js';
import { contentSubject, readableSql } from '../src/content/visibility.js';
import { MaterialEntity } from '../src/modules/materials/material.entity.js';
import { ContentKernel1795660000000 } from '../src/database/migrations/1795660000000-ContentKernel.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { MaterialKindEntity } from '../src/modules/materials/material-kind.entity.js';
import {
  CREATE_MATERIAL,
  createApprovedMaterial,
  doc,
  MATERIAL,
  SAVE_MATERIAL,
  TRANSITION,
} from './support/material-factory.js';
import { TestApp } from './support/test-app.js';

let t: TestApp;
let kindId: string;
let editor: { user: { id: string }; cookie: string };
let approver: { user: { id: string }; cookie: string };

beforeAll(async () => {
  t = await TestApp.start();
  kindId = (await t.dataSource.getRepository(MaterialKindEntity).findOneByOrFail({ code: 'talking_points' })).id;
  editor = await t.signInAs(['editor']);
  approver = await t.signInAs(['approver', 'member']);
});
afterAll(() => t.close());

async function draft() {
  const result = await t.gql(
    CREATE_MATERIAL,
    { input: { kindId, language: 'ru', title: 'Тезисы', body: doc('Текст.') } },
    editor.cookie,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createMaterial as {
    id: string;
    version: number;
    working: { id: string; number: number; version: number };
  };
}

describe('content items', () => {
  it('gives every material a content item of its type, sharing its id', async () => {
    const m = await draft();
    const rows = await t.dataSource.query(
      `SELECT i.type, i.created_by FROM content_item i JOIN material m ON m.id = i.id WHERE m.id = $1`,
      [m.id],
    );
    expect(rows).toEqual([{ type: 'material', created_by: editor.user.id }]);
  });

  it('refuses revisions, transitions and comments of an item that does not exist', async () => {
    const m = await draft();
    const ghost = '00000000-0000-4000-8000-000000000000';
    await expect(
      t.dataSource.query(
        `INSERT INTO content_revision (item_id, number, title, body, body_text) VALUES ($1, 1, 't', '{}', 't')`,
        [ghost],
      ),
    ).rejects.toThrow(/content_revision_item_fkey/);
    await expect(
      t.dataSource.query(
        `INSERT INTO content_transition (item_id, revision_id, revision_number, transition, from_state, to_state, actor_id)
         VALUES ($1, $2, 1, 'submit', 'draft', 'in_review', $3)`,
        [m.id, ghost, editor.user.id],
      ),
    ).rejects.toThrow(/content_transition_revision_fkey/);
    await expect(
      t.dataSource.query(`INSERT INTO content_comment (item_id, body, author_id) VALUES ($1, 'x', $2)`, [
        ghost,
        editor.user.id,
      ]),
    ).rejects.toThrow(/content_comment_item_fkey/);
    await expect(
      t.dataSource.query(`INSERT INTO material (id, kind_id, language) VALUES ($1, $2, 'ru')`, [ghost, kindId]),
    ).rejects.toThrow(/material_item_fkey/);
  });

  it('keys embargo and validity changes on the content item, like revisions, steps and comments', async () => {
    const m = await draft();
    const ghost = '00000000-0000-4000-8000-000000000000';
    const insert = (itemId: string) =>
      t.dataSource.query(
        `INSERT INTO material_detail_change (item_id, field, old_value, new_value, actor_id)
         VALUES ($1, 'validUntil', NULL, '2030-01-01', $2)`,
        [itemId, editor.user.id],
      );
    await insert(m.id);
    await expect(insert(ghost)).rejects.toThrow(/material_detail_change_item_fkey/);
    const [fk] = await t.dataSource.query(
      `SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conname = 'material_detail_change_item_fkey'`,
    );
    expect(fk).toEqual({ target: 'content_item' });
  });

  it("keeps the item's updated_at: every revision save, workflow step and comment moves it", async () => {
    const m = await draft();
    const stamp = async () =>
      (await t.dataSource.query(`SELECT updated_at FROM content_item WHERE id = $1`, [m.id]))[0].updated_at as Date;
    const created = await stamp();
    // Older than anything the test does next, so each step must move it forward itself.
    await t.dataSource.query(`UPDATE content_item SET updated_at = updated_at - interval '1 day' WHERE id = $1`, [
      m.id,
    ]);
    let last = await stamp();
    const moved = async (what: string) => {
      const now = await stamp();
      expect({ what, moved: now > last }).toEqual({ what, moved: true });
      last = now;
    };

    const saved = await t.gql(
      SAVE_MATERIAL,
      { id: m.id, input: { title: 'Тезисы', body: doc('Новый текст.'), revisionNumber: 1, revisionVersion: 1 } },
      editor.cookie,
    );
    expect(saved.errors).toBeUndefined();
    await moved('draft save');
    expect(last.getTime()).toBeGreaterThanOrEqual(created.getTime());

    const submitted = await t.gql(
      TRANSITION,
      { id: m.id, input: { transition: 'submit', revisionVersion: 2 } },
      editor.cookie,
    );
    expect(submitted.errors).toBeUndefined();
    await moved('workflow step');

    const comment = await t.gql(
      'mutation($id: ID!) { addMaterialComment(materialId: $id, input: { body: "Замечание" }) { id } }',
      { id: m.id },
      approver.cookie,
    );
    expect(comment.errors).toBeUndefined();
    await moved('comment');
    const commentId = comment.data?.addMaterialComment.id;

    const edited = await t.gql(
      'mutation($id: ID!) { editMaterialComment(id: $id, input: { body: "Замечание, уточнённое" }) { id } }',
      { id: commentId },
      approver.cookie,
    );
    expect(edited.errors).toBeUndefined();
    await moved('comment edit');

    const resolved = await t.gql(
      'mutation($id: ID!) { resolveMaterialComment(id: $id, resolved: true) { id } }',
      { id: commentId },
      editor.cookie,
    );
    expect(resolved.errors).toBeUndefined();
    await moved('comment resolved');

    await t.gql(TRANSITION, { id: m.id, input: { transition: 'approve', revisionVersion: 3 } }, approver.cookie);
    await moved('approval');
    const next = await t.gql(
      SAVE_MATERIAL,
      { id: m.id, input: { title: 'Тезисы', body: doc('Ещё новее.'), revisionNumber: 1, revisionVersion: 4 } },
      editor.cookie,
    );
    expect(next.errors).toBeUndefined();
    await moved('new revision');
  });

  it('looks transitions up by revision through an index (the approvals loader)', async () => {
    const rows = await t.dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'content_transition' AND indexname = 'content_transition_revision_idx'`,
    );
    expect(rows[0].indexdef).toMatch(/\(revision_id\)/);
  });

  it('keeps the search vector following the material language', async () => {
    const m = await draft();
    const [row] = await t.dataSource.query(`SELECT search::text AS v FROM content_revision WHERE item_id = $1`, [m.id]);
    expect(row.v).toContain('тезис');
  });
});

describe('the visibility projection', () => {
  it('selects in SQL exactly the materials the in-memory twin lets each role read', async () => {
    const cases: [string, string, string | null][] = [
      // published revision state, working revision state, embargo
      ['approved', 'approved', null],
      ['agreed', 'agreed', null],
      ['approved', 'draft', null],
      ['approved', 'approved', '2999-01-01T00:00:00Z'],
      ['approved', 'approved', '2000-01-01T00:00:00Z'],
      ['in_review', 'in_review', null],
      ['archived', 'archived', null],
      ['draft', 'draft', null],
    ];
    const ids: string[] = [];
    for (const [published, working, embargo] of cases) {
      const { id, revision } = await createApprovedMaterial(t);
      await t.dataSource.query(`UPDATE content_revision SET state = $2 WHERE id = $1`, [revision.id, published]);
      if (working !== published) {
        const [next] = await t.dataSource.query(
          `INSERT INTO content_revision (item_id, number, title, body, body_text, state)
           VALUES ($1, 2, 't', '{}', 't', $2) RETURNING id`,
          [id, working],
        );
        await t.dataSource.query(`UPDATE material SET working_revision_id = $2 WHERE id = $1`, [id, next.id]);
      }
      await t.dataSource.query(`UPDATE material SET embargo_until = $2 WHERE id = $1`, [id, embargo]);
      ids.push(id);
    }
    const loaded = await t.dataSource.getRepository(MaterialEntity).find({
      where: ids.map((id) => ({ id })),
      relations: { workingRevision: true, publishedRevision: true },
    });
    for (const role of ROLES) {
      const actor = {
        user: { id: 'u', roles: [role] },
        ability: defineAbilityFor({ id: 'u', roles: [role], organizationId: null }),
      } as unknown as Actor;
      const where = readableSql(actor, 'material');
      const inSql = await t.dataSource
        .getRepository(MaterialEntity)
        .createQueryBuilder('m')
        .leftJoin('m.workingRevision', 'wr')
        .leftJoin('m.publishedRevision', 'pr')
        .where(`(${where.sql})`, where.params)
        .andWhere('m.id IN (:...ids)', { ids })
        .select('m.id', 'id')
        .getRawMany<{ id: string }>();
      const inMemory = loaded.filter((m) => actor.ability.can('read', contentSubject('material', m))).map((m) => m.id);
      expect({ role, ids: inSql.map((r) => r.id).sort() }).toEqual({ role, ids: inMemory.sort() });
    }
    const reader = loaded.filter((m) =>
      defineAbilityFor({ id: 'u', roles: ['reader'], organizationId: null }).can('read', contentSubject('material', m)),
    );
    // Approved, agreed, approved with a draft on top, and the embargo that has passed.
    expect(reader.length).toBe(4);
  });
});

describe('the migration', () => {
  it('moves existing materials, revisions, steps and comments onto content items, and back', async () => {
    const m = await draft();
    const submitted = await t.gql(
      TRANSITION,
      { id: m.id, input: { transition: 'submit', revisionVersion: m.working.version } },
      editor.cookie,
    );
    expect(submitted.errors).toBeUndefined();
    const comment = await t.gql(
      'mutation($id: ID!) { addMaterialComment(materialId: $id, input: { body: "Замечание" }) { id } }',
      { id: m.id },
      approver.cookie,
    );
    expect(comment.errors).toBeUndefined();
    const migration = new ContentKernel1795660000000();
    // Later migrations change or hang off the kernel's tables: all of them are reverted first and reapplied after.
    const later = MIGRATIONS.slice(MIGRATIONS.indexOf(ContentKernel1795660000000) + 1).map((M) => new M());
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      for (const step of [...later].reverse()) await step.down(runner);
      await migration.down(runner);
      const [old] = await runner.query(
        `SELECT (SELECT count(*)::int FROM material_revision WHERE material_id = $1) AS revisions,
                (SELECT count(*)::int FROM material_transition WHERE material_id = $1) AS steps,
                (SELECT count(*)::int FROM material_comment WHERE material_id = $1) AS comments`,
        [m.id],
      );
      expect(old).toEqual({ revisions: 1, steps: 1, comments: 1 });
      await migration.up(runner);
      for (const step of later) await step.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    const [item] = await t.dataSource.query(`SELECT type, created_by FROM content_item WHERE id = $1`, [m.id]);
    expect(item).toEqual({ type: 'material', created_by: editor.user.id });
    const history = await t.gql(
      'query($id: ID!) { materialHistory(id: $id) { transition } materialComments(materialId: $id) { body } }',
      { id: m.id },
      approver.cookie,
    );
    expect(history.data).toEqual({
      materialHistory: [{ transition: 'submit' }],
      materialComments: [{ body: 'Замечание' }],
    });
  });
});

describe('versions of text and details', () => {
  const DETAILS = `mutation($id: ID!, $input: MaterialDetailsInput!) {
    updateMaterialDetails(id: $id, input: $input) { channels version } }`;

  it('lets details be edited after a text save without a conflict, and the text after a details edit', async () => {
    const m = await draft();
    const saved = await t.gql(
      SAVE_MATERIAL,
      {
        id: m.id,
        input: { title: 'Тезисы 2', body: doc('Новый текст.'), revisionNumber: 1, revisionVersion: m.working.version },
      },
      editor.cookie,
    );
    expect(saved.errors).toBeUndefined();
    // The details form was opened before the text was saved: it still holds the first details version.
    const details = await t.gql(
      DETAILS,
      { id: m.id, input: { channels: ['press'], version: m.version } },
      editor.cookie,
    );
    expect(details.errors).toBeUndefined();
    expect(details.data?.updateMaterialDetails.channels).toEqual(['press']);
    const text = await t.gql(
      SAVE_MATERIAL,
      {
        id: m.id,
        input: {
          title: 'Тезисы 3',
          body: doc('Ещё текст.'),
          revisionNumber: 1,
          revisionVersion: saved.data!.saveMaterial.working.version,
        },
      },
      editor.cookie,
    );
    expect(text.errors).toBeUndefined();
    // Two saves of the text from the same version still conflict.
    const stale = await t.gql(
      SAVE_MATERIAL,
      {
        id: m.id,
        input: { title: 'Тезисы 4', body: doc('Иначе.'), revisionNumber: 1, revisionVersion: m.working.version },
      },
      editor.cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('saves a draft in one transaction: a failing save leaves the text as it was', async () => {
    const m = await draft();
    // Make the material's row refuse the save's second statement, after the revision was already written.
    await t.dataSource.query(`
      CREATE FUNCTION kernel_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER refuse_material_update BEFORE UPDATE ON material FOR EACH ROW WHEN (OLD.id = '${m.id}') EXECUTE FUNCTION kernel_test_refuse()`,
    );
    try {
      const result = await t.gql(
        SAVE_MATERIAL,
        {
          id: m.id,
          input: { title: 'Не сохранится', body: doc('Нет.'), revisionNumber: 1, revisionVersion: m.working.version },
        },
        editor.cookie,
      );
      expect(result.errors).toBeDefined();
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_material_update ON material`);
      await t.dataSource.query(`DROP FUNCTION kernel_test_refuse()`);
    }
    const revision = await t.dataSource
      .getRepository(ContentRevisionEntity)
      .findOneByOrFail({ itemId: m.id, number: 1 });
    expect(revision.title).toBe('Тезисы');
  });

  it('still records a workflow step against the text version', async () => {
    const m = await draft();
    const stale = await t.gql(
      TRANSITION,
      { id: m.id, input: { transition: 'submit', revisionVersion: m.working.version + 5 } },
      editor.cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const current = await t.gql(MATERIAL, { id: m.id }, approver.cookie);
    expect(current.data?.material.state).toBe('draft');
  });
});
