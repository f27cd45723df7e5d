import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { abilityToSql, type AppAbility } from '@portal/authz';
import { CALENDAR_RANGE_MAX_DAYS, type RecurrenceScope } from '@portal/domain';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager, type Repository } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { fieldError, forbidden, notFound } from '../../common/app-error.js';
import { updateVersioned } from '../../database/update-versioned.js';
import { EventsService } from '../../jobs/events.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { CALENDAR_EVENT_AUTHZ_COLUMNS } from './calendar-columns.js';
import { CalendarEventExceptionEntity } from './calendar-event-exception.entity.js';
import { CalendarEventEntity } from './calendar-event.entity.js';
import type { CalendarOccurrenceModel } from './calendar-event.model.js';
import type {
  CalendarEventInput,
  CancelCalendarEventInput,
  UpdateCalendarEventInput,
} from './dto/calendar-event.input.js';
import type { CalendarEventsArgs } from './dto/calendar-events.args.js';
import { instantsOf } from './event-times.js';
import { occurrenceOf, occurrencesIn } from './occurrences.js';
import { countBefore, isOccurrence, parseRule, ruleEndingBefore, ruleWithCount, seriesEnd } from './recurrence.js';

const AUDITED_FIELDS = [
  'kind',
  'startsAt',
  'endsAt',
  'allDay',
  'timeZone',
  'rrule',
  'organizerOrganizationId',
  'visibility',
  'status',
] as const;
/** Tables whose rows belong to one occurrence (`occurrence_start`) and move with it when a series is split or shifted. */
const OCCURRENCE_TABLES = ['meeting_agenda_item', 'meeting_response', 'meeting_attendance'] as const;
/** Events loaded for one range at most; a range that would need more is refused rather than cut silently. */
const EVENTS_PER_RANGE_MAX = 5_000;
const DAY = 86_400_000;

export interface CalendarFilter {
  kinds?: readonly string[] | null;
  organizationIds?: readonly string[] | null;
}

@Injectable()
export class CalendarEventsService {
  constructor(
    @InjectRepository(CalendarEventEntity) private readonly events: Repository<CalendarEventEntity>,
    private readonly audit: AuditService,
    private readonly domainEvents: EventsService,
  ) {}

  list(actor: Actor, args: CalendarEventsArgs): Promise<CalendarOccurrenceModel[]> {
    if (args.to <= args.from) throw fieldError('to', 'afterFrom', 'must be after `from`');
    if (args.to.getTime() - args.from.getTime() > CALENDAR_RANGE_MAX_DAYS * DAY) {
      throw fieldError('to', 'rangeTooLong', `at most ${CALENDAR_RANGE_MAX_DAYS} days after \`from\``);
    }
    return this.occurrences(actor.ability, args.from, args.to, args);
  }

  /** Occurrences the ability may read in [from, to): the authorization condition first, then the filters. */
  async occurrences(
    ability: AppAbility,
    from: Date,
    to: Date,
    filter: CalendarFilter = {},
  ): Promise<CalendarOccurrenceModel[]> {
    const authz = abilityToSql(ability, 'read', 'CalendarEvent', CALENDAR_EVENT_AUTHZ_COLUMNS);
    const qb = this.events
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.organizer', 'o')
      .where(`(${authz.sql})`, authz.params)
      .andWhere(
        `e.starts_at < :to AND (e.series_ends_at IS NULL OR e.series_ends_at >= :from OR e.id IN
           (SELECT x.event_id FROM calendar_event_exception x WHERE x.starts_at < :to AND x.ends_at >= :from))`,
        { from, to },
      );
    if (filter.kinds?.length) qb.andWhere('e.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.organizationIds?.length) {
      qb.andWhere('e.organizer_organization_id IN (:...orgIds)', { orgIds: filter.organizationIds });
    }
    const events = await qb
      .orderBy('e.starts_at')
      .addOrderBy('e.id')
      .limit(EVENTS_PER_RANGE_MAX + 1)
      .getMany();
    if (events.length > EVENTS_PER_RANGE_MAX)
      throw fieldError('to', 'rangeTooBusy', 'too many events: ask a shorter range');
    const exceptions = await this.exceptionsOf(events.map((e) => e.id));
    return events
      .flatMap((event) => occurrencesIn(event, exceptions.get(event.id) ?? [], from, to))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.eventId.localeCompare(b.eventId));
  }

  async exceptionsOf(
    eventIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, CalendarEventExceptionEntity[]>> {
    const byEvent = new Map<string, CalendarEventExceptionEntity[]>();
    if (!eventIds.length) return byEvent;
    const rows = await (manager ?? this.events.manager).find(CalendarEventExceptionEntity, {
      where: { eventId: In(eventIds) },
    });
    for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
    return byEvent;
  }

  /** An event the actor may not read is reported as missing, so its existence does not leak. */
  async load(actor: { ability: AppAbility }, id: string, manager?: EntityManager): Promise<CalendarEventEntity> {
    const event = await (manager ?? this.events.manager).findOne(CalendarEventEntity, {
      where: { id },
      relations: { organizer: true },
    });
    if (!event || !actor.ability.can('read', event)) throw notFound('CalendarEvent');
    return event;
  }

  /** One occurrence (the first when `occurrenceStart` is not given). */
  async occurrence(actor: Actor, id: string, occurrenceStart?: Date | null): Promise<CalendarOccurrenceModel> {
    const event = await this.load(actor, id);
    const start = occurrenceStart ?? event.startsAt;
    if (!isOccurrence(event, start)) throw notFound('Occurrence');
    const exceptions = await this.exceptionsOf([id]);
    const exception = exceptions.get(id)?.find((x) => x.originalStart.getTime() === start.getTime());
    return occurrenceOf(event, start, exception);
  }

  async create(actor: Actor, input: CalendarEventInput): Promise<CalendarOccurrenceModel> {
    if (!actor.ability.can('create', 'CalendarEvent')) throw forbidden();
    const values = await this.validated(input);
    return this.events.manager.transaction(async (tx) => {
      const event = await tx.save(
        tx.create(CalendarEventEntity, { ...values, uid: `${randomUUID()}@portal`, createdBy: actor.user.id }),
      );
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'calendar_event.create',
        subjectType: 'CalendarEvent',
        subjectId: event.id,
        summary: pickFields(event, AUDITED_FIELDS),
      });
      await this.announce(tx, actor, event.id, { change: 'created' });
      return occurrenceOf(await this.load(actor, event.id, tx), event.startsAt, undefined);
    });
  }

  async update(actor: Actor, id: string, input: UpdateCalendarEventInput): Promise<CalendarOccurrenceModel> {
    const current = await this.load(actor, id);
    if (!actor.ability.can('update', current)) throw forbidden();
    const values = await this.validated(input);
    const scope: RecurrenceScope = current.rrule ? input.scope : 'all';
    const occurrenceStart = this.occurrenceStartOf(current, scope, input.occurrenceStart);
    return this.events.manager.transaction(async (tx) => {
      const repository = tx.getRepository(CalendarEventEntity);
      let result: { eventId: string; start: Date };
      if (scope === 'this') {
        await this.upsertException(tx, current, occurrenceStart, {
          cancelled: false,
          title: values.title,
          description: values.description,
          place: values.place,
          onlineLink: values.onlineLink,
          startsAt: values.startsAt,
          endsAt: values.endsAt,
        });
        await updateVersioned(repository, 'CalendarEvent', id, input.version, {});
        result = { eventId: id, start: occurrenceStart };
      } else if (scope === 'following' && occurrenceStart.getTime() !== current.startsAt.getTime()) {
        result = {
          eventId: await this.split(tx, actor, current, occurrenceStart, input.version, values),
          start: values.startsAt,
        };
      } else {
        // `all`: the times given are the edited occurrence's; the whole series moves by the same amount.
        const delta = values.startsAt.getTime() - occurrenceStart.getTime();
        const startsAt = new Date(current.startsAt.getTime() + delta);
        const endsAt = new Date(startsAt.getTime() + values.endsAt.getTime() - values.startsAt.getTime());
        const changes = { ...values, startsAt, endsAt, sequence: current.sequence + 1 };
        changes.seriesEndsAt = seriesEnd(changes);
        await updateVersioned(repository, 'CalendarEvent', id, input.version, changes);
        if (delta !== 0 && current.rrule) await this.shiftOccurrences(tx, id, id, new Date(0), delta);
        result = { eventId: id, start: new Date(occurrenceStart.getTime() + delta) };
      }
      const updated = await this.load(actor, id, tx);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'calendar_event.update',
        subjectType: 'CalendarEvent',
        subjectId: id,
        summary: {
          scope: { to: scope },
          ...(scope === 'all' ? {} : { occurrenceStart: { to: occurrenceStart.toISOString() } }),
          ...changedFields(current, updated, AUDITED_FIELDS, ['title', 'description', 'place', 'onlineLink']),
        },
      });
      await this.announce(tx, actor, id, { change: 'updated', scope, occurrenceStart: occurrenceStart.toISOString() });
      const event = await this.load(actor, result.eventId, tx);
      const exception = (await this.exceptionsOf([event.id], tx))
        .get(event.id)
        ?.find((x) => x.originalStart.getTime() === result.start.getTime());
      return occurrenceOf(event, result.start, exception);
    });
  }

  async cancel(actor: Actor, id: string, input: CancelCalendarEventInput): Promise<CalendarOccurrenceModel> {
    const current = await this.load(actor, id);
    if (!actor.ability.can('update', current)) throw forbidden();
    const scope: RecurrenceScope = current.rrule ? input.scope : 'all';
    const occurrenceStart = this.occurrenceStartOf(current, scope, input.occurrenceStart);
    return this.events.manager.transaction(async (tx) => {
      const repository = tx.getRepository(CalendarEventEntity);
      if (scope === 'this') {
        await this.upsertException(tx, current, occurrenceStart, { cancelled: true });
        await updateVersioned(repository, 'CalendarEvent', id, input.version, {});
      } else if (scope === 'following' && occurrenceStart.getTime() !== current.startsAt.getTime()) {
        const rule = ruleEndingBefore(current.rrule!, occurrenceStart);
        const seriesEndsAt = seriesEnd({ ...current, rrule: rule });
        await updateVersioned(repository, 'CalendarEvent', id, input.version, {
          rrule: rule,
          seriesEndsAt,
          sequence: current.sequence + 1,
        });
      } else {
        await updateVersioned(repository, 'CalendarEvent', id, input.version, {
          status: 'cancelled',
          sequence: current.sequence + 1,
        });
      }
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'calendar_event.cancel',
        subjectType: 'CalendarEvent',
        subjectId: id,
        summary: { scope: { to: scope }, occurrenceStart: { to: occurrenceStart.toISOString() } },
      });
      await this.announce(tx, actor, id, {
        change: 'cancelled',
        scope,
        occurrenceStart: occurrenceStart.toISOString(),
      });
      const event = await this.load(actor, id, tx);
      const exception = (await this.exceptionsOf([id], tx))
        .get(id)
        ?.find((x) => x.originalStart.getTime() === occurrenceStart.getTime());
      const shown = occurrenceOf(event, occurrenceStart, exception);
      // A series cut before this occurrence no longer has it: report it as the cancelled occurrence it became.
      return { ...shown, cancelled: true };
    });
  }

  private occurrenceStartOf(event: CalendarEventEntity, scope: RecurrenceScope, given?: Date | null): Date {
    if (!given) {
      if (scope === 'all') return event.startsAt;
      throw fieldError('input.occurrenceStart', 'isNotEmpty', 'name the occurrence');
    }
    if (!isOccurrence(event, given))
      throw fieldError('input.occurrenceStart', 'notOccurrence', 'not an occurrence of this event');
    return given;
  }

  /** "This and following": the series ends before the occurrence and a new series starts there, moved by the edit. */
  private async split(
    tx: EntityManager,
    actor: Actor,
    current: CalendarEventEntity,
    occurrenceStart: Date,
    version: number,
    values: Awaited<ReturnType<CalendarEventsService['validated']>>,
  ): Promise<string> {
    const oldRule = ruleEndingBefore(current.rrule!, occurrenceStart);
    await updateVersioned(tx.getRepository(CalendarEventEntity), 'CalendarEvent', current.id, version, {
      rrule: oldRule,
      seriesEndsAt: seriesEnd({ ...current, rrule: oldRule }),
      sequence: current.sequence + 1,
    });
    let rule = values.rrule;
    const count = current.rrule ? parseRule(current.rrule).count : null;
    // The same counted rule carries over only the occurrences left; a changed rule is taken as given.
    if (rule && count && rule === current.rrule) {
      rule = ruleWithCount(rule, Math.max(1, count - countBefore(current, occurrenceStart)));
    }
    const next = { ...values, rrule: rule };
    const created = await tx.save(
      tx.create(CalendarEventEntity, {
        ...next,
        seriesEndsAt: seriesEnd(next),
        uid: `${randomUUID()}@portal`,
        createdBy: actor.user.id,
      }),
    );
    await tx.query(
      `INSERT INTO meeting_invitee (event_id, user_id, organization_id)
       SELECT $1, user_id, organization_id FROM meeting_invitee WHERE event_id = $2`,
      [created.id, current.id],
    );
    await this.shiftOccurrences(
      tx,
      current.id,
      created.id,
      occurrenceStart,
      values.startsAt.getTime() - occurrenceStart.getTime(),
    );
    return created.id;
  }

  /** Exceptions and meeting records from `since` on move to `toEvent`, shifted by `deltaMs`: they are kept, not lost. */
  private async shiftOccurrences(tx: EntityManager, fromEvent: string, toEvent: string, since: Date, deltaMs: number) {
    const shift = `make_interval(secs => $4::double precision / 1000)`;
    await tx.query(
      `UPDATE calendar_event_exception SET event_id = $2, original_start = original_start + ${shift}
       WHERE event_id = $1 AND original_start >= $3`,
      [fromEvent, toEvent, since, deltaMs],
    );
    for (const table of OCCURRENCE_TABLES) {
      await tx.query(
        `UPDATE ${table} SET event_id = $2, occurrence_start = occurrence_start + ${shift}
         WHERE event_id = $1 AND occurrence_start >= $3`,
        [fromEvent, toEvent, since, deltaMs],
      );
    }
  }

  private async upsertException(
    tx: EntityManager,
    event: CalendarEventEntity,
    originalStart: Date,
    values: Partial<CalendarEventExceptionEntity>,
  ) {
    const repository = tx.getRepository(CalendarEventExceptionEntity);
    const existing = await repository.findOneBy({ eventId: event.id, originalStart });
    const sequence = Math.max(event.sequence, existing?.sequence ?? 0) + 1;
    if (existing) await repository.update({ id: existing.id }, { ...values, sequence });
    else await repository.insert({ eventId: event.id, originalStart, ...values, sequence });
  }

  private announce(tx: EntityManager, actor: Actor, eventId: string, payload: Record<string, unknown>) {
    return this.domainEvents.record(tx, {
      type: 'calendar.event_changed',
      subjectType: 'CalendarEvent',
      subjectId: eventId,
      actorId: actor.user.id,
      payload,
    });
  }

  private async validated(input: CalendarEventInput) {
    const { startsAt, endsAt } = instantsOf(input);
    let rrule: string | null = null;
    if (input.rrule?.trim()) {
      try {
        parseRule(input.rrule);
      } catch (error) {
        throw fieldError('input.rrule', 'rrule', (error as Error).message);
      }
      rrule = input.rrule.trim().replace(/^RRULE:/i, '');
    }
    if (input.organizerOrganizationId) {
      const exists = await this.events.manager.existsBy(OrganizationEntity, { id: input.organizerOrganizationId });
      if (!exists) throw fieldError('input.organizerOrganizationId', 'notFound', 'organization does not exist');
    }
    const values = {
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      startsAt,
      endsAt,
      allDay: input.allDay,
      timeZone: input.timeZone,
      rrule,
      seriesEndsAt: null as Date | null,
      place: input.place?.trim() || null,
      onlineLink: input.onlineLink?.trim() || null,
      organizerOrganizationId: input.organizerOrganizationId ?? null,
      visibility: input.visibility,
    };
    values.seriesEndsAt = seriesEnd(values);
    return values;
  }
}
