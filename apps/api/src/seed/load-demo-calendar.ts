import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CalendarEventEntity } from '../modules/calendar/calendar-event.entity.js';
import { instantsOf } from '../modules/calendar/event-times.js';
import { MeetingAgendaItemEntity } from '../modules/calendar/meeting-agenda-item.entity.js';
import { MeetingInviteeEntity } from '../modules/calendar/meeting-invitee.entity.js';
import { expand, seriesEnd } from '../modules/calendar/recurrence.js';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

const ZONE = 'Asia/Bishkek';

/**
 * The demo calendar, relative to today: the working group's quarterly meetings (a series since January, agenda
 * ready for the next one), an open training, a national campaign period and a reporting deadline. Fictional only.
 */
export async function loadDemoCalendar(tx: EntityManager): Promise<void> {
  const editor = await tx.findOneBy(UserEntity, { email: 'editor@portal.test' });
  if (!editor) return;
  const organizations = await tx.find(OrganizationEntity, { order: { name: 'ASC' } });
  const byShortName = (name: string) => organizations.find((o) => o.shortName === name)?.id ?? null;
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
  const save = (values: Partial<CalendarEventEntity> & { start: string; end: string; allDay?: boolean }) => {
    const { start, end, allDay = false, ...rest } = values;
    const times = { ...instantsOf({ start, end, allDay, timeZone: ZONE }), timeZone: ZONE, rrule: rest.rrule ?? null };
    return tx.save(
      tx.create(CalendarEventEntity, {
        ...rest,
        ...times,
        allDay,
        seriesEndsAt: seriesEnd(times),
        uid: `${randomUUID()}@portal`,
        createdBy: editor.id,
      }),
    );
  };

  const series = await save({
    kind: 'working_group_meeting',
    title: 'Заседание рабочей группы',
    description: 'Плановое квартальное заседание: ход национальных кампаний, решения и поручения.',
    start: `${today.year}-01-15T10:00`,
    end: `${today.year}-01-15T12:00`,
    rrule: 'FREQ=MONTHLY;INTERVAL=3',
    place: 'Бишкек, министерство, зал заседаний №2',
    onlineLink: 'https://meet.example.kg/rabochaya-gruppa',
    organizerOrganizationId: byShortName('МТСОМ') ?? organizations[0]?.id ?? null,
    visibility: 'members',
  });
  if (organizations.length) {
    await tx.insert(
      MeetingInviteeEntity,
      organizations.map((o) => ({ eventId: series.id, userId: null, organizationId: o.id })),
    );
  }
  const [next] = expand(series, new Date(), today.plus({ months: 4 }).toJSDate());
  if (next) {
    const agenda = [
      {
        title: 'Открытие и утверждение повестки дня',
        plannedMinutes: 10,
        presenterOrganizationId: series.organizerOrganizationId,
      },
      {
        title: 'Итоги национальной кампании «Горячая линия 189»',
        plannedMinutes: 40,
        presenterOrganizationId: byShortName('МОМ'),
      },
      { title: 'План мероприятий на следующий квартал', plannedMinutes: 45, presenterOrganizationId: null },
      { title: 'Разное', plannedMinutes: 15, presenterOrganizationId: null },
    ];
    await tx.insert(
      MeetingAgendaItemEntity,
      agenda.map((item, position) => ({ ...item, eventId: series.id, occurrenceStart: next.originalStart, position })),
    );
  }

  await save({
    kind: 'training',
    title: 'Тренинг для пресс-секретарей: как говорить о торговле людьми',
    description: 'Практический тренинг по тезисам для выступлений и работе со СМИ.',
    start: `${day(20)}T09:00`,
    end: `${day(20)}T17:00`,
    place: 'Бишкек, учебный центр (условный адрес)',
    organizerOrganizationId: byShortName('ОБСЕ'),
    visibility: 'signed_in',
  });
  await save({
    kind: 'campaign_period',
    title: 'Национальная кампания «Горячая линия 189»',
    start: day(30),
    end: day(43),
    allDay: true,
    organizerOrganizationId: byShortName('МОМ'),
    visibility: 'signed_in',
  });
  await save({
    kind: 'policy_deadline',
    title: 'Срок: отчёт о выполнении плана мероприятий за полугодие',
    start: day(45),
    end: day(45),
    allDay: true,
    visibility: 'members',
  });
}
