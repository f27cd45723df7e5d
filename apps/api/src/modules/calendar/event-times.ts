import { DateTime, IANAZone } from 'luxon';
import { fieldError } from '../../common/app-error.js';

/** Turns the input's wall times in `timeZone` into instants; an all-day event ends at midnight after its last day. */
export function instantsOf(input: { start: string; end: string; allDay: boolean; timeZone: string }): {
  startsAt: Date;
  endsAt: Date;
} {
  if (!IANAZone.isValidZone(input.timeZone)) throw fieldError('input.timeZone', 'timeZone', 'unknown time zone');
  const parse = (value: string, field: string) => {
    const local = DateTime.fromISO(input.allDay ? value.slice(0, 10) : value, { zone: input.timeZone });
    if (!local.isValid) throw fieldError(field, 'isDate', 'not a valid date or time');
    return input.allDay ? local.startOf('day') : local;
  };
  const start = parse(input.start, 'input.start');
  let end = parse(input.end, 'input.end');
  if (input.allDay) end = end.plus({ days: 1 });
  if (end < start) throw fieldError('input.end', 'afterStart', 'must not be before the start');
  return { startsAt: start.toJSDate(), endsAt: end.toJSDate() };
}
