import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  defaultChannel,
  isLanguage,
  NOTIFICATION_KINDS,
  type Language,
  type NotificationChannel,
  type NotificationKind,
} from '@portal/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { fieldError } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/env.js';
import { UserEntity } from '../users/user.entity.js';
import type { NotificationModel, NotificationPageModel, NotificationPreferenceModel } from './notification.model.js';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { isValidUnsubscribe } from './unsubscribe-link.js';

/** The badge shows "99+" beyond this; counting further would only cost time. */
export const UNREAD_CAP = 100;

/** A person's own notifications and preferences; nobody reads or changes another's. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, by keyset (created_at, id): cheap on any page. */
  async list(actor: Actor, first: number, after?: string | null): Promise<NotificationPageModel> {
    const cursor = after ? decodeCursor(after) : null;
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: actor.user.id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1);
    // Compared in SQL against the row itself: timestamps keep microseconds that a JavaScript date would drop.
    if (cursor) {
      query.andWhere('(n.created_at, n.id) < (SELECT c.created_at, c.id FROM notification c WHERE c.id = :cursor)', {
        cursor,
      });
    }
    const rows = await query.getMany();
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return {
      items: items.map(toModel),
      endCursor: rows.length > first && last ? encodeCursor(last) : null,
    };
  }

  /** One index-only count, capped: the header asks for it on every focus and every few minutes. */
  async unreadCount(actor: Actor): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM notification WHERE user_id = $1 AND read_at IS NULL LIMIT $2) u`,
      [actor.user.id, UNREAD_CAP],
    );
    return n;
  }

  /** Marks some or all as read; returns the unread count after. */
  async markRead(actor: Actor, ids: string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    if (!all && !ids?.length) throw fieldError('ids', 'required', 'give the notifications to mark, or all: true');
    await this.dataSource.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))`,
      [actor.user.id, !!all, ids ?? []],
    );
    return this.unreadCount(actor);
  }

  async preferences(actor: Actor): Promise<NotificationPreferenceModel[]> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId: actor.user.id });
    const chosen = new Map(rows.map((row) => [row.kind, row.channel]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      channel: chosen.get(kind) ?? defaultChannel(kind, actor.user.roles),
      isDefault: !chosen.has(kind),
    }));
  }

  async setPreference(actor: Actor, kind: NotificationKind, channel: NotificationChannel) {
    const from = (await this.preferences(actor)).find((p) => p.kind === kind)!.channel;
    await this.dataSource.transaction(async (tx) => {
      await this.save(tx, actor.user.id, kind, channel);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'notification.preference',
        subjectType: 'User',
        subjectId: actor.user.id,
        summary: { kind, channel: { from, to: channel } },
      });
    });
    return (await this.preferences(actor)).find((p) => p.kind === kind)!;
  }

  /**
   * The one-click link of an e-mail: e-mail for that kind stops (notifications stay in the portal). Returns the
   * person's language for the confirmation page, or null when the link is not genuine.
   */
  async unsubscribe(userId: string, kind: string, signature: string): Promise<Language | null> {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
    if (!isValidUnsubscribe(this.config.mail.unsubscribeSecret, userId, kind as NotificationKind, signature)) {
      return null;
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) return null;
    const current = (
      await this.dataSource
        .getRepository(NotificationPreferenceEntity)
        .findOneBy({ userId, kind: kind as NotificationKind })
    )?.channel;
    if (current !== 'off') {
      await this.dataSource.transaction(async (tx) => {
        await this.save(tx, userId, kind as NotificationKind, 'in_app');
        await this.audit.record(tx, {
          actor: user,
          action: 'notification.unsubscribe',
          subjectType: 'User',
          subjectId: userId,
          summary: { kind },
        });
      });
    }
    return isLanguage(user.language) ? user.language : 'ru';
  }

  private async save(manager: EntityManager, userId: string, kind: NotificationKind, channel: NotificationChannel) {
    await manager.query(
      `INSERT INTO notification_preference (user_id, kind, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
      [userId, kind, channel],
    );
  }
}

function toModel(row: NotificationEntity): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    title: row.params.title ?? '',
    state: row.params.state ?? null,
    revised: !!row.params.revised,
    link: row.link,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

const encodeCursor = (row: NotificationEntity) => row.id;

function decodeCursor(cursor: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(cursor)) {
    throw fieldError('after', 'invalid', 'not a cursor of this list');
  }
  return cursor;
}
