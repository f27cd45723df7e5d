import type { CalendarEventExceptionEntity } from './calendar-event-exception.entity.js';
import type { CalendarEventEntity } from './calendar-event.entity.js';
import type { CalendarOccurrenceModel } from './calendar-event.model.js';
import { expand } from './recurrence.js';

/** One occurrence of `event` as shown, with its exception (if any) applied. */
export function occurrenceOf(
  event: CalendarEventEntity,
  originalStart: Date,
  exception: CalendarEventExceptionEntity | undefined,
): CalendarOccurrenceModel {
  const duration = event.endsAt.getTime() - event.startsAt.getTime();
  const startsAt = exception?.startsAt ?? originalStart;
  return {
    eventId: event.id,
    occurrenceStart: originalStart,
    startsAt,
    endsAt: exception?.endsAt ?? new Date(startsAt.getTime() + duration),
    allDay: event.allDay,
    timeZone: event.timeZone,
    kind: event.kind,
    title: exception?.title ?? event.title,
    description: exception?.description ?? event.description,
    place: exception?.place ?? event.place,
    onlineLink: exception?.onlineLink ?? event.onlineLink,
    organizerOrganizationId: event.organizerOrganizationId,
    organizerName: event.organizer?.name ?? null,
    visibility: event.visibility,
    cancelled: event.status === 'cancelled' || Boolean(exception?.cancelled),
    rrule: event.rrule,
    sequence: Math.max(event.sequence, exception?.sequence ?? 0),
    version: event.version,
  };
}

/**
 * Occurrences of `event` overlapping [from, to): the rule's, with their exceptions applied, plus occurrences moved
 * into the range from outside it; occurrences moved out of the range are left out.
 */
export function occurrencesIn(
  event: CalendarEventEntity,
  exceptions: CalendarEventExceptionEntity[],
  from: Date,
  to: Date,
): CalendarOccurrenceModel[] {
  const byStart = new Map(exceptions.map((x) => [x.originalStart.getTime(), x]));
  const seen = new Set<number>();
  const result: CalendarOccurrenceModel[] = [];
  for (const { originalStart } of expand(event, from, to)) {
    seen.add(originalStart.getTime());
    result.push(occurrenceOf(event, originalStart, byStart.get(originalStart.getTime())));
  }
  for (const exception of exceptions) {
    if (seen.has(exception.originalStart.getTime()) || !exception.startsAt) continue;
    result.push(occurrenceOf(event, exception.originalStart, exception));
  }
  return result.filter(
    (o) => o.startsAt < to && (o.endsAt > from || (o.endsAt.getTime() === o.startsAt.getTime() && o.startsAt >= from)),
  );
}
