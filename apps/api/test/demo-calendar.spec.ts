import { TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({ DEMO_DATA: 'true' });
});
afterAll(() => t.close());

const RANGE = `query($from: DateTime!, $to: DateTime!) {
  calendarEvents(from: $from, to: $to) { eventId occurrenceStart kind title visibility allDay } }`;

describe('demo calendar', () => {
  it('has quarterly working-group meetings with an agenda for the next one, a training and a policy deadline', async () => {
    const member = await t.signIn('member@portal.test', 'portal-demo');
    const from = new Date();
    const to = new Date(from.getTime() + 365 * 86_400_000);
    const result = await t.gql(RANGE, { from: from.toISOString(), to: to.toISOString() }, member);
    expect(result.errors).toBeUndefined();
    const occurrences = result.data!.calendarEvents as { eventId: string; occurrenceStart: string; kind: string }[];
    const meetings = occurrences.filter((o) => o.kind === 'working_group_meeting');
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(new Set(meetings.map((m) => m.eventId)).size).toBe(1);
    for (const kind of ['training', 'policy_deadline', 'campaign_period']) {
      expect(occurrences.map((o) => o.kind)).toContain(kind);
    }
    const next = await t.gql(
      `{ meeting(eventId: "${meetings[0].eventId}", occurrenceStart: "${meetings[0].occurrenceStart}") {
         agendaMinutes meetingMinutes invited agenda { title } } }`,
      {},
      member,
    );
    expect(next.data?.meeting.agenda.length).toBeGreaterThanOrEqual(3);
    expect(next.data?.meeting.agendaMinutes).toBeLessThanOrEqual(next.data?.meeting.meetingMinutes);
    expect(next.data?.meeting.invited).toBe(true);

    // Readers see the open training and campaign, not the working group's own meetings and deadlines.
    const reader = await t.signIn('reader@portal.test', 'portal-demo');
    const theirs = await t.gql(RANGE, { from: from.toISOString(), to: to.toISOString() }, reader);
    const kinds = new Set((theirs.data!.calendarEvents as { kind: string }[]).map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['campaign_period', 'training']);
  });
});
