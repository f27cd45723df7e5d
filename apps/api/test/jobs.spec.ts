import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { EventsService } from '../src/jobs/events.service.js';
import { JobQueueService } from '../src/jobs/job-queue.service.js';
import { CREATE_MATERIAL, doc, TRANSITION } from './support/material-factory.js';
import {
  createEffectTable,
  effects,
  eventually,
  jobsFor,
  RecordingConsumer,
  recordEvent,
} from './support/jobs-helpers.js';
import { createTestDatabase } from './support/test-database.js';
import { TestApp } from './support/test-app.js';

const settled = (jobs: { state: string }[]) => jobs.length > 0 && jobs.every((job) => job.state === 'completed');

describe('domain events on one instance', () => {
  let t: TestApp;
  const first = new RecordingConsumer('test-first', 'a');
  const second = new RecordingConsumer('test-second', 'a');
  const failing = {
    name: 'test-failing',
    events: ['material.transitioned'] as const,
    attempts: new Map<string, number>(),
    async handle(event: { id: string }) {
      this.attempts.set(event.id, (this.attempts.get(event.id) ?? 0) + 1);
      throw new Error('the mail server said no');
    },
  };

  beforeAll(async () => {
    t = await TestApp.start({ JOBS_RETRY_LIMIT: '2' }, undefined, { consumers: [first, second, failing] });
    await createEffectTable(t.dataSource);
  });
  afterAll(() => t.close());

  it('delivers a committed event once to each consumer, and never one whose transaction rolled back', async () => {
    const events = t.app.get(EventsService);
    let rolledBack = '';
    await t.dataSource
      .transaction(async (tx) => {
        rolledBack = (
          await events.record(tx, {
            type: 'material.transitioned',
            subjectType: 'Material',
            subjectId: randomUUID(),
            actorId: null,
          })
        ).id;
        throw new Error('the change failed');
      })
      .catch(() => undefined);

    // The real producer: a workflow step records `material.transitioned` in its own transaction.
    const editor = await t.signInAs(['editor']);
    const kind = await t.dataSource.query(`SELECT id FROM material_kind WHERE code = 'press_release'`);
    const created = await t.gql(
      CREATE_MATERIAL,
      { input: { kindId: kind[0].id, language: 'ru', title: 'Событие', body: doc('Текст') } },
      editor.cookie,
    );
    const materialId = created.data?.createMaterial.id;
    const submitted = await t.gql(
      TRANSITION,
      { id: materialId, input: { transition: 'submit', revisionVersion: 1 } },
      editor.cookie,
    );
    expect(submitted.errors).toBeUndefined();
    const [event] = await t.dataSource.query(
      `SELECT id, actor_id AS "actorId", payload FROM domain_event WHERE subject_id = $1`,
      [materialId],
    );
    expect(event).toMatchObject({ actorId: editor.user.id, payload: { transition: 'submit', toState: 'in_review' } });

    // The portal's own notifications consumer also gets the step; these tests watch their own consumers.
    const own = (jobs: { name: string; state: string }[]) =>
      jobs.filter((job) => job.name.startsWith('event.test-') && job.name !== 'event.test-failing');
    const delivered = (jobs: { name: string; state: string }[]) => own(jobs).length === 2 && settled(own(jobs));
    await eventually('both deliveries', () => jobsFor(t.dataSource, event.id), delivered);
    expect(await effects(t.dataSource, event.id)).toEqual([
      { consumer: 'test-first', instance: 'a' },
      { consumer: 'test-second', instance: 'a' },
    ]);
    expect(first.calls.filter((id) => id === event.id)).toHaveLength(1);
    expect(second.calls.filter((id) => id === event.id)).toHaveLength(1);

    // Consumers' queues are first in, first out: the rolled-back event, recorded earlier, would have come first.
    expect(await t.dataSource.query('SELECT 1 FROM domain_event WHERE id = $1', [rolledBack])).toEqual([]);
    expect(await jobsFor(t.dataSource, rolledBack)).toEqual([]);
    expect(first.calls).not.toContain(rolledBack);
  });

  it('retries a failing consumer with backoff, then dead-letters the delivery for administrators to see', async () => {
    const event = await recordEvent(t);
    const admin = await t.signInAs(['admin']);
    const query = '{ deadLetterJobs { consumer eventId eventType subjectId attempts error failedAt } }';
    const listed = await eventually(
      'the dead letter',
      async () => (await t.gql(query, {}, admin.cookie)).data?.deadLetterJobs ?? [],
      (jobs: { eventId: string }[]) => jobs.some((job) => job.eventId === event.id),
    );
    expect(listed.find((job: { eventId: string }) => job.eventId === event.id)).toMatchObject({
      consumer: 'test-failing',
      eventType: 'material.transitioned',
      subjectId: event.subjectId,
      attempts: 3,
      error: 'the mail server said no',
    });
    expect(failing.attempts.get(event.id)).toBe(3);
    const [queue] = await t.app.get(JobQueueService).boss.getQueues(['event.test-failing']);
    expect(queue).toMatchObject({ retryLimit: 2, retryBackoff: true, deadLetter: 'event.dead-letter' });
    expect(
      await t.dataSource.query(`SELECT 1 FROM event_delivery WHERE event_id = $1 AND consumer = 'test-failing'`, [
        event.id,
      ]),
    ).toEqual([]);

    for (const roles of [['member'], ['editor', 'approver']] as const) {
      const other = await t.signInAs([...roles]);
      expect((await t.gql(query, {}, other.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('sends invitations through the queue: the outbox message is delivered (to the log) once', async () => {
    const admin = await t.signInAs(['admin']);
    const email = `invited-${randomUUID()}@test.kg`;
    const invited = await t.gql(
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }',
      { i: { email, displayName: 'Приглашённый', roles: ['member'] } },
      admin.cookie,
    );
    const userId = invited.data?.inviteUser.user.id;
    const [event] = await t.dataSource.query(
      `SELECT id, type, actor_id AS "actorId" FROM domain_event WHERE subject_id = $1`,
      [userId],
    );
    expect(event).toMatchObject({ type: 'user.invited', actorId: admin.user.id });
    const [message] = await eventually(
      'the invitation to go out',
      () => t.dataSource.query(`SELECT sent_at, sent_via FROM outbox_message WHERE recipient = $1`, [email]),
      (rows: { sent_at: Date | null; sent_via: string | null }[]) => rows[0]?.sent_via === 'log',
    );
    expect(message.sent_at).toBeInstanceOf(Date);
    expect(await jobsFor(t.dataSource, event.id)).toEqual([
      { name: 'event.invitation-message', state: 'completed', retryCount: 0 },
    ]);
  });
});

describe('dead letters an administrator settles', () => {
  let t: TestApp;
  /** Fails while `broken`, like a mail server that is down and comes back. */
  const flaky = {
    name: 'test-flaky',
    events: ['user.invited'] as const,
    broken: true,
    delivered: [] as string[],
    async handle(event: { id: string }) {
      if (this.broken) throw new Error('the mail server is down');
      this.delivered.push(event.id);
    },
  };

  beforeAll(async () => {
    t = await TestApp.start({ JOBS_RETRY_LIMIT: '0' }, undefined, { consumers: [flaky] });
  });
  afterAll(() => t.close());

  it('lets an administrator send a dead letter back to its consumer, or discard one, each audited', async () => {
    const [toRetry, toDiscard] = [await recordEvent(t, 'user.invited'), await recordEvent(t, 'user.invited')];
    const admin = await t.signInAs(['admin']);
    const LIST = '{ deadLetterJobs { id consumer eventId payloadSummary } }';
    type Dead = { id: string; consumer: string; eventId: string; payloadSummary: string | null };
    const flakyDead = async () =>
      ((await t.gql(LIST, {}, admin.cookie)).data?.deadLetterJobs ?? []).filter(
        (job: Dead) => job.consumer === 'test-flaky',
      ) as Dead[];
    const dead = await eventually('both dead letters', flakyDead, (jobs) =>
      [toRetry.id, toDiscard.id].every((id) => jobs.some((job) => job.eventId === id)),
    );
    const retried = dead.find((job) => job.eventId === toRetry.id)!;
    const discarded = dead.find((job) => job.eventId === toDiscard.id)!;
    expect(retried.payloadSummary).toBeNull();

    flaky.broken = false;
    const RETRY = 'mutation($id: ID!) { retryDeadLetterJob(id: $id) }';
    const DISCARD = 'mutation($id: ID!) { discardDeadLetterJob(id: $id) }';
    expect((await t.gql(RETRY, { id: retried.id }, admin.cookie)).data).toEqual({ retryDeadLetterJob: true });
    expect((await t.gql(DISCARD, { id: discarded.id }, admin.cookie)).data).toEqual({ discardDeadLetterJob: true });

    await eventually(
      'the retried delivery',
      () =>
        t.dataSource.query(`SELECT 1 FROM event_delivery WHERE event_id = $1 AND consumer = 'test-flaky'`, [
          toRetry.id,
        ]),
      (rows) => rows.length === 1,
    );
    expect(flaky.delivered).toEqual([toRetry.id]);
    expect((await flakyDead()).map((job) => job.id)).toEqual([]);
    // Gone once is gone: a second try names the problem.
    expect((await t.gql(RETRY, { id: retried.id }, admin.cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(DISCARD, { id: discarded.id }, admin.cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const audit = await t.dataSource.query(
      `SELECT action, actor_id AS "actorId", subject_id AS "subjectId", summary FROM audit_event
        WHERE subject_type = 'Job' ORDER BY id`,
    );
    expect(audit).toEqual([
      {
        action: 'job.retry',
        actorId: admin.user.id,
        subjectId: retried.id,
        summary: { consumer: 'test-flaky', eventId: toRetry.id },
      },
      {
        action: 'job.discard',
        actorId: admin.user.id,
        subjectId: discarded.id,
        summary: { consumer: 'test-flaky', eventId: toDiscard.id },
      },
    ]);

    const member = await t.signInAs(['member']);
    expect((await t.gql(RETRY, { id: retried.id }, member.cookie)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('domain events across instances', () => {
  it.each([
    ['the instance stopped before the effect committed', true],
    ['the effect committed but the queue never heard', false],
  ])(
    'redelivers a delivery cut off mid-job (%s) to the next instance, and its effect happens once',
    async (_, beforeCommit) => {
      const db = await createTestDatabase();
      const shared = { url: db.url, drop: async () => {} };
      const watcher = new pg.Client({ connectionString: db.url });
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let reached: (pid: number) => void = () => {};
      const running = new Promise<number>((resolve) => (reached = resolve));
      const slow = new RecordingConsumer('test-slow', 'first', undefined, async (_event, tx) => {
        const [{ pid }] = await tx.query('SELECT pg_backend_pid() AS pid');
        reached(pid);
        await gate;
      });
      const env = { JOBS_STOP_TIMEOUT_SECONDS: '1' };
      const firstApp = await TestApp.start(env, shared, { consumers: [slow] });
      let secondApp: TestApp | undefined;
      try {
        await createEffectTable(firstApp.dataSource);
        await watcher.connect();
        const event = await recordEvent(firstApp);
        const pid = await running;
        const handedBack = () =>
          eventually(
            'the job handed back',
            () => jobsFor(watcher, event.id),
            (jobs) => jobs.find((job) => job.name === 'event.test-slow')?.state === 'retry',
          );
        if (beforeCommit) {
          // A dying process loses its connection, and the open transaction with it.
          await watcher.query('SELECT pg_terminate_backend($1)', [pid]);
          const closing = firstApp.close();
          // The shutdown stops waiting and hands the job back while the consumer is still "running".
          await handedBack();
          release();
          await closing;
          expect(await effects(watcher, event.id)).toEqual([]);
        } else {
          // The queue's side dies with the job active; the consumer's own transaction still commits.
          await firstApp.app.get(JobQueueService).boss.stop({ graceful: false });
          await handedBack();
          release();
          await eventually(
            'the effect',
            () => effects(watcher, event.id),
            (rows) => rows.length === 1,
          );
          await firstApp.close();
        }

        const next = new RecordingConsumer('test-slow', 'second');
        secondApp = await TestApp.start(env, shared, { consumers: [next] });
        await eventually('the redelivery', () => jobsFor(watcher, event.id), settled);
        expect(await effects(watcher, event.id)).toEqual([
          { consumer: 'test-slow', instance: beforeCommit ? 'second' : 'first' },
        ]);
        expect(next.calls).toEqual(beforeCommit ? [event.id] : []);
        const slow = (await jobsFor(watcher, event.id)).find((job) => job.name === 'event.test-slow');
        expect(slow?.retryCount).toBeGreaterThanOrEqual(1);
      } finally {
        release();
        await secondApp?.close();
        await watcher.end();
        await db.drop();
      }
    },
    120_000,
  );

  it('two instances on one database process each event once and run each schedule once', async () => {
    const db = await createTestDatabase();
    const shared = { url: db.url, drop: async () => {} };
    const env = { HOUSEKEEPING_CRON: '* * * * *', JOBS_SCHEDULE_CHECK_SECONDS: '1' };
    const consumers = [new RecordingConsumer('test-counting', 'one'), new RecordingConsumer('test-counting', 'two')];
    const apps: TestApp[] = [];
    try {
      const [{ minute: firstMinute }] = await pgQuery(db.url, `SELECT date_trunc('minute', now()) AS minute`);
      apps.push(
        ...(await Promise.all(consumers.map((consumer) => TestApp.start(env, shared, { consumers: [consumer] })))),
      );
      await createEffectTable(apps[0].dataSource);
      const recorded = [];
      for (let i = 0; i < 20; i++) recorded.push(await recordEvent(apps[i % 2]));
      for (const event of recorded) {
        await eventually('every delivery', () => jobsFor(apps[0].dataSource, event.id), settled);
      }
      for (const event of recorded) expect((await effects(apps[0].dataSource, event.id)).length).toBe(1);
      expect(consumers.flatMap((consumer) => consumer.calls).sort()).toEqual(recorded.map((e) => e.id).sort());

      const scheduled = await eventually(
        'a scheduled housekeeping run',
        () =>
          apps[0].dataSource.query(
            `SELECT date_trunc('minute', created_on) AS minute, data FROM pgboss.job
              WHERE name = 'auth.housekeeping' AND state = 'completed'`,
          ),
        (rows: { data: unknown }[]) => rows.some((row) => row.data === null),
      );
      const [{ minutes }] = await apps[0].dataSource.query(
        `SELECT extract(epoch FROM date_trunc('minute', now()) - $1::timestamptz) / 60 + 1 AS minutes`,
        [firstMinute],
      );
      // pg-boss creates at most one run per schedule and minute, whichever instance looks first.
      const runs = scheduled.filter((row: { data: unknown }) => row.data === null);
      const startups = scheduled.filter((row: { data: unknown }) => row.data !== null);
      expect(runs.length).toBeLessThanOrEqual(Number(minutes));
      expect(startups.length).toBeGreaterThanOrEqual(1);
      expect(startups.length).toBeLessThanOrEqual(Number(minutes));
      const schedules = await apps[1].app.get(JobQueueService).boss.getSchedules('auth.housekeeping');
      expect(schedules.map((schedule) => schedule.cron)).toEqual(['* * * * *']);
    } finally {
      for (const app of apps) await app.close();
      await db.drop();
    }
  }, 120_000);
});

async function pgQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
