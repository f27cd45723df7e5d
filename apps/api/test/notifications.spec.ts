import { randomUUID } from 'node:crypto';
import { CREATE_MATERIAL, doc, TRANSITION } from './support/material-factory.js';
import { eventually } from './support/jobs-helpers.js';
import { TestApp, type SignedInUser } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.close());

const LIST = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { endCursor items { id kind title state revised link readAt } } }`;
const COUNT = '{ unreadNotificationCount }';

interface Item {
  id: string;
  kind: string;
  title: string;
  state: string | null;
  revised: boolean;
  link: string;
  readAt: string | null;
}

const list = async (who: SignedInUser, first = 50): Promise<Item[]> => {
  const res = await t.gql(LIST, { first }, who.cookie);
  expect(res.errors).toBeUndefined();
  return res.data!.notifications.items;
};
const count = async (who: SignedInUser): Promise<number> =>
  (await t.gql(COUNT, {}, who.cookie)).data!.unreadNotificationCount;

/** A text written by `editor` and taken through `steps` by whoever the step needs. */
async function material(
  title: string,
  editor: SignedInUser,
  approver: SignedInUser,
  steps: string[],
  extra: Record<string, unknown> = {},
) {
  const kind = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'press_release'`);
  const created = await t.gql(
    CREATE_MATERIAL,
    { input: { kindId: kind[0].id, language: 'ru', title, body: doc('Текст'), ...extra } },
    editor.cookie,
  );
  expect(created.errors).toBeUndefined();
  const id: string = created.data!.createMaterial.id;
  let version = 1;
  for (const step of steps) {
    const by = step === 'submit' ? editor : approver;
    const input = {
      transition: step,
      revisionVersion: version,
      ...(step === 'request_changes' ? { comment: 'Доработать' } : {}),
    };
    const res = await t.gql(TRANSITION, { id, input }, by.cookie);
    expect(res.errors).toBeUndefined();
    version = res.data!.transitionMaterial.working.version;
  }
  return id;
}

/** Waits until the event consumer has handled every event of this material. */
const settled = (subjectId: string) =>
  eventually(
    'the notifications consumer',
    () =>
      t.dataSource.query(
        `SELECT e.id, d.event_id IS NOT NULL AS done FROM domain_event e
           LEFT JOIN event_delivery d ON d.event_id = e.id AND d.consumer = 'notifications'
          WHERE e.subject_id = $1 OR e.payload->>'itemId' = $1::text`,
        [subjectId],
      ),
    (rows: { done: boolean }[]) => rows.length > 0 && rows.every((row) => row.done),
  );

describe('notifications', () => {
  it('tells approvers of a submission, authors of the approval, and readers of the new text in the library', async () => {
    const editor = await t.signInAs(['editor']);
    const approver = await t.signInAs(['approver', 'member']);
    const reader = await t.signInAs(['reader']);
    const title = `Approved ${randomUUID()}`;
    const id = await material(title, editor, approver, ['submit']);
    await settled(id);
    expect((await list(approver)).filter((n) => n.title === title)).toEqual([
      expect.objectContaining({ kind: 'review_requested', link: `/materials/${id}`, readAt: null }),
    ]);
    // Nothing readable for a reader yet: a text in review is not theirs to hear of.
    expect((await list(reader)).filter((n) => n.title === title)).toEqual([]);

    const before = await count(reader);
    const [{ version }] = await t.dataSource.query(
      `SELECT r.version FROM content_revision r JOIN material m ON m.working_revision_id = r.id WHERE m.id = $1`,
      [id],
    );
    const approved = await t.gql(
      TRANSITION,
      { id, input: { transition: 'approve', revisionVersion: version } },
      approver.cookie,
    );
    expect(approved.errors).toBeUndefined();
    await settled(id);
    expect((await list(editor)).filter((n) => n.title === title)).toEqual([
      expect.objectContaining({ kind: 'text_endorsed', state: 'approved' }),
    ]);
    expect((await list(reader)).filter((n) => n.title === title)).toEqual([
      expect.objectContaining({ kind: 'library_update', state: 'approved', revised: false }),
    ]);
    expect(await count(reader)).toBe(before + 1);
    // The approver acted; they are not told of their own act.
    expect((await list(approver)).filter((n) => n.title === title).map((n) => n.kind)).toEqual(['review_requested']);
  });

  it('never tells a reader of a text they may not read yet (embargo)', async () => {
    const editor = await t.signInAs(['editor']);
    const approver = await t.signInAs(['approver', 'member']);
    const reader = await t.signInAs(['reader']);
    const member = await t.signInAs(['member']);
    const title = `Embargoed ${randomUUID()}`;
    const embargoUntil = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const id = await material(title, editor, approver, ['submit', 'approve'], { embargoUntil });
    await settled(id);
    expect((await list(reader)).filter((n) => n.title === title)).toEqual([]);
    expect((await list(member)).filter((n) => n.title === title)).toEqual([
      expect.objectContaining({ kind: 'library_update' }),
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.subject_id = $1 AND NOT ('member' = ANY(u.roles) OR 'editor' = ANY(u.roles)
          OR 'approver' = ANY(u.roles) OR 'admin' = ANY(u.roles))`,
      [id],
    );
    expect(n).toBe(0);
  });

  it('tells authors their text was sent back, and the author of a text or comment of a new comment', async () => {
    const editor = await t.signInAs(['editor']);
    const approver = await t.signInAs(['approver', 'member']);
    const member = await t.signInAs(['member']);
    const title = `Sent back ${randomUUID()}`;
    const id = await material(title, editor, approver, ['submit', 'request_changes']);
    await settled(id);
    expect((await list(editor)).filter((n) => n.title === title).map((n) => n.kind)).toEqual(['changes_requested']);

    const comment = await t.gql(
      'mutation($id: ID!, $i: CommentInput!) { addMaterialComment(materialId: $id, input: $i) { id } }',
      { id, i: { body: 'Замечание' } },
      member.cookie,
    );
    expect(comment.errors).toBeUndefined();
    const reply = await t.gql(
      'mutation($id: ID!, $i: CommentInput!) { addMaterialComment(materialId: $id, input: $i) { id } }',
      { id, i: { body: 'Ответ', parentId: comment.data!.addMaterialComment.id } },
      approver.cookie,
    );
    expect(reply.errors).toBeUndefined();
    await settled(id);
    expect((await list(editor)).filter((n) => n.title === title).map((n) => n.kind)).toEqual([
      'comment_on_mine',
      'comment_on_mine',
      'changes_requested',
    ]);
    // The member wrote the first comment: the reply is theirs to hear of, their own comment is not.
    expect((await list(member)).filter((n) => n.title === title).map((n) => n.kind)).toEqual(['comment_on_mine']);
  });

  it('pages newest first, marks some or all read, and shows nobody another person’s notifications', async () => {
    const editor = await t.signInAs(['editor']);
    const approver = await t.signInAs(['approver', 'member']);
    const other = await t.signInAs(['approver', 'member']);
    const titles = [1, 2, 3].map((i) => `Page ${i} ${randomUUID()}`);
    for (const title of titles) await settled(await material(title, editor, approver, ['submit']));
    const mine = (await list(approver)).filter((n) => titles.includes(n.title));
    expect(mine.map((n) => n.title)).toEqual([...titles].reverse());

    const first = await t.gql(LIST, { first: 2 }, approver.cookie);
    const second = await t.gql(LIST, { first: 2, after: first.data!.notifications.endCursor }, approver.cookie);
    const paged = [...first.data!.notifications.items, ...second.data!.notifications.items].map((n: Item) => n.id);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.slice(0, 3)).toEqual(mine.map((n) => n.id));

    // Someone else's ids change nothing of theirs.
    const foreign = await t.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [mine[0].id] },
      other.cookie,
    );
    expect(foreign.errors).toBeUndefined();
    expect((await list(approver)).find((n) => n.id === mine[0].id)?.readAt).toBeNull();

    const unread = await count(approver);
    const one = await t.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [mine[0].id] },
      approver.cookie,
    );
    expect(one.data!.markNotificationsRead).toBe(unread - 1);
    const all = await t.gql('mutation { markNotificationsRead(all: true) }', {}, approver.cookie);
    expect(all.data!.markNotificationsRead).toBe(0);
    expect(await count(approver)).toBe(0);
    const none = await t.gql('mutation { markNotificationsRead }', {}, approver.cookie);
    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('honours preferences per kind: off means nothing, email means an e-mail too; defaults follow the role', async () => {
    const editor = await t.signInAs(['editor']);
    const approver = await t.signInAs(['approver', 'member']);
    const reader = await t.signInAs(['reader']);
    const PREFS = '{ notificationPreferences { kind channel isDefault } }';
    const prefs = (await t.gql(PREFS, {}, reader.cookie)).data!.notificationPreferences;
    expect(prefs).toContainEqual({ kind: 'library_update', channel: 'daily', isDefault: true });
    const SET = `mutation($k: NotificationKind!, $c: NotificationChannel!) {
      setNotificationPreference(kind: $k, channel: $c) { kind channel isDefault } }`;
    expect((await t.gql(SET, { k: 'review_requested', c: 'off' }, approver.cookie)).data).toEqual({
      setNotificationPreference: { kind: 'review_requested', channel: 'off', isDefault: false },
    });
    await t.gql(SET, { k: 'library_update', c: 'email' }, reader.cookie);

    const title = `Preferences ${randomUUID()}`;
    const id = await material(title, editor, approver, ['submit', 'approve']);
    await settled(id);
    expect((await list(approver)).filter((n) => n.title === title)).toEqual([]);
    expect((await list(reader)).filter((n) => n.title === title).map((n) => n.kind)).toEqual(['library_update']);
    const mails = await t.dataSource.query(
      `SELECT recipient, subject, body, html FROM outbox_message WHERE subject LIKE $1 AND recipient = ANY($2)`,
      [`%${title}%`, [reader.user.email, approver.user.email, editor.user.email]],
    );
    expect(mails.map((m: { recipient: string }) => m.recipient)).toEqual([reader.user.email]);
    expect(mails[0].subject).toBe(`Новый текст в библиотеке: «${title}»`);
    expect(mails[0].body).toContain(`/materials/${id}`);
    expect(mails[0].body).toContain('/api/notifications/unsubscribe?');
    expect(mails[0].html).toContain('<a href=');
  });
});
