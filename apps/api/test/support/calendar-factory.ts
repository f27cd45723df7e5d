import type { TestApp } from './test-app.js';

export const OCCURRENCE_FIELDS =
  'eventId occurrenceStart startsAt endsAt allDay timeZone kind title place cancelled rrule sequence version visibility';

export const CREATE_EVENT = `mutation($i: CalendarEventInput!) { createCalendarEvent(input: $i) { ${OCCURRENCE_FIELDS} } }`;

export const eventInput = (values: Record<string, unknown> = {}) => ({
  kind: 'working_group_meeting',
  title: 'Заседание рабочей группы',
  start: '2027-01-15T10:00',
  end: '2027-01-15T12:00',
  timeZone: 'Asia/Bishkek',
  visibility: 'signed_in',
  ...values,
});

/** Creates an event through the API as an editor; returns the created occurrence. */
export async function createEvent(t: TestApp, values: Record<string, unknown> = {}, cookie?: string) {
  const editor = cookie ?? (await t.as('editor')).cookie;
  const result = await t.gql(CREATE_EVENT, { i: eventInput(values) }, editor);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createCalendarEvent as { eventId: string; occurrenceStart: string; version: number };
}
