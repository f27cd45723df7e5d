import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { defaultChannel, type DigestChannel, type Language, type NotificationKind, type Role } from '@portal/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/env.js';
import type { ScheduledTask } from '../../jobs/schedules.js';
import { MailOutbox, type NewMail } from '../../mail/mail-outbox.service.js';
import { renderDigest, type NotificationParams } from './notification-texts.js';
import { unsubscribeUrl } from './unsubscribe-link.js';

const USERS_PER_BATCH = 200;

interface Pending {
  id: string;
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
}

interface Person {
  id: string;
  email: string;
  language: Language;
  roles: Role[];
  status: string;
}

/**
 * Daily and weekly digests: every notification waiting for this period goes into one e-mail per person, then is
 * marked taken, in one transaction with the hand-over to the outbox — so a digest is built once, even when two runs
 * meet (the second skips rows the first has locked) or a run is repeated. Notifications e-mailed at once are never
 * waiting for a digest. A kind the person has since switched to another channel is left out.
 */
@Injectable()
export class NotificationDigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailOutbox,
  ) {}

  /** Returns how many digests were handed over. */
  async run(period: DigestChannel): Promise<number> {
    let sent = 0;
    for (;;) {
      const users: { userId: string }[] = await this.dataSource.query(
        `SELECT DISTINCT user_id AS "userId" FROM notification
          WHERE email = $1 AND digested_at IS NULL ORDER BY user_id LIMIT $2`,
        [period, USERS_PER_BATCH],
      );
      if (users.length === 0) return sent;
      const batch = await this.dataSource.transaction((tx) =>
        this.digest(
          tx,
          period,
          users.map((u) => u.userId),
        ),
      );
      sent += batch.sent;
      if (batch.taken === 0) return sent;
    }
  }

  private async digest(tx: EntityManager, period: DigestChannel, userIds: string[]) {
    const rows: Pending[] = await tx.query(
      `SELECT id, user_id AS "userId", kind, params, link FROM notification
        WHERE user_id = ANY($1::uuid[]) AND email = $2 AND digested_at IS NULL
        ORDER BY user_id, created_at, id FOR UPDATE SKIP LOCKED`,
      [userIds, period],
    );
    if (rows.length === 0) return { taken: 0, sent: 0 };
    const people: Person[] = await tx.query(
      `SELECT id, email, language, roles, status FROM app_user WHERE id = ANY($1::uuid[])`,
      [userIds],
    );
    const chosen: { userId: string; kind: NotificationKind; channel: string }[] = await tx.query(
      `SELECT user_id AS "userId", kind, channel FROM notification_preference WHERE user_id = ANY($1::uuid[])`,
      [userIds],
    );
    const { publicUrl, mail } = this.config;
    const mails: NewMail[] = [];
    for (const person of people) {
      if (person.status !== 'active') continue;
      const channelOf = (kind: NotificationKind) =>
        chosen.find((c) => c.userId === person.id && c.kind === kind)?.channel ?? defaultChannel(kind, person.roles);
      const items = rows.filter((row) => row.userId === person.id && channelOf(row.kind) === period);
      if (items.length === 0) continue;
      const kinds = [...new Set(items.map((item) => item.kind))];
      const links = Object.fromEntries(
        kinds.map((kind) => [kind, unsubscribeUrl(publicUrl, mail.unsubscribeSecret, person.id, kind)]),
      );
      mails.push({
        recipient: person.email,
        // The first notification it carries names the digest: a repeated hand-over of the same one is ignored.
        idempotencyKey: `digest:${period}:${person.id}:${items[0].id}`,
        // The header can name one link: the kind the digest is mostly about.
        unsubscribeUrl: links[kinds[0]],
        ...renderDigest(
          person.language,
          period,
          items.map((item) => ({ kind: item.kind, params: item.params, url: `${publicUrl}${item.link}` })),
          links,
        ),
      });
    }
    await tx.query(`UPDATE notification SET digested_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    await this.mail.enqueue(tx, mails);
    return { taken: rows.length, sent: mails.length };
  }
}

@Injectable()
export class DailyDigestTask implements ScheduledTask {
  constructor(private readonly digests: NotificationDigestService) {}
  run() {
    return this.digests.run('daily');
  }
}

@Injectable()
export class WeeklyDigestTask implements ScheduledTask {
  constructor(private readonly digests: NotificationDigestService) {}
  run() {
    return this.digests.run('weekly');
  }
}
