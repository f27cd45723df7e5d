import { randomUUID } from 'node:crypto';
import { MailOutbox } from '../src/mail/mail-outbox.service.js';
import { JobQueueService } from '../src/jobs/job-queue.service.js';
import { NotificationDigestService } from '../src/modules/notifications/notification-digest.service.js';
import { eventually } from './support/jobs-helpers.js';
import { CREATE_MATERIAL, doc, MATERIAL, TRANSITION } from './support/material-factory.js';
import { createTestDatabase } from './support/test-database.js';
import { TestApp, type SignedInUser } from './support/test-app.js';
import { TestSmtp } from './support/test-smtp.js';

/** A text written by `editor`, submitted and approved by `approver`; returns its id. */
async function approvedText(t: TestApp, title: string, editor: SignedInUser, approver: SignedInUser) {
  const kind = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'press_release'`);
  const created = await t.gql(
    CREATE_MATERIAL,
    { input: { kindId: kind[0].id, language: 'ru', title, body: doc('Текст') } },
    editor.cookie,
  );
  const id: string = created.data!.createMaterial.id;
  for (const [transition, by] of [
    ['submit', editor],
    ['approve', approver],
  ] as const) {
    const version = (await t.gql(MATERIAL, { id }, by.cookie)).data!.material.working.version;
    const res = await t.gql(TRANSITION, { id, input: { transition, revisionVersion: version } }, by.cookie);
    expect(res.errors).toBeUndefined();
  }
  return id;
}

/** Hands one message over as any module would: in a transaction, through the outbox. */
async function handOver(t: TestApp, recipient: string) {
  const [id] = await t.dataSource.transaction((tx) =>
    t.app.get(MailOutbox).enqueue(tx, [
      {
        recipient,
        subject: 'Проверка',
        text: 'Текст письма',
        html: '<p>Текст письма</p>',
        idempotencyKey: randomUUID(),
      },
    ]),
  );
  return id;
}

const sentAt = (t: TestApp, id: string) =>
  t.dataSource.query(`SELECT sent_at, sent_via FROM outbox_message WHERE id = $1`, [id]);
const mailJob = async (t: TestApp, id: string) =>
  (
    await t.dataSource.query(
      `SELECT state::text, retry_count AS "retryCount" FROM pgboss.job WHERE name = 'mail.send' AND data->>'messageId' = $1`,
      [id],
    )
  )[0] as { state: string; retryCount: number } | undefined;
const messageIdOf = (id: string) => `<${id}@portal>`;

describe('e-mail through a real SMTP server', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let editor: SignedInUser;
  let approver: SignedInUser;

  beforeAll(async () => {
    smtp = await new TestSmtp().start();
    t = await TestApp.start({ SMTP_URL: smtp.url, SMTP_FROM: 'Portal <portal@test.kg>' });
    editor = await t.signInAs(['editor']);
    approver = await t.signInAs(['approver', 'member']);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends an invitation by SMTP once, and marks it sent', async () => {
    const admin = await t.signInAs(['admin']);
    const email = `invited-${randomUUID()}@test.kg`;
    const invited = await t.gql(
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { inviteUrl } }',
      { i: { email, displayName: 'Приглашённая', roles: ['reader'] } },
      admin.cookie,
    );
    const [row] = await eventually(
      'the invitation sent',
      () => t.dataSource.query(`SELECT id, sent_via FROM outbox_message WHERE recipient = $1`, [email]),
      (rows: { id: string; sent_via: string | null }[]) => rows[0]?.sent_via === 'smtp',
    );
    expect(smtp.to(email)).toHaveLength(1);
    const [mail] = smtp.to(email);
    expect(mail.text).toContain(invited.data!.inviteUser.inviteUrl);
    expect(mail.messageId).toBe(messageIdOf(row.id));
  });

  it('e-mails a notification in the recipient’s language, HTML and text, with a working one-click unsubscribe', async () => {
    const reader = await t.signInAs(['reader'], { language: 'ky' });
    await t.gql(
      'mutation { setNotificationPreference(kind: library_update, channel: email) { kind } }',
      {},
      reader.cookie,
    );
    const title = `Билдирме ${randomUUID()}`;
    const id = await approvedText(t, title, editor, approver);
    const [mail] = await eventually(
      'the e-mail',
      async () => smtp.to(reader.user.email),
      (m) => m.length === 1,
    );
    expect(mail.subject).toBe(`Китепканада жаңы текст: «${title}»`);
    expect(mail.text).toContain(`/materials/${id}`);
    expect(mail.html).toContain(`/materials/${id}`);
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, '');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = new URL(header('list-unsubscribe')!.replace(/^<|>$/g, ''));
    expect(link.pathname).toBe('/api/notifications/unsubscribe');

    const forged = new URLSearchParams(link.search);
    forged.set('k', 'review_requested');
    expect((await fetch(`${t.url}${link.pathname}?${forged}`, { method: 'POST' })).status).toBe(400);
    const res = await fetch(`${t.url}${link.pathname}${link.search}`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Мындан ары каттар келбейт');
    const prefs = await t.gql('{ notificationPreferences { kind channel } }', {}, reader.cookie);
    expect(prefs.data!.notificationPreferences).toContainEqual({ kind: 'library_update', channel: 'in_app' });

    // The next text still shows in the portal, but sends no e-mail.
    const next = `Экинчи ${randomUUID()}`;
    await approvedText(t, next, editor, approver);
    await eventually(
      'the in-app notification',
      () =>
        t.dataSource.query(`SELECT 1 FROM notification WHERE user_id = $1 AND params->>'title' = $2`, [
          reader.user.id,
          next,
        ]),
      (rows: unknown[]) => rows.length === 1,
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE recipient = $1 AND subject LIKE $2`,
      [reader.user.email, `%${next}%`],
    );
    expect(n).toBe(0);
  });

  it('builds a digest once, at most once per notification, and never repeats what went out at once', async () => {
    const daily = await t.signInAs(['reader']);
    const immediate = await t.signInAs(['reader']);
    await t.gql(
      'mutation { setNotificationPreference(kind: library_update, channel: email) { kind } }',
      {},
      immediate.cookie,
    );
    const title = `Дайджест ${randomUUID()}`;
    await approvedText(t, title, editor, approver);
    await eventually(
      'both notifications',
      () =>
        t.dataSource.query(`SELECT user_id FROM notification WHERE params->>'title' = $1 AND user_id = ANY($2)`, [
          title,
          [daily.user.id, immediate.user.id],
        ]),
      (rows: unknown[]) => rows.length === 2,
    );
    const digests = t.app.get(NotificationDigestService);
    await Promise.all([digests.run('daily'), digests.run('daily')]);
    await digests.run('daily');
    const [digest] = await eventually(
      'the digest',
      async () => smtp.to(daily.user.email),
      (m) => m.length === 1,
    );
    expect(digest.subject).toBe('Уведомления портала за день');
    expect(digest.text).toContain(title);
    expect(digest.html).toContain(title);
    await eventually(
      'the immediate e-mail',
      async () => smtp.to(immediate.user.email),
      (m) => m.length === 1,
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE recipient = ANY($1)`,
      [[daily.user.email, immediate.user.email]],
    );
    expect(n).toBe(2);
    expect(smtp.to(daily.user.email)).toHaveLength(1);
    expect(smtp.to(immediate.user.email)).toHaveLength(1);

    const [schedule] = await t.app.get(JobQueueService).boss.getSchedules('notifications.digest-daily');
    expect(schedule).toMatchObject({ cron: '0 8 * * *', options: expect.objectContaining({ tz: 'Asia/Bishkek' }) });
  });
});

describe('e-mail when the SMTP server fails', () => {
  it('retries with backoff while the server is down and delivers once when it is back', async () => {
    const probe = await new TestSmtp().start();
    const port = probe.port;
    await probe.stop();
    const t = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const smtp = new TestSmtp();
    try {
      const id = await handOver(t, 'down-then-up@test.kg');
      await eventually(
        'a failed attempt',
        () => mailJob(t, id),
        (job) => (job?.retryCount ?? 0) >= 1,
      );
      expect((await sentAt(t, id))[0].sent_at).toBeNull();
      await smtp.start(port);
      await eventually(
        'the delivery',
        () => sentAt(t, id),
        (rows) => rows[0]?.sent_via === 'smtp',
      );
      expect(smtp.accepted.map((m) => m.messageId)).toEqual([messageIdOf(id)]);
      expect(await mailJob(t, id)).toMatchObject({ state: 'completed' });
    } finally {
      await t.close();
      await smtp.stop();
    }
  }, 120_000);

  it('a worker stopped mid-send hands the message back, and the next one delivers it once', async () => {
    const smtp = await new TestSmtp().start();
    const db = await createTestDatabase();
    const shared = { url: db.url, drop: async () => {} };
    const env = { SMTP_URL: smtp.url, JOBS_STOP_TIMEOUT_SECONDS: '1' };
    let second: TestApp | undefined;
    try {
      const first = await TestApp.start(env, shared);
      smtp.hold();
      const id = await handOver(first, 'mid-send@test.kg');
      await eventually(
        'the data to arrive',
        async () => smtp.received.length,
        (n) => n === 1,
      );
      // The server has the message but has not answered: the sender stops now (a deploy, a crash).
      await first.close();
      await eventually(
        'the connection cut',
        async () => smtp.closedConnections,
        (n) => n >= 1,
      );
      smtp.release();
      expect(smtp.accepted).toEqual([]);
      expect((await sentAt(first, id).catch(() => null)) ?? null).toBeNull();

      second = await TestApp.start(env, shared);
      await eventually(
        'the delivery',
        () => sentAt(second!, id),
        (rows) => rows[0]?.sent_via === 'smtp',
      );
      expect(smtp.accepted.map((m) => m.messageId)).toEqual([messageIdOf(id)]);
      // Every copy the server saw carries the same Message-ID, by which mail systems drop a repeat.
      expect(new Set(smtp.received.map((m) => m.messageId))).toEqual(new Set([messageIdOf(id)]));
      expect((await mailJob(second, id))?.retryCount).toBeGreaterThanOrEqual(1);
    } finally {
      await second?.close();
      await smtp.stop();
      await db.drop();
    }
  }, 120_000);
});
