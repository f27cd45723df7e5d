import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { CalendarEventExceptionEntity } from './calendar-event-exception.entity.js';
import type { CalendarEventEntity } from './calendar-event.entity.js';

/** VTIMEZONE blocks from the maintained IANA-derived library, so clients place times right in any zone. */
const vtimezone = (zone: string): string | null => tzlib_get_ical_block(zone)[0] ?? null;

/**
 * Events as iCalendar: a series is one VEVENT with its RRULE, each exception a VEVENT with the same UID and its
 * RECURRENCE-ID (STATUS:CANCELLED when cancelled). UIDs never change across edits; SEQUENCE counts changes.
 */
export function calendarIcs(
  name: string,
  events: CalendarEventEntity[],
  exceptions: Map<string, CalendarEventExceptionEntity[]>,
  link: (event: CalendarEventEntity) => string,
): string {
  const calendar: ICalCalendar = ical({ name, prodId: { company: 'portal', product: 'calendar', language: 'RU' } });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const event of events) {
    // Zoned values: ical-generator writes a plain Date's UTC fields under the TZID, which would shift every time.
    const zoned = (instant: Date) => DateTime.fromJSDate(instant, { zone: event.timeZone });
    const base = {
      id: event.uid,
      timezone: event.timeZone,
      allDay: event.allDay,
      summary: event.title,
      description: event.description ?? undefined,
      location: event.place ?? undefined,
      url: event.onlineLink ?? link(event),
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      created: event.createdAt,
    };
    calendar.createEvent({
      ...base,
      start: zoned(event.startsAt),
      end: zoned(event.endsAt),
      sequence: event.sequence,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      repeating: event.rrule ? `RRULE:${event.rrule}` : undefined,
    });
    if (!event.rrule) continue;
    const duration = event.endsAt.getTime() - event.startsAt.getTime();
    for (const exception of exceptions.get(event.id) ?? []) {
      const start = exception.startsAt ?? exception.originalStart;
      calendar.createEvent({
        ...base,
        summary: exception.title ?? event.title,
        description: exception.description ?? event.description ?? undefined,
        location: exception.place ?? event.place ?? undefined,
        recurrenceId: zoned(exception.originalStart),
        start: zoned(start),
        end: zoned(exception.endsAt ?? new Date(start.getTime() + duration)),
        sequence: exception.sequence,
        status:
          exception.cancelled || event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar.toString();
}
