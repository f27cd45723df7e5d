import ICAL from 'ical.js';
import { CREATE_EVENT, createEvent, eventInput, OCCURRENCE_FIELDS } from './support/calendar-factory.js';
import { TestApp, type SignedInUser } from './support/test-app.js';

let t: TestApp;
let editor: SignedInUser;
let member: SignedInUser;
let reader: SignedInUser;
beforeAll(async () => {
  t = await TestApp.start();
  [editor, member, reader] = await Promise.all([t.as('editor'), t.as('member'), t.as('reader')]);
});
afterAll(() => t.close());

const ok = async (query: string, variables: Record<string, unknown>, cookie: string) => {
  const result = await t.gql(query, variables, cookie);
  if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
};

const LIST = `query($from: DateTime!, $to: DateTime!, $kinds: [EventKind!]) {
  calendarEvents(from: $from, to: $to, kinds: $kinds) { ${OCCURRENCE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCalendarEventInput!) { updateCalendarEvent(id: $id, input: $i) { ${OCCURRENCE_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $i: CancelCalendarEventInput!) { cancelCalendarEvent(id: $id, input: $i) { ${OCCURRENCE_FIELDS} } }`;

interface Occurrence {
  eventId: string;
  occurrenceStart: string;
  startsAt: string;
  endsAt: string;
  title: string;
  cancelled: boolean;
  version: number;
  sequence: number;
}

const list = async (from: string, to: string, cookie: string, extra: Record<string, unknown> = {}) =>
  (await ok(LIST, { from, to, ...extra }, cookie)).calendarEvents as Occurrence[];
const bishkekTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bishkek', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
const version = async (eventId: string) =>
  (await ok(`{ calendarEvent(id: "${eventId}") { version } }`, {}, editor.cookie)).calendarEvent.version as number;

describe('calendar events', () => {
  it('stores wall time in the event zone as an instant: 10:00 in Bishkek is 04:00 UTC (UTC+6)', async () => {
    const created = await createEvent(t, {
      title: 'Тренинг',
      kind: 'training',
      start: '2027-03-10T10:00',
      end: '2027-03-10T11:30',
    });
    const [shown] = await list('2027-03-10T00:00:00Z', '2027-03-11T00:00:00Z', member.cookie, { kinds: ['training'] });
    expect(shown).toMatchObject({
      eventId: created.eventId,
      startsAt: '2027-03-10T04:00:00.000Z',
      endsAt: '2027-03-10T05:30:00.000Z',
    });
    expect(bishkekTime(shown.startsAt)).toBe('10:00');
    // The same wall time given in another zone is another instant.
    const berlin = await createEvent(t, {
      start: '2027-07-01T10:00',
      end: '2027-07-01T11:00',
      timeZone: 'Europe/Berlin',
    });
    expect(
      (await ok(`{ calendarEvent(id: "${berlin.eventId}") { startsAt } }`, {}, member.cookie)).calendarEvent.startsAt,
    ).toBe('2027-07-01T08:00:00.000Z');
  });

  it('reads an all-day event as whole days in its zone, the end exclusive', async () => {
    const created = await createEvent(t, {
      kind: 'policy_deadline',
      title: 'Срок отчёта',
      allDay: true,
      start: '2027-05-20',
      end: '2027-05-21',
    });
    const shown = (
      await ok(`{ calendarEvent(id: "${created.eventId}") { startsAt endsAt allDay } }`, {}, member.cookie)
    ).calendarEvent;
    expect(shown).toEqual({ startsAt: '2027-05-19T18:00:00.000Z', endsAt: '2027-05-21T18:00:00.000Z', allDay: true });
  });

  it('refuses bad input naming the field: end before start, unknown zone, bad rule, huge ranges', async () => {
    const fields = async (values: Record<string, unknown>) =>
      (await t.gql(CREATE_EVENT, { i: eventInput(values) }, editor.cookie)).errors?.[0].extensions?.fields?.map(
        (f) => f.field,
      );
    expect(await fields({ end: '2027-01-15T09:00' })).toEqual(['input.end']);
    expect(await fields({ timeZone: 'Mars/Olympus' })).toEqual(['input.timeZone']);
    expect(await fields({ rrule: 'FREQ=SECONDLY' })).toEqual(['input.rrule']);
    const huge = await t.gql(LIST, { from: '2027-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' }, member.cookie);
    expect(huge.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', reason: 'rangeTooLong' }],
    });
  });

  it('expands a quarterly series for the asked range only, with "this occurrence" edits and cancellations kept', async () => {
    const series = await createEvent(t, { title: 'Квартальное заседание', rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=8' });
    const id = series.eventId;
    const year = async () =>
      (await list('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z', member.cookie)).filter((o) => o.eventId === id);
    expect((await year()).map((o) => o.startsAt)).toEqual([
      '2027-01-15T04:00:00.000Z',
      '2027-04-15T04:00:00.000Z',
      '2027-07-15T04:00:00.000Z',
      '2027-10-15T04:00:00.000Z',
    ]);
    expect(await list('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z', member.cookie)).not.toContainEqual(
      expect.objectContaining({ eventId: id }),
    );

    // Move April's meeting a day later, under another title; cancel July's.
    await ok(
      UPDATE,
      {
        id,
        i: {
          ...eventInput({
            title: 'Квартальное заседание (перенесено)',
            start: '2027-04-16T14:00',
            end: '2027-04-16T16:00',
          }),
          scope: 'this',
          occurrenceStart: '2027-04-15T04:00:00.000Z',
          version: await version(id),
        },
      },
      editor.cookie,
    );
    await ok(
      CANCEL,
      { id, i: { scope: 'this', occurrenceStart: '2027-07-15T04:00:00.000Z', version: await version(id) } },
      editor.cookie,
    );
    const shown = await year();
    expect(shown.map((o) => [o.occurrenceStart, o.startsAt, o.title, o.cancelled])).toEqual([
      ['2027-01-15T04:00:00.000Z', '2027-01-15T04:00:00.000Z', 'Квартальное заседание', false],
      ['2027-04-15T04:00:00.000Z', '2027-04-16T08:00:00.000Z', 'Квартальное заседание (перенесено)', false],
      ['2027-07-15T04:00:00.000Z', '2027-07-15T04:00:00.000Z', 'Квартальное заседание', true],
      ['2027-10-15T04:00:00.000Z', '2027-10-15T04:00:00.000Z', 'Квартальное заседание', false],
    ]);
    // A moved occurrence shows in the range it moved into, not the one it left.
    expect((await list('2027-04-16T00:00:00Z', '2027-04-17T00:00:00Z', member.cookie)).map((o) => o.eventId)).toContain(
      id,
    );
    expect(
      (await list('2027-04-15T00:00:00Z', '2027-04-16T00:00:00Z', member.cookie)).map((o) => o.eventId),
    ).not.toContain(id);
  });

  it('splits a series on "this and following": earlier occurrences and their exceptions stay, the count carries over', async () => {
    const { eventId: id } = await createEvent(t, { title: 'Серия', rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=8' });
    await ok(
      CANCEL,
      { id, i: { scope: 'this', occurrenceStart: '2027-04-15T04:00:00.000Z', version: await version(id) } },
      editor.cookie,
    );
    const split = (
      await ok(
        UPDATE,
        {
          id,
          i: {
            ...eventInput({
              title: 'Серия (новое время)',
              start: '2027-10-15T11:00',
              end: '2027-10-15T13:00',
              rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=8',
            }),
            scope: 'following',
            occurrenceStart: '2027-10-15T04:00:00.000Z',
            version: await version(id),
          },
        },
        editor.cookie,
      )
    ).updateCalendarEvent as Occurrence;
    expect(split.eventId).not.toBe(id);
    expect(split.startsAt).toBe('2027-10-15T05:00:00.000Z');
    const bothYears = [
      ...(await list('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z', member.cookie)),
      ...(await list('2028-01-01T00:00:00Z', '2029-01-01T00:00:00Z', member.cookie)),
    ];
    const all = bothYears.filter((o) => [id, split.eventId].includes(o.eventId));
    expect(all.map((o) => [o.startsAt, o.title, o.cancelled])).toEqual([
      ['2027-01-15T04:00:00.000Z', 'Серия', false],
      ['2027-04-15T04:00:00.000Z', 'Серия', true],
      ['2027-07-15T04:00:00.000Z', 'Серия', false],
      ['2027-10-15T05:00:00.000Z', 'Серия (новое время)', false],
      ['2028-01-15T05:00:00.000Z', 'Серия (новое время)', false],
      ['2028-04-15T05:00:00.000Z', 'Серия (новое время)', false],
      ['2028-07-15T05:00:00.000Z', 'Серия (новое время)', false],
      ['2028-10-15T05:00:00.000Z', 'Серия (новое время)', false],
    ]);
    const audit = await t.dataSource.query(
      `SELECT action, summary FROM audit_event WHERE subject_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'calendar_event.create',
      'calendar_event.cancel',
      'calendar_event.update',
    ]);
  });

  it('edits a whole series by the amount the edited occurrence moved, keeping its exceptions on their occurrences', async () => {
    const { eventId: id } = await createEvent(t, {
      title: 'Еженедельно',
      rrule: 'FREQ=WEEKLY;COUNT=3',
      start: '2027-02-01T10:00',
      end: '2027-02-01T11:00',
    });
    await ok(
      UPDATE,
      {
        id,
        i: {
          ...eventInput({ title: 'Особая встреча', start: '2027-02-08T10:00', end: '2027-02-08T11:00' }),
          scope: 'this',
          occurrenceStart: '2027-02-08T04:00:00.000Z',
          version: await version(id),
        },
      },
      editor.cookie,
    );
    await ok(
      UPDATE,
      {
        id,
        i: {
          ...eventInput({
            title: 'Еженедельно',
            rrule: 'FREQ=WEEKLY;COUNT=3',
            start: '2027-02-15T12:00',
            end: '2027-02-15T13:00',
          }),
          scope: 'all',
          occurrenceStart: '2027-02-15T04:00:00.000Z',
          version: await version(id),
        },
      },
      editor.cookie,
    );
    const shown = (await list('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z', member.cookie)).filter(
      (o) => o.eventId === id,
    );
    expect(shown.map((o) => [o.occurrenceStart, o.title])).toEqual([
      ['2027-02-01T06:00:00.000Z', 'Еженедельно'],
      ['2027-02-08T06:00:00.000Z', 'Особая встреча'],
      ['2027-02-15T06:00:00.000Z', 'Еженедельно'],
    ]);
  });

  it('keeps members-only events from readers (list and page), and refuses a stale version', async () => {
    const internal = await createEvent(t, {
      title: 'Внутреннее совещание',
      visibility: 'members',
      start: '2027-06-01T10:00',
      end: '2027-06-01T11:00',
    });
    const open = await createEvent(t, {
      title: 'Открытый тренинг',
      kind: 'training',
      start: '2027-06-01T12:00',
      end: '2027-06-01T13:00',
    });
    const range = ['2027-06-01T00:00:00Z', '2027-06-02T00:00:00Z'] as const;
    expect((await list(...range, reader.cookie)).map((o) => o.eventId)).toEqual([open.eventId]);
    expect((await list(...range, member.cookie)).map((o) => o.eventId)).toEqual([internal.eventId, open.eventId]);
    const hidden = await t.gql(`{ calendarEvent(id: "${internal.eventId}") { title } }`, {}, reader.cookie);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const stale = await t.gql(
      UPDATE,
      { id: open.eventId, i: { ...eventInput(), scope: 'all', version: 99 } },
      editor.cookie,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const byMember = await t.gql(
      UPDATE,
      { id: open.eventId, i: { ...eventInput(), scope: 'all', version: 1 } },
      member.cookie,
    );
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

const MEETING = `query($id: ID!, $at: DateTime) { meeting(eventId: $id, occurrenceStart: $at) {
  occurrence { version } agendaMinutes meetingMinutes invited
  agenda { position title plannedMinutes presenterUserName presenterOrganizationName }
  invitees { name } responses { userName response note } myResponse { response note }
  attendance { userName status mode } } }`;
const AGENDA = `mutation($id: ID!, $at: DateTime, $v: Int!, $i: MeetingAgendaInput!) {
  setMeetingAgenda(eventId: $id, occurrenceStart: $at, version: $v, input: $i) { agenda { title position } agendaMinutes } }`;
const INVITE = `mutation($id: ID!, $i: MeetingInviteesInput!) { setMeetingInvitees(eventId: $id, input: $i) { invitees { name } } }`;
const RESPOND = `mutation($id: ID!, $at: DateTime, $i: MeetingResponseInput!) {
  respondToMeeting(eventId: $id, occurrenceStart: $at, input: $i) { myResponse { response note } } }`;
const ATTEND = `mutation($id: ID!, $at: DateTime, $i: MeetingAttendanceInput!) {
  recordMeetingAttendance(eventId: $id, occurrenceStart: $at, input: $i) { attendance { userName status mode } } }`;

describe('meetings', () => {
  it('keeps an ordered agenda against the meeting length, invitations, RSVPs and attendance per occurrence', async () => {
    const org = await t.createOrganization({ name: 'ОО «Вымышленный фонд»' });
    const invitedMember = await t.signInAs(['member'], { displayName: 'Айгуль Примерова' });
    const throughOrg = await t.signInAs(['member'], { displayName: 'Тимур Образцов', organizationId: org.id });
    const outsider = await t.signInAs(['member'], { displayName: 'Посторонний' });
    const { eventId: id } = await createEvent(t, { rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4' });
    const second = '2027-04-15T04:00:00.000Z';
    const items = [
      { title: 'Открытие', plannedMinutes: 15, presenterUserId: invitedMember.user.id },
      { title: 'Итоги кампании', plannedMinutes: 45, presenterOrganizationId: org.id },
      { title: 'Разное', plannedMinutes: 30 },
    ];
    await ok(AGENDA, { id, at: second, v: await version(id), i: { items } }, editor.cookie);
    // Reordering sends the new order.
    const reordered = await ok(
      AGENDA,
      { id, at: second, v: await version(id), i: { items: [items[1], items[0], items[2]] } },
      editor.cookie,
    );
    expect(reordered.setMeetingAgenda.agenda.map((a: { title: string }) => a.title)).toEqual([
      'Итоги кампании',
      'Открытие',
      'Разное',
    ]);
    await ok(INVITE, { id, i: { userIds: [invitedMember.user.id], organizationIds: [org.id] } }, editor.cookie);

    await ok(RESPOND, { id, at: second, i: { response: 'yes', note: 'Буду онлайн' } }, invitedMember.cookie);
    await ok(RESPOND, { id, at: second, i: { response: 'maybe' } }, throughOrg.cookie);
    const again = await ok(RESPOND, { id, at: second, i: { response: 'no', note: 'Командировка' } }, throughOrg.cookie);
    expect(again.respondToMeeting.myResponse).toEqual({ response: 'no', note: 'Командировка' });
    const refused = await t.gql(RESPOND, { id, at: second, i: { response: 'yes' } }, outsider.cookie);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await ok(
      ATTEND,
      {
        id,
        at: second,
        i: {
          entries: [
            { userId: invitedMember.user.id, status: 'present', mode: 'online' },
            { userId: throughOrg.user.id, status: 'excused' },
          ],
        },
      },
      editor.cookie,
    );
    const byMember = await t.gql(ATTEND, { id, at: second, i: { entries: [] } }, member.cookie);
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const meeting = (await ok(MEETING, { id, at: second }, invitedMember.cookie)).meeting;
    expect(meeting).toMatchObject({
      agendaMinutes: 90,
      meetingMinutes: 120,
      invited: true,
      agenda: [
        { position: 0, title: 'Итоги кампании', presenterOrganizationName: 'ОО «Вымышленный фонд»' },
        { position: 1, title: 'Открытие', presenterUserName: 'Айгуль Примерова' },
        { position: 2, title: 'Разное' },
      ],
      invitees: [{ name: 'Айгуль Примерова' }, { name: 'ОО «Вымышленный фонд»' }],
      myResponse: { response: 'yes', note: 'Буду онлайн' },
      attendance: [
        { userName: 'Айгуль Примерова', status: 'present', mode: 'online' },
        { userName: 'Тимур Образцов', status: 'excused', mode: null },
      ],
    });
    expect(meeting.responses).toHaveLength(2);
    // Another occurrence of the series has its own (empty) agenda, RSVPs and attendance; invitations are series-wide.
    const first = (await ok(MEETING, { id, at: null }, invitedMember.cookie)).meeting;
    expect(first).toMatchObject({ agenda: [], responses: [], attendance: [], invited: true });
    const events = await t.dataSource.query(
      `SELECT type, payload FROM domain_event WHERE subject_id = $1 AND type = 'meeting.invited'`,
      [id],
    );
    expect(events).toHaveLength(1);
  });
});

/** Parses with ical.js (an independent parser), registering the feed's own VTIMEZONEs. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

describe('iCalendar', () => {
  const FEED = 'mutation { regenerateCalendarFeed { url createdAt } }';

  it('serves a personal feed honouring its owner’s permissions, with series, exceptions and cancellations', async () => {
    const { eventId: id } = await createEvent(t, {
      title: 'Квартальное заседание ЛЕНТА',
      rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4',
      start: '2028-01-14T10:00',
      end: '2028-01-14T12:00',
    });
    await ok(
      UPDATE,
      {
        id,
        i: {
          ...eventInput({ title: 'Перенесённое заседание', start: '2028-04-17T15:00', end: '2028-04-17T17:00' }),
          scope: 'this',
          occurrenceStart: '2028-04-14T04:00:00.000Z',
          version: await version(id),
        },
      },
      editor.cookie,
    );
    await ok(
      CANCEL,
      { id, i: { scope: 'this', occurrenceStart: '2028-07-14T04:00:00.000Z', version: await version(id) } },
      editor.cookie,
    );
    const internal = await createEvent(t, {
      title: 'Только для участников',
      visibility: 'members',
      start: '2028-02-01T10:00',
      end: '2028-02-01T11:00',
    });

    const memberFeed = await t.signInAs(['member']);
    const { url } = (await ok(FEED, {}, memberFeed.cookie)).regenerateCalendarFeed;
    const path = new URL(url).pathname;
    const res = await fetch(`${t.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const calendar = parse(await res.text());
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toContain(
      'Asia/Bishkek',
    );
    const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const uid = (await t.dataSource.query(`SELECT uid FROM calendar_event WHERE id = $1`, [id]))[0].uid;
    const ofSeries = vevents.filter((e) => e.uid === uid);
    const master = ofSeries.find((e) => !e.isRecurrenceException())!;
    expect(master.startDate.toJSDate().toISOString()).toBe('2028-01-14T04:00:00.000Z');
    for (const exception of ofSeries.filter((e) => e.isRecurrenceException())) master.relateException(exception);
    const iterator = master.iterator();
    const occurrences: { start: string; title: string; status: string }[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      occurrences.push({
        start: details.startDate.toJSDate().toISOString(),
        title: details.item.summary,
        status: String(details.item.component.getFirstPropertyValue('status')),
      });
    }
    expect(occurrences).toEqual([
      { start: '2028-01-14T04:00:00.000Z', title: 'Квартальное заседание ЛЕНТА', status: 'CONFIRMED' },
      { start: '2028-04-17T09:00:00.000Z', title: 'Перенесённое заседание', status: 'CONFIRMED' },
      { start: '2028-07-14T04:00:00.000Z', title: 'Квартальное заседание ЛЕНТА', status: 'CANCELLED' },
      { start: '2028-10-14T04:00:00.000Z', title: 'Квартальное заседание ЛЕНТА', status: 'CONFIRMED' },
    ]);
    expect(vevents.map((e) => e.summary)).toContain('Только для участников');

    // A reader's feed never shows what the reader may not see.
    const readerFeed = await t.signInAs(['reader']);
    const readerUrl = (await ok(FEED, {}, readerFeed.cookie)).regenerateCalendarFeed.url;
    const readerText = await (await fetch(`${t.url}${new URL(readerUrl).pathname}`)).text();
    const readerEvents = parse(readerText)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(readerEvents.map((e) => e.summary)).toContain('Квартальное заседание ЛЕНТА');
    expect(readerText).not.toContain('Только для участников');
    expect(internal.eventId).toBeTruthy();
  });

  it('keeps the UID across edits and bumps SEQUENCE; a single event downloads as .ics', async () => {
    const { eventId: id } = await createEvent(t, {
      title: 'Пресс-конференция',
      kind: 'press_conference',
      start: '2028-03-01T10:00',
      end: '2028-03-01T11:00',
    });
    const download = async () => {
      const res = await fetch(`${t.url}/api/calendar/events/${id}.ics`, { headers: { cookie: member.cookie } });
      expect(res.status).toBe(200);
      const [vevent] = parse(await res.text()).getAllSubcomponents('vevent');
      return {
        uid: vevent.getFirstPropertyValue('uid'),
        sequence: vevent.getFirstPropertyValue('sequence'),
        summary: vevent.getFirstPropertyValue('summary'),
      };
    };
    const before = await download();
    await ok(
      UPDATE,
      {
        id,
        i: {
          ...eventInput({
            title: 'Пресс-конференция (новое время)',
            kind: 'press_conference',
            start: '2028-03-01T15:00',
            end: '2028-03-01T16:00',
          }),
          scope: 'all',
          version: 1,
        },
      },
      editor.cookie,
    );
    const after = await download();
    expect(after.uid).toBe(before.uid);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(after.summary).toBe('Пресс-конференция (новое время)');
    await ok(CANCEL, { id, i: { scope: 'all', version: 2 } }, editor.cookie);
    const res = await fetch(`${t.url}/api/calendar/events/${id}.ics`, { headers: { cookie: member.cookie } });
    const [vevent] = parse(await res.text()).getAllSubcomponents('vevent');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('stores only the token hash; a revoked or regenerated feed address returns 404', async () => {
    const owner = await t.signInAs(['member']);
    const first = new URL((await ok(FEED, {}, owner.cookie)).regenerateCalendarFeed.url).pathname;
    const token = first
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    const stored = await t.dataSource.query(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [owner.user.id]);
    expect(stored[0].token_hash).not.toContain(token);
    expect((await ok('{ myCalendarFeed { url createdAt } }', {}, owner.cookie)).myCalendarFeed.url).toBeNull();
    const second = new URL((await ok(FEED, {}, owner.cookie)).regenerateCalendarFeed.url).pathname;
    expect((await fetch(`${t.url}${first}`)).status).toBe(404);
    expect((await fetch(`${t.url}${second}`)).status).toBe(200);
    expect((await ok('mutation { revokeCalendarFeed }', {}, owner.cookie)).revokeCalendarFeed).toBe(true);
    expect((await fetch(`${t.url}${second}`)).status).toBe(404);
    expect((await ok('{ myCalendarFeed { createdAt } }', {}, owner.cookie)).myCalendarFeed).toBeNull();
  });
});
