// Seeds 5 000 calendar events (4 750 single events and 250 weekly series of a year each, some with exceptions) on a
// throwaway embedded PostgreSQL and prints statements per request and latency percentiles of the calendar range
// query (a month, a year) and of a personal iCalendar feed. Run after `npm run build`:  npm run bench:calendar
import { printHeader, printRow, startBenchApp } from './bench-app.mjs';
import { load } from './load.mjs';

const SINGLE = 4_750;
const SERIES = 250;
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const KINDS = [
  'working_group_meeting',
  'campaign_period',
  'training',
  'policy_deadline',
  'press_conference',
  'round_table',
  'other',
];

const bench = await startBenchApp();
try {
  const editor = await bench.signInAs('bench-editor@test.kg', ['editor']);
  const start = Date.UTC(2027, 0, 1, 4);
  await bench.ds.query(
    `INSERT INTO calendar_event (uid, kind, title, starts_at, ends_at, series_ends_at, visibility, created_by)
     SELECT 'bench-' || i || '@portal', ($2::text[])[1 + i % 7], 'Событие ' || i,
            to_timestamp($3 / 1000.0) + (i % 730) * interval '1 day' + (i % 8) * interval '1 hour',
            to_timestamp($3 / 1000.0) + (i % 730) * interval '1 day' + (i % 8 + 2) * interval '1 hour',
            to_timestamp($3 / 1000.0) + (i % 730) * interval '1 day' + (i % 8 + 2) * interval '1 hour',
            CASE WHEN i % 3 = 0 THEN 'members' ELSE 'signed_in' END, $1
       FROM generate_series(1, $4) i`,
    [editor.id, KINDS, start, SINGLE],
  );
  await bench.ds.query(
    `INSERT INTO calendar_event (uid, kind, title, starts_at, ends_at, series_ends_at, rrule, visibility, created_by)
     SELECT 'bench-series-' || i || '@portal', 'working_group_meeting', 'Серия ' || i,
            to_timestamp($2 / 1000.0) + (i % 7) * interval '1 day', to_timestamp($2 / 1000.0) + (i % 7) * interval '1 day' + interval '2 hours',
            to_timestamp($2 / 1000.0) + (i % 7) * interval '1 day' + interval '51 weeks 2 hours',
            'FREQ=WEEKLY;COUNT=52', CASE WHEN i % 2 = 0 THEN 'members' ELSE 'signed_in' END, $1
       FROM generate_series(1, $3) i`,
    [editor.id, start, SERIES],
  );
  // One cancelled and one moved occurrence in every series.
  await bench.ds.query(
    `INSERT INTO calendar_event_exception (event_id, original_start, cancelled, title, starts_at, ends_at)
     SELECT id, starts_at + interval '1 week', true, NULL, NULL, NULL FROM calendar_event WHERE rrule IS NOT NULL
     UNION ALL
     SELECT id, starts_at + interval '2 weeks', false, title || ' (перенесено)', starts_at + interval '2 weeks 1 day',
            starts_at + interval '2 weeks 1 day 2 hours' FROM calendar_event WHERE rrule IS NOT NULL`,
  );
  await bench.ds.query('ANALYZE');

  const member = await bench.signInAs('bench-member@test.kg', ['member']);
  const reader = await bench.signInAs('bench-reader@test.kg', ['reader']);
  const query = `query($from: DateTime!, $to: DateTime!) { calendarEvents(from: $from, to: $to) {
    eventId occurrenceStart startsAt endsAt kind title cancelled } }`;
  const month = { from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' };
  const year = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
  console.log(
    `calendar — ${SINGLE + SERIES} events (${SERIES} weekly series), ${TOTAL} requests per case, ${CONCURRENCY} concurrent\n`,
  );
  printHeader();
  for (const [name, cookie, variables] of [
    ['month, member', member.cookie, month],
    ['month, reader', reader.cookie, month],
    ['year, member', member.cookie, year],
  ]) {
    const { send, statements } = bench.graphql(cookie, query, variables);
    printRow(name, await statements(), await load({ total: TOTAL, concurrency: CONCURRENCY, send }));
  }
  const feedRes = await fetch(bench.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: member.cookie },
    body: JSON.stringify({ query: 'mutation { regenerateCalendarFeed { url } }' }),
  });
  const feedPath = new URL((await feedRes.json()).data.regenerateCalendarFeed.url).pathname;
  const feedUrl = new URL(feedPath, bench.url).toString();
  const sendFeed = async () => {
    const res = await fetch(feedUrl);
    await res.arrayBuffer();
    return res.ok;
  };
  printRow(
    'ICS feed, member (all events)',
    '-',
    await load({ total: Math.max(20, TOTAL / 10), concurrency: 4, send: sendFeed }),
  );
} finally {
  await bench.stop();
}
