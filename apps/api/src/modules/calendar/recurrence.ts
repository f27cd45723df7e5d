import { CALENDAR_OCCURRENCES_PER_SERIES_MAX } from '@portal/domain';
import { DateTime } from 'luxon';
import rrule from 'rrule';

const { RRule } = rrule;

/** What expansion needs of a series (or a single event). */
export interface SeriesTimes {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  rrule: string | null;
}

export interface OccurrenceTimes {
  /** The start the rule gives it: the occurrence's key (RECURRENCE-ID), unchanged when the occurrence is moved. */
  originalStart: Date;
  start: Date;
  end: Date;
}

/**
 * rrule works on UTC dates, so a series repeats on the organizer's wall clock: the start is turned into "floating"
 * wall time (as if the zone were UTC), expanded, and each occurrence turned back into an instant in the zone —
 * 10:00 in Bishkek stays 10:00 there whatever the offset of the day.
 */
export function toFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(
    Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond),
  );
}

export function fromFloating(floating: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
      millisecond: floating.getUTCMilliseconds(),
    },
    { zone },
  ).toJSDate();
}

const ALLOWED_FREQUENCIES = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);

/** Parses an RRULE value (no DTSTART); throws with a reason for anything the calendar does not repeat by. */
export function parseRule(value: string): Partial<rrule.Options> {
  const text = value.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|TZID|\n/i.test(text)) throw new Error('give the rule without DTSTART');
  let options: Partial<rrule.Options>;
  try {
    options = RRule.parseString(text);
  } catch {
    throw new Error('not an RRULE');
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
    throw new Error('FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  if (options.byhour || options.byminute || options.bysecond) throw new Error('BYHOUR/BYMINUTE/BYSECOND not supported');
  return options;
}

function ruleOf(series: SeriesTimes & { rrule: string }): rrule.RRule {
  const options = parseRule(series.rrule);
  // UNTIL is stored as an instant; the floating rule needs it as wall time in the zone.
  const until = options.until ? toFloating(options.until, series.timeZone) : null;
  return new RRule({ ...options, until, dtstart: toFloating(series.startsAt, series.timeZone), tzid: null });
}

/** Occurrences overlapping [from, to), at most `CALENDAR_OCCURRENCES_PER_SERIES_MAX`. */
export function expand(series: SeriesTimes, from: Date, to: Date): OccurrenceTimes[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  if (!series.rrule) {
    const overlaps = series.startsAt < to && (series.endsAt > from || (duration === 0 && series.startsAt >= from));
    return overlaps ? [{ originalStart: series.startsAt, start: series.startsAt, end: series.endsAt }] : [];
  }
  const rule = ruleOf(series as SeriesTimes & { rrule: string });
  // A day of margin on each side covers any zone offset between floating and real time.
  const day = 86_400_000;
  const after = toFloating(new Date(from.getTime() - duration - day), series.timeZone);
  const before = toFloating(new Date(to.getTime() + day), series.timeZone);
  const occurrences: OccurrenceTimes[] = [];
  rule.between(after, before, true, (floating) => {
    const start = fromFloating(floating, series.timeZone);
    const end = new Date(start.getTime() + duration);
    if (start < to && (end > from || (duration === 0 && start >= from))) {
      occurrences.push({ originalStart: start, start, end });
    }
    return occurrences.length < CALENDAR_OCCURRENCES_PER_SERIES_MAX;
  });
  return occurrences;
}

/** Whether `start` is an occurrence the series' rule gives. */
export function isOccurrence(series: SeriesTimes, start: Date): boolean {
  if (!series.rrule) return start.getTime() === series.startsAt.getTime();
  return expand(series, new Date(start.getTime() - 1), new Date(start.getTime() + 1)).some(
    (o) => o.originalStart.getTime() === start.getTime(),
  );
}

/** End of the series' last occurrence, or null when it repeats for ever (or past the count we are willing to walk). */
export function seriesEnd(series: SeriesTimes): Date | null {
  if (!series.rrule) return series.endsAt;
  const rule = ruleOf(series as SeriesTimes & { rrule: string });
  if (!rule.options.count && !rule.options.until) return null;
  let last: Date | null = null;
  let n = 0;
  rule.all((floating) => {
    last = floating;
    return ++n < 10_000;
  });
  if (!last) return series.endsAt;
  return new Date(fromFloating(last, series.timeZone).getTime() + series.endsAt.getTime() - series.startsAt.getTime());
}

/** How many occurrences come before `start` (for carrying a COUNT over when a series is split). */
export function countBefore(series: SeriesTimes, start: Date): number {
  const rule = ruleOf(series as SeriesTimes & { rrule: string });
  return rule.between(
    toFloating(new Date(series.startsAt.getTime() - 1), series.timeZone),
    toFloating(start, series.timeZone),
    false,
  ).length;
}

/** The rule ending just before `start` (UNTIL), keeping everything else. */
export function ruleEndingBefore(value: string, start: Date): string {
  const options = parseRule(value);
  return bare(RRule.optionsToString({ ...options, count: null, until: new Date(start.getTime() - 1000) }));
}

/** The same rule with another COUNT (or without one). */
export function ruleWithCount(value: string, count: number | null): string {
  return bare(RRule.optionsToString({ ...parseRule(value), count }));
}

const bare = (text: string) => text.replace(/^RRULE:/, '');
