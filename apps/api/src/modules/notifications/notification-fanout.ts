import { defaultChannel, type Language, type NotificationKind, type Role } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/env.js';
import type { DomainEventEntity } from '../../jobs/domain-event.entity.js';
import type { MailOutbox, NewMail } from '../../mail/mail-outbox.service.js';
import { renderImmediate, type NotificationParams } from './notification-texts.js';
import { NotificationEntity, type NotificationEmailMode } from './notification.entity.js';
import { roleKey } from './notification-recipients.js';
import { unsubscribeUrl } from './unsubscribe-link.js';

/** Recipients are read and written a page at a time, so one approval to thousands of readers stays bounded. */
const PAGE = 1000;

export interface FanOut {
  event: DomainEventEntity;
  kind: NotificationKind;
  /** Which accounts are candidates: SQL over `u` (app_user) with named parameters. */
  where: string;
  params?: Record<string, unknown>;
  /** Role sets allowed to hear of it (`roleKey`): those whom the visibility rule lets read what it names. */
  roleSets: Set<string>;
  subjectType: string;
  subjectId: string;
  link: string;
  text: NotificationParams;
}

interface Recipient {
  id: string;
  email: string;
  language: Language;
  roles: Role[];
  channel: string | null;
}

const EMAIL_MODE: Record<string, NotificationEmailMode> = {
  in_app: 'none',
  email: 'immediate',
  daily: 'daily',
  weekly: 'weekly',
};

/**
 * Turns one event into notifications for everyone it concerns, by their preference for its kind: a row in the
 * portal (unless "off"), and an e-mail now or a place in the next digest. Runs inside the consumer's delivery
 * transaction, so it happens once per event; the unique (user, event, kind) key makes a repeat a no-op anyway.
 */
export class NotificationFanout {
  constructor(
    private readonly config: AppConfig,
    private readonly mail: MailOutbox,
  ) {}

  async fanOut(tx: EntityManager, f: FanOut): Promise<string[]> {
    const notified: string[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page: Recipient[] = await tx
        .createQueryBuilder()
        .select([
          'u.id AS id',
          'u.email AS email',
          'u.language AS language',
          'u.roles AS roles',
          'p.channel AS channel',
        ])
        .from('app_user', 'u')
        .leftJoin('notification_preference', 'p', 'p.user_id = u.id AND p.kind = :kind', { kind: f.kind })
        .where(`u.status = 'active' AND u.id > :after`, { after })
        .andWhere(`(${f.where})`, f.params ?? {})
        .andWhere('u.id IS DISTINCT FROM :actorId', { actorId: f.event.actorId })
        .orderBy('u.id')
        .limit(PAGE)
        .getRawMany();
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      notified.push(...(await this.write(tx, f, page)));
      if (page.length < PAGE) break;
    }
    return notified;
  }

  private async write(tx: EntityManager, f: FanOut, page: Recipient[]): Promise<string[]> {
    const chosen = page
      .filter((r) => f.roleSets.has(roleKey(r.roles)))
      .map((r) => ({ ...r, mode: EMAIL_MODE[r.channel ?? defaultChannel(f.kind, r.roles)] }))
      .filter((r) => r.mode !== undefined);
    if (chosen.length === 0) return [];
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        chosen.map((r) => ({
          userId: r.id,
          kind: f.kind,
          eventId: f.event.id,
          subjectType: f.subjectType,
          subjectId: f.subjectId,
          params: f.text as Record<string, string>,
          link: f.link,
          email: r.mode,
        })),
      )
      .orIgnore()
      .returning(['id', 'userId'])
      .execute();
    const inserted = new Set((result.raw as { user_id: string }[]).map((row) => row.user_id));
    const { publicUrl, mail } = { publicUrl: this.config.publicUrl, mail: this.config.mail };
    const mails: NewMail[] = chosen
      .filter((r) => r.mode === 'immediate' && inserted.has(r.id))
      .map((r) => ({
        recipient: r.email,
        idempotencyKey: `notification:${f.event.id}:${r.id}:${f.kind}:email`,
        unsubscribeUrl: unsubscribeUrl(publicUrl, mail.unsubscribeSecret, r.id, f.kind),
        ...renderImmediate(
          r.language,
          { kind: f.kind, params: f.text, url: `${publicUrl}${f.link}` },
          unsubscribeUrl(publicUrl, mail.unsubscribeSecret, r.id, f.kind),
        ),
      }));
    await this.mail.enqueue(tx, mails);
    return [...inserted];
  }
}
