import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { FileBlobEntity } from '../files/file-blob.entity.js';
import { FileUploadEntity } from '../files/file-upload.entity.js';
import { RecoveryCodeEntity } from '../auth/second-factor/recovery-code.entity.js';
import { TotpSecretEntity } from '../auth/second-factor/totp-secret.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { DomainEventEntity } from '../jobs/domain-event.entity.js';
import { EventDeliveryEntity } from '../jobs/event-delivery.entity.js';
import { CalendarEventExceptionEntity } from '../modules/calendar/calendar-event-exception.entity.js';
import { CalendarEventEntity } from '../modules/calendar/calendar-event.entity.js';
import { CalendarFeedEntity } from '../modules/calendar/calendar-feed.entity.js';
import { MeetingAgendaItemEntity } from '../modules/calendar/meeting-agenda-item.entity.js';
import { MeetingAttendanceEntity } from '../modules/calendar/meeting-attendance.entity.js';
import { MeetingInviteeEntity } from '../modules/calendar/meeting-invitee.entity.js';
import { MeetingResponseEntity } from '../modules/calendar/meeting-response.entity.js';
import { DocumentCategoryEntity } from '../modules/documents/document-category.entity.js';
import { DocumentMaterialEntity } from '../modules/documents/document-material.entity.js';
import { DocumentPageEntity } from '../modules/documents/document-page.entity.js';
import { DocumentVersionEntity } from '../modules/documents/document-version.entity.js';
import { DocumentEntity } from '../modules/documents/document.entity.js';
import { ContactEntity } from '../modules/contacts/contact.entity.js';
import { LibraryVisitEntity } from '../modules/materials/library-visit.entity.js';
import { MaterialDetailChangeEntity } from '../modules/materials/material-detail-change.entity.js';
import { ContentCommentEntity } from '../content/content-comment.entity.js';
import { ContentItemEntity } from '../content/content-item.entity.js';
import { MaterialKindEntity } from '../modules/materials/material-kind.entity.js';
import { ContentRevisionEntity } from '../content/content-revision.entity.js';
import { ContentTransitionEntity } from '../content/content-transition.entity.js';
import { MaterialEntity } from '../modules/materials/material.entity.js';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';
import { NotificationPreferenceEntity } from '../modules/notifications/notification-preference.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { InviteEntity } from '../modules/users/invite.entity.js';
import { OutboxMessageEntity } from '../modules/users/outbox-message.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { CampaignEntity } from '../modules/campaigns/campaign.entity.js';
import { CampaignPlanItemEntity } from '../modules/campaigns/campaign-plan-item.entity.js';
import { RateLimitCounterEntity } from '../rate-limit/rate-limit-counter.entity.js';
import { SeedRunEntity } from '../seed/seed-run.entity.js';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  InviteEntity,
  OutboxMessageEntity,
  SessionEntity,
  LoginAttemptEntity,
  ContactEntity,
  SeedRunEntity,
  MaterialKindEntity,
  ContentItemEntity,
  MaterialEntity,
  ContentRevisionEntity,
  ContentTransitionEntity,
  ContentCommentEntity,
  LibraryVisitEntity,
  RateLimitCounterEntity,
  MaterialDetailChangeEntity,
  DomainEventEntity,
  EventDeliveryEntity,
  AuditEventEntity,
  FileBlobEntity,
  FileUploadEntity,
  CalendarEventEntity,
  CalendarEventExceptionEntity,
  CalendarFeedEntity,
  MeetingAgendaItemEntity,
  MeetingInviteeEntity,
  MeetingResponseEntity,
  MeetingAttendanceEntity,
  TotpSecretEntity,
  RecoveryCodeEntity,
  DocumentCategoryEntity,
  DocumentEntity,
  DocumentVersionEntity,
  DocumentPageEntity,
  DocumentMaterialEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  CampaignEntity,
  CampaignPlanItemEntity,
];
