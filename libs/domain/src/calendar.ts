/** Kinds of calendar event, strategy §III.3 «Календарь». */
export const EVENT_KINDS = [
  'working_group_meeting',
  'campaign_period',
  'training',
  'policy_deadline',
  'press_conference',
  'round_table',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Who may see an event: everyone signed in (readers included), or members and up only. */
export const EVENT_VISIBILITIES = ['signed_in', 'members'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

export const EVENT_STATUSES = ['confirmed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Which occurrences of a recurring series an edit or a cancellation applies to. */
export const RECURRENCE_SCOPES = ['this', 'following', 'all'] as const;
export type RecurrenceScope = (typeof RECURRENCE_SCOPES)[number];

export const RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_MODES = ['in_person', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const DEFAULT_EVENT_TIME_ZONE = 'Asia/Bishkek';

/** The longest range one calendar query may expand (a little over a year: a year view plus its edges). */
export const CALENDAR_RANGE_MAX_DAYS = 400;
/** Occurrences of one series expanded per query at most (a daily series over the maximum range fits). */
export const CALENDAR_OCCURRENCES_PER_SERIES_MAX = 500;
