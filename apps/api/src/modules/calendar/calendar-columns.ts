/** SQL column of each field `CalendarEvent` rules test (alias `e`). */
export const CALENDAR_EVENT_AUTHZ_COLUMNS = { visibility: 'e.visibility' };
