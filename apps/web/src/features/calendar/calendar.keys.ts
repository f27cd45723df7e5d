/** Query keys of the calendar; every calendar mutation invalidates `all`. */
export const calendarKeys = {
  all: ['calendar'] as const,
  range: (from: string, to: string, kinds: readonly string[]) =>
    [...calendarKeys.all, 'range', from, to, kinds] as const,
  meeting: (eventId: string, occurrenceStart: string | null) =>
    [...calendarKeys.all, 'meeting', eventId, occurrenceStart] as const,
};
