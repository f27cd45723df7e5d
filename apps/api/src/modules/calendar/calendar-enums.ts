import { registerEnumType } from '@nestjs/graphql';
import {
  ATTENDANCE_MODES,
  ATTENDANCE_STATUSES,
  EVENT_KINDS,
  EVENT_VISIBILITIES,
  RECURRENCE_SCOPES,
  RSVP_RESPONSES,
} from '@portal/domain';
import { asEnum } from '../../graphql/enums.js';

export const EventKindEnum = asEnum(EVENT_KINDS);
export const EventVisibilityEnum = asEnum(EVENT_VISIBILITIES);
export const RecurrenceScopeEnum = asEnum(RECURRENCE_SCOPES);
export const RsvpResponseEnum = asEnum(RSVP_RESPONSES);
export const AttendanceStatusEnum = asEnum(ATTENDANCE_STATUSES);
export const AttendanceModeEnum = asEnum(ATTENDANCE_MODES);

registerEnumType(EventKindEnum, { name: 'EventKind' });
registerEnumType(EventVisibilityEnum, { name: 'EventVisibility' });
registerEnumType(RecurrenceScopeEnum, { name: 'RecurrenceScope' });
registerEnumType(RsvpResponseEnum, { name: 'RsvpResponse' });
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus' });
registerEnumType(AttendanceModeEnum, { name: 'AttendanceMode' });
