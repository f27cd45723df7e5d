import { EVENT_KINDS, type EventKind } from '@portal/domain';

/** One colour per kind, used by the calendar and its legend (contrast ≥ 4.5:1 with white text). */
export const KIND_COLOURS: Record<EventKind, string> = {
  working_group_meeting: '#1d4ed8',
  campaign_period: '#b45309',
  training: '#047857',
  policy_deadline: '#b91c1c',
  press_conference: '#7e22ce',
  round_table: '#0f766e',
  other: '#4b5563',
};

export { EVENT_KINDS };
