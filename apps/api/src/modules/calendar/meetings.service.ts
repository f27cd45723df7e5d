import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { fieldError, forbidden } from '../../common/app-error.js';
import { updateVersioned } from '../../database/update-versioned.js';
import { EventsService } from '../../jobs/events.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { CalendarEventsService } from './calendar-events.service.js';
import { CalendarEventEntity } from './calendar-event.entity.js';
import type { CalendarOccurrenceModel } from './calendar-event.model.js';
import type {
  MeetingAgendaInput,
  MeetingAttendanceInput,
  MeetingInviteesInput,
  MeetingResponseInput,
} from './dto/meeting.input.js';
import { MeetingAgendaItemEntity } from './meeting-agenda-item.entity.js';
import { MeetingAttendanceEntity } from './meeting-attendance.entity.js';
import { MeetingInviteeEntity } from './meeting-invitee.entity.js';
import { MeetingResponseEntity } from './meeting-response.entity.js';
import type { MeetingModel, MeetingResponseModel } from './meeting.model.js';

const responseModel = (r: MeetingResponseEntity): MeetingResponseModel => ({
  userId: r.userId,
  userName: r.user?.displayName ?? '',
  response: r.response,
  note: r.note,
  respondedAt: r.respondedAt,
});

/** Meetings: one occurrence of an event with its agenda, invitees (series-wide), RSVPs and attendance. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(MeetingAgendaItemEntity) private readonly agenda: Repository<MeetingAgendaItemEntity>,
    private readonly calendar: CalendarEventsService,
    private readonly audit: AuditService,
    private readonly domainEvents: EventsService,
  ) {}

  async meeting(actor: Actor, eventId: string, occurrenceStart?: Date | null): Promise<MeetingModel> {
    const occurrence = await this.calendar.occurrence(actor, eventId, occurrenceStart);
    return this.read(actor, occurrence);
  }

  private async read(actor: Actor, occurrence: CalendarOccurrenceModel, tx?: EntityManager): Promise<MeetingModel> {
    const manager = tx ?? this.agenda.manager;
    const key = { eventId: occurrence.eventId, occurrenceStart: occurrence.occurrenceStart };
    const [agenda, invitees, responses, attendance] = await Promise.all([
      manager.find(MeetingAgendaItemEntity, {
        where: key,
        relations: { presenterUser: true, presenterOrganization: true },
        order: { position: 'ASC' },
      }),
      manager.find(MeetingInviteeEntity, {
        where: { eventId: occurrence.eventId },
        relations: { user: true, organization: true },
      }),
      manager.find(MeetingResponseEntity, { where: key, relations: { user: true }, order: { respondedAt: 'ASC' } }),
      manager.find(MeetingAttendanceEntity, { where: key, relations: { user: true } }),
    ]);
    const mine = responses.find((r) => r.userId === actor.user.id);
    return {
      occurrence,
      agenda: agenda.map((item) => ({
        id: item.id,
        position: item.position,
        title: item.title,
        presenterUserId: item.presenterUserId,
        presenterUserName: item.presenterUser?.displayName ?? null,
        presenterOrganizationId: item.presenterOrganizationId,
        presenterOrganizationName: item.presenterOrganization?.name ?? null,
        plannedMinutes: item.plannedMinutes,
      })),
      agendaMinutes: agenda.reduce((sum, item) => sum + item.plannedMinutes, 0),
      meetingMinutes: Math.round((occurrence.endsAt.getTime() - occurrence.startsAt.getTime()) / 60_000),
      invitees: invitees
        .map((i) => ({
          userId: i.userId,
          organizationId: i.organizationId,
          name: i.user?.displayName ?? i.organization?.name ?? '',
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'ru')),
      responses: responses.map(responseModel),
      myResponse: mine ? responseModel(mine) : null,
      invited: invitees.some(
        (i) =>
          i.userId === actor.user.id || (i.organizationId !== null && i.organizationId === actor.user.organizationId),
      ),
      attendance: attendance
        .map((a) => ({ userId: a.userId, userName: a.user?.displayName ?? '', status: a.status, mode: a.mode }))
        .sort((a, b) => a.userName.localeCompare(b.userName, 'ru')),
    };
  }

  /** Replaces the agenda with `input.items` in their order (reordering sends the new order). */
  async setAgenda(
    actor: Actor,
    eventId: string,
    occurrenceStart: Date | null | undefined,
    version: number,
    input: MeetingAgendaInput,
  ): Promise<MeetingModel> {
    const occurrence = await this.editable(actor, eventId, occurrenceStart);
    await this.assertExist(
      UserEntity,
      input.items.map((i) => i.presenterUserId),
      'input.items',
      'presenterUserId',
    );
    await this.assertExist(
      OrganizationEntity,
      input.items.map((i) => i.presenterOrganizationId),
      'input.items',
      'presenterOrganizationId',
    );
    return this.agenda.manager.transaction(async (tx) => {
      await updateVersioned(tx.getRepository(CalendarEventEntity), 'CalendarEvent', eventId, version, {});
      const key = { eventId, occurrenceStart: occurrence.occurrenceStart };
      await tx.delete(MeetingAgendaItemEntity, key);
      if (input.items.length) {
        await tx.insert(
          MeetingAgendaItemEntity,
          input.items.map((item, position) => ({
            ...key,
            position,
            title: item.title.trim(),
            presenterUserId: item.presenterUserId ?? null,
            presenterOrganizationId: item.presenterOrganizationId ?? null,
            plannedMinutes: item.plannedMinutes,
          })),
        );
      }
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'meeting.agenda_set',
        subjectType: 'CalendarEvent',
        subjectId: eventId,
        summary: {
          occurrenceStart: { to: occurrence.occurrenceStart.toISOString() },
          items: { to: input.items.length },
        },
      });
      return this.read(actor, { ...occurrence, version: occurrence.version + 1 }, tx);
    });
  }

  /** Replaces the invitees of the event (every occurrence of a series); newly invited people are announced. */
  async setInvitees(actor: Actor, eventId: string, input: MeetingInviteesInput): Promise<MeetingModel> {
    const occurrence = await this.editable(actor, eventId, null);
    const userIds = [...new Set(input.userIds)];
    const organizationIds = [...new Set(input.organizationIds)];
    await this.assertExist(UserEntity, userIds, 'input', 'userIds');
    await this.assertExist(OrganizationEntity, organizationIds, 'input', 'organizationIds');
    return this.agenda.manager.transaction(async (tx) => {
      const before = await tx.find(MeetingInviteeEntity, { where: { eventId } });
      await tx.delete(MeetingInviteeEntity, { eventId });
      const rows = [
        ...userIds.map((userId) => ({ eventId, userId, organizationId: null })),
        ...organizationIds.map((organizationId) => ({ eventId, userId: null, organizationId })),
      ];
      if (rows.length) await tx.insert(MeetingInviteeEntity, rows);
      const added = {
        userIds: userIds.filter((id) => !before.some((b) => b.userId === id)),
        organizationIds: organizationIds.filter((id) => !before.some((b) => b.organizationId === id)),
      };
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'meeting.invitees_set',
        subjectType: 'CalendarEvent',
        subjectId: eventId,
        summary: {
          users: { from: before.filter((b) => b.userId).length, to: userIds.length },
          organizations: { from: before.filter((b) => b.organizationId).length, to: organizationIds.length },
        },
      });
      if (added.userIds.length || added.organizationIds.length) {
        await this.domainEvents.record(tx, {
          type: 'meeting.invited',
          subjectType: 'CalendarEvent',
          subjectId: eventId,
          actorId: actor.user.id,
          payload: added,
        });
      }
      return this.read(actor, occurrence, tx);
    });
  }

  /** RSVP: an invitee (in person or through their organization) answers for one meeting; answering again replaces it. */
  async respond(
    actor: Actor,
    eventId: string,
    occurrenceStart: Date | null | undefined,
    input: MeetingResponseInput,
  ): Promise<MeetingModel> {
    const occurrence = await this.calendar.occurrence(actor, eventId, occurrenceStart);
    const invited = await this.agenda.manager
      .createQueryBuilder(MeetingInviteeEntity, 'i')
      .where('i.event_id = :eventId', { eventId })
      .andWhere('(i.user_id = :userId OR i.organization_id = :orgId)', {
        userId: actor.user.id,
        orgId: actor.user.organizationId,
      })
      .getExists();
    if (!invited) throw forbidden();
    if (occurrence.cancelled) throw fieldError('occurrenceStart', 'cancelled', 'the meeting is cancelled');
    return this.agenda.manager.transaction(async (tx) => {
      await tx.upsert(
        MeetingResponseEntity,
        {
          eventId,
          occurrenceStart: occurrence.occurrenceStart,
          userId: actor.user.id,
          response: input.response,
          note: input.note?.trim() || null,
          respondedAt: new Date(),
        },
        ['eventId', 'occurrenceStart', 'userId'],
      );
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'meeting.respond',
        subjectType: 'CalendarEvent',
        subjectId: eventId,
        summary: {
          occurrenceStart: { to: occurrence.occurrenceStart.toISOString() },
          response: { to: input.response },
        },
      });
      return this.read(actor, occurrence, tx);
    });
  }

  /** Attendance taken at the meeting: each entry replaces that person's record for this occurrence. */
  async recordAttendance(
    actor: Actor,
    eventId: string,
    occurrenceStart: Date | null | undefined,
    input: MeetingAttendanceInput,
  ): Promise<MeetingModel> {
    const occurrence = await this.editable(actor, eventId, occurrenceStart);
    await this.assertExist(
      UserEntity,
      input.entries.map((e) => e.userId),
      'input.entries',
      'userId',
    );
    return this.agenda.manager.transaction(async (tx) => {
      if (input.entries.length) {
        await tx.upsert(
          MeetingAttendanceEntity,
          input.entries.map((entry) => ({
            eventId,
            occurrenceStart: occurrence.occurrenceStart,
            userId: entry.userId,
            status: entry.status,
            mode: entry.status === 'present' ? (entry.mode ?? null) : null,
            recordedBy: actor.user.id,
            recordedAt: new Date(),
          })),
          ['eventId', 'occurrenceStart', 'userId'],
        );
      }
      const counts: Record<string, number> = {};
      for (const entry of input.entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'meeting.attendance',
        subjectType: 'CalendarEvent',
        subjectId: eventId,
        summary: { occurrenceStart: { to: occurrence.occurrenceStart.toISOString() }, counts: { to: counts } },
      });
      return this.read(actor, occurrence, tx);
    });
  }

  private async editable(actor: Actor, eventId: string, occurrenceStart: Date | null | undefined) {
    const event = await this.calendar.load(actor, eventId);
    if (!actor.ability.can('update', event)) throw forbidden();
    return this.calendar.occurrence(actor, eventId, occurrenceStart);
  }

  private async assertExist(
    entity: typeof UserEntity | typeof OrganizationEntity,
    ids: (string | null | undefined)[],
    prefix: string,
    field: string,
  ) {
    const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    if (!wanted.length) return;
    const found = await this.agenda.manager.count(entity, { where: { id: In(wanted) } });
    if (found !== wanted.length) throw fieldError(`${prefix}.${field}`, 'notFound', 'does not exist');
  }
}
