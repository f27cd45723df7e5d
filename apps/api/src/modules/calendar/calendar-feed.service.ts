import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { abilityToSql, defineAbilityFor, type AppAbility } from '@portal/authz';
import type { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { notFound } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/env.js';
import { UserEntity } from '../users/user.entity.js';
import { calendarIcs } from './calendar-ics.js';
import { CALENDAR_EVENT_AUTHZ_COLUMNS } from './calendar-columns.js';
import { CalendarEventsService } from './calendar-events.service.js';
import { CalendarEventEntity } from './calendar-event.entity.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import type { CalendarFeedModel } from './meeting.model.js';

/** Series that ended this long ago drop out of feeds (clients keep what they already have). */
const FEED_PAST_DAYS = 366;
const FEED_EVENTS_MAX = 5_000;

/** Per-person secret iCalendar feeds and single-event `.ics` files, both filtered by the person's own rules. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly calendar: CalendarEventsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(actor: Actor): Promise<CalendarFeedModel | null> {
    const feed = await this.feeds.findOneBy({ userId: actor.user.id });
    return feed ? { createdAt: feed.createdAt, url: null } : null;
  }

  /** A new secret address (any previous one stops working); the token is shown now and never again. */
  async regenerate(actor: Actor): Promise<CalendarFeedModel> {
    const token = newToken();
    return this.feeds.manager.transaction(async (tx) => {
      const replaced = await tx.delete(CalendarFeedEntity, { userId: actor.user.id });
      const feed = await tx.save(tx.create(CalendarFeedEntity, { userId: actor.user.id, tokenHash: hashToken(token) }));
      await this.audit.record(tx, {
        actor: actor.user,
        action: replaced.affected ? 'calendar_feed.regenerate' : 'calendar_feed.create',
        subjectType: 'User',
        subjectId: actor.user.id,
      });
      return { createdAt: feed.createdAt, url: `${this.config.publicUrl}/api/calendar/feed/${token}.ics` };
    });
  }

  async revoke(actor: Actor): Promise<boolean> {
    return this.feeds.manager.transaction(async (tx) => {
      const result = await tx.delete(CalendarFeedEntity, { userId: actor.user.id });
      if (!result.affected) return false;
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'calendar_feed.revoke',
        subjectType: 'User',
        subjectId: actor.user.id,
      });
      return true;
    });
  }

  /** The feed of the token's owner, as they may see it now; an unknown or revoked token, or an inactive owner: 404. */
  async feed(token: string): Promise<string> {
    const feed = await this.feeds.findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    const user: UserEntity | undefined = feed?.user;
    if (!user || user.status !== 'active') throw notFound('Calendar feed');
    const ability = defineAbilityFor({ id: user.id, roles: user.roles, organizationId: user.organizationId });
    const events = await this.readable(ability);
    const exceptions = await this.calendar.exceptionsOf(events.map((e) => e.id));
    return calendarIcs('Портал: календарь', events, exceptions, (e) => this.link(e));
  }

  async single(actor: Actor, id: string): Promise<{ ics: string; event: CalendarEventEntity }> {
    const event = await this.calendar.load(actor, id);
    const exceptions = await this.calendar.exceptionsOf([id]);
    return { ics: calendarIcs(event.title, [event], exceptions, (e) => this.link(e)), event };
  }

  private link(event: CalendarEventEntity): string {
    return `${this.config.publicUrl}/calendar/events/${event.id}`;
  }

  private readable(ability: AppAbility): Promise<CalendarEventEntity[]> {
    const authz = abilityToSql(ability, 'read', 'CalendarEvent', CALENDAR_EVENT_AUTHZ_COLUMNS);
    return this.feeds.manager
      .createQueryBuilder(CalendarEventEntity, 'e')
      .where(`(${authz.sql})`, authz.params)
      .andWhere(`(e.series_ends_at IS NULL OR e.series_ends_at >= now() - make_interval(days => ${FEED_PAST_DAYS}))`)
      .orderBy('e.starts_at')
      .limit(FEED_EVENTS_MAX)
      .getMany();
  }
}
