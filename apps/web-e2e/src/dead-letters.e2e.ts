import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { PgBoss } from 'pg-boss';
import { gql, launchBrowser, newPage, signIn } from './support/portal';

const DEAD_LETTER_QUEUE = 'event.dead-letter';

let browser: Browser;
let boss: PgBoss;
beforeAll(async () => {
  browser = await launchBrowser();
  const url = process.env.PORTAL_E2E_DATABASE_URL;
  if (!url) throw new Error('PORTAL_E2E_DATABASE_URL is not set: the Jest globalSetup did not start the database.');
  boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: false, schedule: false });
  boss.on('error', () => undefined);
  await boss.start();
});
afterAll(async () => {
  await boss.stop({ graceful: false });
  await browser.close();
});

/**
 * A delivery of a real event that failed on every attempt: the job of a consumer queue that no worker serves is
 * fetched and failed by hand, so it lands in the portal's dead-letter queue at once.
 */
async function deadLetter(consumer: string, eventId: string): Promise<void> {
  const queue = `event.${consumer}`;
  await boss.createQueue(queue, { retryLimit: 0, deadLetter: DEAD_LETTER_QUEUE });
  await boss.send(queue, { eventId });
  const [job] = await boss.fetch(queue);
  await boss.fail(queue, job.id, { message: `${consumer}: the mail server said no` });
}

describe('failed background jobs', () => {
  it('an admin finds failed deliveries from the admin menu, retries one and removes the other', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@portal.test');
    await gql(context.request, 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }', {
      i: { email: `dl-${randomUUID()}@test.kg`, displayName: 'Сбой Доставки', roles: ['member'] },
    });
    const db = boss.getDb();
    const { rows } = await db.executeSql(
      `SELECT id FROM domain_event WHERE type = 'user.invited' ORDER BY created_at DESC LIMIT 1`,
    );
    const eventId = rows[0].id as string;
    const [retried, removed] = [`e2e-retry-${randomUUID().slice(0, 8)}`, `e2e-remove-${randomUUID().slice(0, 8)}`];
    await deadLetter(retried, eventId);
    await deadLetter(removed, eventId);

    await page.click('#main-nav a[href="/admin/jobs"]');
    await page.waitForSelector('h1:has-text("Сбои фоновых задач")');
    const row = (consumer: string) => page.locator('[data-testid=dead-letter-row]', { hasText: consumer });
    await row(retried).waitFor();
    const text = (await row(retried).textContent()) ?? '';
    expect(text).toContain('user.invited');
    expect(text).toContain(`${retried}: the mail server said no`);
    expect(text).toContain('Попыток: 1');
    expect(await row(retried).locator('[data-testid=dead-letter-payload]').textContent()).toContain('messageId');

    await row(retried).locator('button:has-text("Повторить доставку")').click();
    await row(retried).waitFor({ state: 'detached' });
    // Back on its own queue, waiting for a worker.
    const [queued] = await boss.findJobs<{ eventId: string }>(`event.${retried}`, { queued: true });
    expect(queued.data.eventId).toBe(eventId);

    await row(removed).locator('button:has-text("Удалить")').click();
    await row(removed).waitFor({ state: 'detached' });
    const left = await boss.findJobs(DEAD_LETTER_QUEUE, { data: { eventId } });
    expect(left.filter((job) => job.sourceName === `event.${removed}`)).toEqual([]);

    // Both acts are in the audit log.
    await page.goto('/admin/audit?action=job');
    await page.waitForSelector('[data-testid=audit-row]');
    const log = (await page.locator('[data-testid=audit-table]').textContent()) ?? '';
    expect(log).toContain('Доставка повторена');
    expect(log).toContain('Доставка удалена');
    await context.close();
  });

  it('is not reachable for anyone but admins: no link, and the page refuses', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'editor@portal.test');
    expect(await page.locator('#main-nav a[href="/admin/jobs"]').count()).toBe(0);
    await page.goto('/admin/jobs');
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[data-testid=dead-letter-table]').count()).toBe(0);
    await context.close();
  });
});
