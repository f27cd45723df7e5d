/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInviteInput = {
  password: string;
  token: string;
};

export type AgendaItemInput = {
  plannedMinutes?: number;
  presenterOrganizationId?: string | number | null | undefined;
  presenterUserId?: string | number | null | undefined;
  title: string;
};

export type AttendanceMode = 'in_person' | 'online';

export type AttendanceStatus = 'absent' | 'excused' | 'present';

export type AuditFilterInput = {
  /** An action (`contact.update`) or the start of several (`contact` finds every `contact.*`). */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  /** ISO date-time, inclusive. */
  from?: string | null | undefined;
  subjectId?: string | number | null | undefined;
  /** e.g. Contact, Material, User, Organization. */
  subjectType?: string | null | undefined;
  /** ISO date-time, exclusive. */
  to?: string | null | undefined;
};

export type CalendarEventInput = {
  allDay?: boolean;
  description?: string | null | undefined;
  /** Wall time in `timeZone`; for an all-day event its last day (inclusive). */
  end: string;
  kind: EventKind;
  onlineLink?: string | null | undefined;
  organizerOrganizationId?: string | number | null | undefined;
  place?: string | null | undefined;
  /** RRULE value without DTSTART, e.g. FREQ=MONTHLY;INTERVAL=3 */
  rrule?: string | null | undefined;
  /** Wall time in `timeZone`: `2027-03-10T10:00`, or `2027-03-10` for an all-day event. */
  start: string;
  /** IANA zone the times are given in and the series repeats in. */
  timeZone?: string;
  title: string;
  visibility?: EventVisibility;
};

export type CampaignItemStatus = 'done' | 'dropped' | 'open';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CommentInput = {
  /** A part of the text, e.g. point:3 or pair:2. */
  anchor?: string | null | undefined;
  body: string;
  parentId?: string | number | null | undefined;
};

export type ConfirmTwoFactorInput = {
  /** A code the authenticator app shows now. */
  code: string;
};

export type ContactCategory =
  'cso_leader' | 'government_agency' | 'ministry_national' | 'ministry_regional' | 'press' | 'private_sector_leader';

export type ContactFilterInput = {
  categories?: Array<ContactCategory> | null | undefined;
  kind?: ContactKind | null | undefined;
  /** Only national entries (no region). */
  national?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  organizationType?: OrganizationType | null | undefined;
  region?: Region | null | undefined;
  search?: string | null | undefined;
  /** Defaults to active. */
  status?: ContactStatus | null | undefined;
};

export type ContactInput = {
  category?: ContactCategory | null | undefined;
  emails?: Array<string>;
  hours?: string | null | undefined;
  kind: ContactKind;
  languages?: Array<Language>;
  name: string;
  notes?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  phones?: Array<string>;
  position?: string | null | undefined;
  region?: Region | null | undefined;
};

export type ContactKind = 'hotline' | 'person';

export type ContactSort = 'name' | 'organization' | 'updated';

export type ContactStatus = 'active' | 'archived';

export type CreateCampaignInput = {
  /** Among: at_risk, migrants_families, returnees, cso, private_sector, religious, government. */
  audiences?: Array<string>;
  /** Recommended activities for CSOs. */
  csoActivities?: string;
  /** YYYY-MM-DD, not before the start. */
  endsOn?: string | null | undefined;
  goals?: string;
  /** Action plan for the ministry’s regional offices. */
  regionalPlan?: string;
  /** Start the plan from strategy §IV items 1–11. */
  standardPlan?: boolean;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  /** The theme. */
  title: string;
};

export type CreateMaterialInput = {
  /** Among: at_risk, migrants_families, returnees, cso, private_sector, religious, government. */
  audiences?: Array<string>;
  /** Editor document as JSON. */
  body: string;
  /** The national campaign it belongs to. */
  campaignId?: string | number | null | undefined;
  /** Among: press, tv_radio, website, social_media, messengers, print, events. */
  channels?: Array<string>;
  /** Media coverage: YYYY-MM-DD. */
  coverageDate?: string | null | undefined;
  /** Media coverage: the outlet (required for that kind). */
  coverageOutlet?: string | null | undefined;
  /** Media coverage: http(s) link. */
  coverageUrl?: string | null | undefined;
  /** ISO 8601 instant (the UI enters it in Asia/Bishkek). */
  embargoUntil?: string | null | undefined;
  kindId: string | number;
  language: Language;
  title: string;
  /** YYYY-MM-DD */
  validUntil?: string | null | undefined;
};

export type CreateTranslationInput = {
  body: string;
  language: Language;
  title: string;
};

export type EditCommentInput = {
  body: string;
};

export type EventKind =
  | 'campaign_period'
  | 'other'
  | 'policy_deadline'
  | 'press_conference'
  | 'round_table'
  | 'training'
  | 'working_group_meeting';

export type EventVisibility = 'members' | 'signed_in';

export type InviteUserInput = {
  displayName: string;
  email: string;
  language?: Language;
  organizationId?: string | number | null | undefined;
  roles: Array<Role>;
};

export type Language = 'en' | 'ky' | 'ru';

export type MaterialDetailsInput = {
  /** Among: at_risk, migrants_families, returnees, cso, private_sector, religious, government. */
  audiences?: Array<string>;
  /** The national campaign it belongs to. */
  campaignId?: string | number | null | undefined;
  /** Among: press, tv_radio, website, social_media, messengers, print, events. */
  channels?: Array<string>;
  /** Media coverage: YYYY-MM-DD. */
  coverageDate?: string | null | undefined;
  /** Media coverage: the outlet (required for that kind). */
  coverageOutlet?: string | null | undefined;
  /** Media coverage: http(s) link. */
  coverageUrl?: string | null | undefined;
  /** ISO 8601 instant (the UI enters it in Asia/Bishkek). */
  embargoUntil?: string | null | undefined;
  /** YYYY-MM-DD */
  validUntil?: string | null | undefined;
  /** Version of the material the edit started from. */
  version: number;
};

export type MaterialFilterInput = {
  audience?: string | null | undefined;
  /** Only work on which the signed-in user may take a step reserved for others than its authors (agree, approve, send back) — their own texts are left out. */
  awaitingMyDecision?: boolean | null | undefined;
  campaignId?: string | number | null | undefined;
  /** Leave these out (e.g. the material being replaced). */
  excludeIds?: Array<string | number> | null | undefined;
  kindIds?: Array<string | number> | null | undefined;
  language?: Language | null | undefined;
  search?: string | null | undefined;
  states?: Array<RevisionState> | null | undefined;
};

export type MaterialKindInput = {
  /** Stable identifier, e.g. fact_sheet. */
  code: string;
  nameEn: string;
  nameKy: string;
  nameRu: string;
  sortOrder?: number;
  /** How bodies are shaped: text, points, qa, coverage. */
  structure: string;
};

export type MaterialView = 'published' | 'working';

export type MeetingAgendaInput = {
  /** The whole agenda in order; reordering sends the new order. */
  items: Array<AgendaItemInput>;
};

export type MeetingInviteesInput = {
  organizationIds: Array<string | number>;
  userIds: Array<string | number>;
};

export type MeetingResponseInput = {
  note?: string | null | undefined;
  response: RsvpResponse;
};

/** in_app: only in the portal; email: also by e-mail at once; daily/weekly: also in a digest; off. */
export type NotificationChannel = 'daily' | 'email' | 'in_app' | 'off' | 'weekly';

export type NotificationKind =
  'changes_requested' | 'comment_on_mine' | 'library_update' | 'review_requested' | 'text_endorsed';

export type OrganizationInput = {
  name: string;
  shortName?: string | null | undefined;
  type: OrganizationType;
  website?: string | null | undefined;
};

export type OrganizationType =
  'cso' | 'government_agency' | 'international' | 'media' | 'ministry' | 'private_sector' | 'religious';

export type PlanItemInput = {
  /** YYYY-MM-DD */
  dueOn?: string | null | undefined;
  /** A material that shows the item done. */
  evidenceMaterialId?: string | number | null | undefined;
  ownerOrganizationId?: string | number | null | undefined;
  /** The person responsible (or an organization, or both). */
  ownerUserId?: string | number | null | undefined;
  status?: CampaignItemStatus;
  title: string;
};

export type Region =
  'batken' | 'bishkek' | 'chui' | 'issyk_kul' | 'jalal_abad' | 'naryn' | 'osh' | 'osh_city' | 'talas';

export type RescheduleMaterialInput = {
  /** ISO 8601 instant (the UI enters it in Asia/Bishkek). */
  embargoUntil?: string | null | undefined;
  /** YYYY-MM-DD */
  validUntil?: string | null | undefined;
  /** Version of the material the change started from. */
  version: number;
};

export type RevisionState = 'agreed' | 'approved' | 'archived' | 'draft' | 'in_review';

export type Role = 'admin' | 'approver' | 'editor' | 'member' | 'reader';

export type RsvpResponse = 'maybe' | 'no' | 'yes';

export type SaveMaterialInput = {
  body: string;
  /** Number of the revision the edit started from. */
  revisionNumber: number;
  /** Version of the revision the edit started from. */
  revisionVersion: number;
  title: string;
};

export type SetUserRolesInput = {
  roles: Array<Role>;
};

export type SignInInput = {
  /** The authenticator code or a recovery code, when the account has one. */
  code?: string | null | undefined;
  email: string;
  password: string;
};

export type Transition = 'agree' | 'approve' | 'archive' | 'request_changes' | 'submit';

export type TransitionCampaignInput = {
  comment?: string | null | undefined;
  /** Version of the revision the reviewer read: a newer one is a conflict. */
  revisionVersion: number;
  transition: Transition;
};

export type TransitionMaterialInput = {
  comment?: string | null | undefined;
  /** Version of the revision the reviewer read: a newer one is a conflict. */
  revisionVersion: number;
  transition: Transition;
};

export type UpdateCampaignInput = {
  /** Among: at_risk, migrants_families, returnees, cso, private_sector, religious, government. */
  audiences?: Array<string>;
  /** Recommended activities for CSOs. */
  csoActivities?: string;
  /** YYYY-MM-DD, not before the start. */
  endsOn?: string | null | undefined;
  goals?: string;
  /** Action plan for the ministry’s regional offices. */
  regionalPlan?: string;
  /** Version of the working revision the edit started from. */
  revisionVersion: number;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  /** The theme. */
  title: string;
  /** Version of the campaign (period, audiences) the edit started from. */
  version: number;
};

export type UpdateContactInput = {
  category?: ContactCategory | null | undefined;
  emails?: Array<string>;
  hours?: string | null | undefined;
  kind: ContactKind;
  languages?: Array<Language>;
  name: string;
  notes?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  phones?: Array<string>;
  position?: string | null | undefined;
  region?: Region | null | undefined;
  /** The version the edit started from; a newer stored version is a conflict. */
  version: number;
};

export type UpdateOrganizationInput = {
  name: string;
  shortName?: string | null | undefined;
  type: OrganizationType;
  /** The version the edit started from; a newer stored version is a conflict. */
  version: number;
  website?: string | null | undefined;
};

export type UpdatePlanItemInput = {
  /** YYYY-MM-DD */
  dueOn?: string | null | undefined;
  /** A material that shows the item done. */
  evidenceMaterialId?: string | number | null | undefined;
  ownerOrganizationId?: string | number | null | undefined;
  /** The person responsible (or an organization, or both). */
  ownerUserId?: string | number | null | undefined;
  status?: CampaignItemStatus;
  title: string;
  version: number;
};

export type UpdatePreferencesInput = {
  language: Language;
};

export type UserStatus = 'active' | 'deactivated' | 'invited';

export type WithdrawMaterialInput = {
  reason: string;
  supersededById?: string | number | null | undefined;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never }>;

export type StartTwoFactorEnrolmentMutation = {
  startTwoFactorEnrolment: { secret: string; otpauthUri: string; qrCode: string };
};

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  input: ConfirmTwoFactorInput;
}>;

export type ConfirmTwoFactorEnrolmentMutation = { confirmTwoFactorEnrolment: Array<string> };

export type MySessionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySessionsQuery = {
  mySessions: Array<{
    id: string;
    current: boolean;
    device: string | null;
    ip: string | null;
    createdAt: string;
    lastSeenAt: string;
  }>;
  mySignInHistory: Array<{ occurredAt: string; succeeded: boolean; ip: string | null }>;
};

export type EndMySessionMutationVariables = Exact<{
  id: string | number;
}>;

export type EndMySessionMutation = { endMySession: boolean };

export type EndMyOtherSessionsMutationVariables = Exact<{ [key: string]: never }>;

export type EndMyOtherSessionsMutation = { endMyOtherSessions: number };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: {
    total: number;
    items: Array<{
      id: string;
      occurredAt: string;
      actorId: string | null;
      actorLabel: string | null;
      actorName: string | null;
      action: string;
      subjectType: string;
      subjectId: string | null;
      summary: string;
    }>;
  };
};

export type ViewerFieldsFragment = {
  abilityRules: string;
  twoFactorEnabled: boolean;
  twoFactorRequired: boolean;
  user: {
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Array<Role>;
    organization: { id: string; name: string } | null;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    abilityRules: string;
    twoFactorEnabled: boolean;
    twoFactorRequired: boolean;
    user: {
      id: string;
      email: string;
      displayName: string;
      language: Language;
      roles: Array<Role>;
      organization: { id: string; name: string } | null;
    };
  } | null;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    abilityRules: string;
    twoFactorEnabled: boolean;
    twoFactorRequired: boolean;
    user: {
      id: string;
      email: string;
      displayName: string;
      language: Language;
      roles: Array<Role>;
      organization: { id: string; name: string } | null;
    };
  };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type InviteInfoQueryVariables = Exact<{
  token: string;
}>;

export type InviteInfoQuery = { inviteInfo: { displayName: string; email: string } };

export type AcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;

export type AcceptInviteMutation = {
  acceptInvite: {
    abilityRules: string;
    twoFactorEnabled: boolean;
    twoFactorRequired: boolean;
    user: {
      id: string;
      email: string;
      displayName: string;
      language: Language;
      roles: Array<Role>;
      organization: { id: string; name: string } | null;
    };
  };
};

export type UpdateMyPreferencesMutationVariables = Exact<{
  input: UpdatePreferencesInput;
}>;

export type UpdateMyPreferencesMutation = { updateMyPreferences: { id: string; language: Language } };

export type CalendarOccurrenceFieldsFragment = {
  eventId: string;
  occurrenceStart: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  timeZone: string;
  kind: EventKind;
  title: string;
  description: string | null;
  place: string | null;
  onlineLink: string | null;
  organizerName: string | null;
  visibility: EventVisibility;
  cancelled: boolean;
  rrule: string | null;
  version: number;
};

export type CalendarEventsQueryVariables = Exact<{
  from: string;
  to: string;
  kinds?: Array<EventKind> | EventKind | null | undefined;
}>;

export type CalendarEventsQuery = {
  calendarEvents: Array<{
    eventId: string;
    occurrenceStart: string;
    startsAt: string;
    endsAt: string;
    allDay: boolean;
    timeZone: string;
    kind: EventKind;
    title: string;
    description: string | null;
    place: string | null;
    onlineLink: string | null;
    organizerName: string | null;
    visibility: EventVisibility;
    cancelled: boolean;
    rrule: string | null;
    version: number;
  }>;
};

export type MeetingQueryVariables = Exact<{
  eventId: string | number;
  occurrenceStart?: string | null | undefined;
}>;

export type MeetingQuery = {
  meeting: {
    agendaMinutes: number;
    meetingMinutes: number;
    invited: boolean;
    occurrence: {
      eventId: string;
      occurrenceStart: string;
      startsAt: string;
      endsAt: string;
      allDay: boolean;
      timeZone: string;
      kind: EventKind;
      title: string;
      description: string | null;
      place: string | null;
      onlineLink: string | null;
      organizerName: string | null;
      visibility: EventVisibility;
      cancelled: boolean;
      rrule: string | null;
      version: number;
    };
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      plannedMinutes: number;
      presenterUserName: string | null;
      presenterOrganizationName: string | null;
    }>;
    invitees: Array<{ userId: string | null; organizationId: string | null; name: string }>;
    responses: Array<{ userId: string; userName: string; response: RsvpResponse; note: string | null }>;
    myResponse: { response: RsvpResponse; note: string | null } | null;
    attendance: Array<{ userId: string; userName: string; status: AttendanceStatus; mode: AttendanceMode | null }>;
  };
};

export type CreateCalendarEventMutationVariables = Exact<{
  input: CalendarEventInput;
}>;

export type CreateCalendarEventMutation = {
  createCalendarEvent: {
    eventId: string;
    occurrenceStart: string;
    startsAt: string;
    endsAt: string;
    allDay: boolean;
    timeZone: string;
    kind: EventKind;
    title: string;
    description: string | null;
    place: string | null;
    onlineLink: string | null;
    organizerName: string | null;
    visibility: EventVisibility;
    cancelled: boolean;
    rrule: string | null;
    version: number;
  };
};

export type SetMeetingAgendaMutationVariables = Exact<{
  eventId: string | number;
  occurrenceStart?: string | null | undefined;
  version: number;
  input: MeetingAgendaInput;
}>;

export type SetMeetingAgendaMutation = { setMeetingAgenda: { agendaMinutes: number } };

export type RespondToMeetingMutationVariables = Exact<{
  eventId: string | number;
  occurrenceStart?: string | null | undefined;
  input: MeetingResponseInput;
}>;

export type RespondToMeetingMutation = {
  respondToMeeting: { myResponse: { response: RsvpResponse; note: string | null } | null };
};

export type SetMeetingInviteesMutationVariables = Exact<{
  eventId: string | number;
  input: MeetingInviteesInput;
}>;

export type SetMeetingInviteesMutation = { setMeetingInvitees: { invited: boolean } };

export type CalendarOrganizationsQueryVariables = Exact<{ [key: string]: never }>;

export type CalendarOrganizationsQuery = { organizations: Array<{ id: string; name: string }> };

export type CampaignPlanItemFieldsFragment = {
  __typename: 'CampaignPlanItem';
  id: string;
  position: number;
  title: string;
  status: CampaignItemStatus;
  dueOn: string | null;
  overdue: boolean;
  ownerUserId: string | null;
  ownerUserName: string | null;
  ownerOrganizationId: string | null;
  ownerOrganizationName: string | null;
  version: number;
  evidence: { id: string; title: string } | null;
};

export type CampaignFieldsFragment = {
  __typename: 'Campaign';
  id: string;
  title: string;
  goals: string;
  regionalPlan: string;
  csoActivities: string;
  startsOn: string | null;
  endsOn: string | null;
  audiences: Array<string>;
  state: RevisionState | null;
  publishedState: RevisionState | null;
  revisionNumber: number;
  revisionVersion: number | null;
  availableTransitions: Array<Transition>;
  version: number;
  progress: { done: number; total: number; overdue: number };
  planItems: Array<{
    __typename: 'CampaignPlanItem';
    id: string;
    position: number;
    title: string;
    status: CampaignItemStatus;
    dueOn: string | null;
    overdue: boolean;
    ownerUserId: string | null;
    ownerUserName: string | null;
    ownerOrganizationId: string | null;
    ownerOrganizationName: string | null;
    version: number;
    evidence: { id: string; title: string } | null;
  }>;
};

export type CampaignsQueryVariables = Exact<{ [key: string]: never }>;

export type CampaignsQuery = {
  campaigns: {
    total: number;
    items: Array<{
      __typename: 'Campaign';
      id: string;
      title: string;
      startsOn: string | null;
      endsOn: string | null;
      state: RevisionState | null;
      publishedState: RevisionState | null;
      progress: { done: number; total: number; overdue: number };
    }>;
  };
};

export type CampaignQueryVariables = Exact<{
  id: string | number;
}>;

export type CampaignQuery = {
  campaign: {
    __typename: 'Campaign';
    id: string;
    title: string;
    goals: string;
    regionalPlan: string;
    csoActivities: string;
    startsOn: string | null;
    endsOn: string | null;
    audiences: Array<string>;
    state: RevisionState | null;
    publishedState: RevisionState | null;
    revisionNumber: number;
    revisionVersion: number | null;
    availableTransitions: Array<Transition>;
    version: number;
    progress: { done: number; total: number; overdue: number };
    planItems: Array<{
      __typename: 'CampaignPlanItem';
      id: string;
      position: number;
      title: string;
      status: CampaignItemStatus;
      dueOn: string | null;
      overdue: boolean;
      ownerUserId: string | null;
      ownerUserName: string | null;
      ownerOrganizationId: string | null;
      ownerOrganizationName: string | null;
      version: number;
      evidence: { id: string; title: string } | null;
    }>;
  };
};

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;

export type CreateCampaignMutation = {
  createCampaign: {
    __typename: 'Campaign';
    id: string;
    title: string;
    goals: string;
    regionalPlan: string;
    csoActivities: string;
    startsOn: string | null;
    endsOn: string | null;
    audiences: Array<string>;
    state: RevisionState | null;
    publishedState: RevisionState | null;
    revisionNumber: number;
    revisionVersion: number | null;
    availableTransitions: Array<Transition>;
    version: number;
    progress: { done: number; total: number; overdue: number };
    planItems: Array<{
      __typename: 'CampaignPlanItem';
      id: string;
      position: number;
      title: string;
      status: CampaignItemStatus;
      dueOn: string | null;
      overdue: boolean;
      ownerUserId: string | null;
      ownerUserName: string | null;
      ownerOrganizationId: string | null;
      ownerOrganizationName: string | null;
      version: number;
      evidence: { id: string; title: string } | null;
    }>;
  };
};

export type UpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: UpdateCampaignInput;
}>;

export type UpdateCampaignMutation = {
  updateCampaign: {
    __typename: 'Campaign';
    id: string;
    title: string;
    goals: string;
    regionalPlan: string;
    csoActivities: string;
    startsOn: string | null;
    endsOn: string | null;
    audiences: Array<string>;
    state: RevisionState | null;
    publishedState: RevisionState | null;
    revisionNumber: number;
    revisionVersion: number | null;
    availableTransitions: Array<Transition>;
    version: number;
    progress: { done: number; total: number; overdue: number };
    planItems: Array<{
      __typename: 'CampaignPlanItem';
      id: string;
      position: number;
      title: string;
      status: CampaignItemStatus;
      dueOn: string | null;
      overdue: boolean;
      ownerUserId: string | null;
      ownerUserName: string | null;
      ownerOrganizationId: string | null;
      ownerOrganizationName: string | null;
      version: number;
      evidence: { id: string; title: string } | null;
    }>;
  };
};

export type TransitionCampaignMutationVariables = Exact<{
  id: string | number;
  input: TransitionCampaignInput;
}>;

export type TransitionCampaignMutation = {
  transitionCampaign: {
    __typename: 'Campaign';
    id: string;
    title: string;
    goals: string;
    regionalPlan: string;
    csoActivities: string;
    startsOn: string | null;
    endsOn: string | null;
    audiences: Array<string>;
    state: RevisionState | null;
    publishedState: RevisionState | null;
    revisionNumber: number;
    revisionVersion: number | null;
    availableTransitions: Array<Transition>;
    version: number;
    progress: { done: number; total: number; overdue: number };
    planItems: Array<{
      __typename: 'CampaignPlanItem';
      id: string;
      position: number;
      title: string;
      status: CampaignItemStatus;
      dueOn: string | null;
      overdue: boolean;
      ownerUserId: string | null;
      ownerUserName: string | null;
      ownerOrganizationId: string | null;
      ownerOrganizationName: string | null;
      version: number;
      evidence: { id: string; title: string } | null;
    }>;
  };
};

export type AddCampaignPlanItemMutationVariables = Exact<{
  campaignId: string | number;
  input: PlanItemInput;
}>;

export type AddCampaignPlanItemMutation = {
  addCampaignPlanItem: {
    __typename: 'CampaignPlanItem';
    id: string;
    position: number;
    title: string;
    status: CampaignItemStatus;
    dueOn: string | null;
    overdue: boolean;
    ownerUserId: string | null;
    ownerUserName: string | null;
    ownerOrganizationId: string | null;
    ownerOrganizationName: string | null;
    version: number;
    evidence: { id: string; title: string } | null;
  };
};

export type UpdateCampaignPlanItemMutationVariables = Exact<{
  id: string | number;
  input: UpdatePlanItemInput;
}>;

export type UpdateCampaignPlanItemMutation = {
  updateCampaignPlanItem: {
    __typename: 'CampaignPlanItem';
    id: string;
    position: number;
    title: string;
    status: CampaignItemStatus;
    dueOn: string | null;
    overdue: boolean;
    ownerUserId: string | null;
    ownerUserName: string | null;
    ownerOrganizationId: string | null;
    ownerOrganizationName: string | null;
    version: number;
    evidence: { id: string; title: string } | null;
  };
};

export type CreateContactMutationVariables = Exact<{
  input: ContactInput;
}>;

export type CreateContactMutation = {
  createContact: {
    __typename: 'Contact';
    id: string;
    kind: ContactKind;
    name: string;
    position: string | null;
    organizationId: string | null;
    region: Region | null;
    category: ContactCategory | null;
    phones: Array<string>;
    emails: Array<string>;
    languages: Array<Language>;
    hours: string | null;
    notes: string | null;
    status: ContactStatus;
    version: number;
    createdAt: string;
    updatedAt: string;
    organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
  };
};

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;

export type UpdateContactMutation = {
  updateContact: {
    __typename: 'Contact';
    id: string;
    kind: ContactKind;
    name: string;
    position: string | null;
    organizationId: string | null;
    region: Region | null;
    category: ContactCategory | null;
    phones: Array<string>;
    emails: Array<string>;
    languages: Array<Language>;
    hours: string | null;
    notes: string | null;
    status: ContactStatus;
    version: number;
    createdAt: string;
    updatedAt: string;
    organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
  };
};

export type ImportResultFieldsFragment = {
  committed: boolean;
  created: number;
  rejected: number;
  valid: number;
  rows: Array<{
    line: number;
    name: string;
    ok: boolean;
    errors: Array<{ field: string; reason: string; message: string }>;
  }>;
};

export type PreviewContactImportMutationVariables = Exact<{
  file: string;
}>;

export type PreviewContactImportMutation = {
  previewContactImport: {
    committed: boolean;
    created: number;
    rejected: number;
    valid: number;
    rows: Array<{
      line: number;
      name: string;
      ok: boolean;
      errors: Array<{ field: string; reason: string; message: string }>;
    }>;
  };
};

export type ImportContactsMutationVariables = Exact<{
  file: string;
}>;

export type ImportContactsMutation = {
  importContacts: {
    committed: boolean;
    created: number;
    rejected: number;
    valid: number;
    rows: Array<{
      line: number;
      name: string;
      ok: boolean;
      errors: Array<{ field: string; reason: string; message: string }>;
    }>;
  };
};

export type ContactFieldsFragment = {
  __typename: 'Contact';
  id: string;
  kind: ContactKind;
  name: string;
  position: string | null;
  organizationId: string | null;
  region: Region | null;
  category: ContactCategory | null;
  phones: Array<string>;
  emails: Array<string>;
  languages: Array<Language>;
  hours: string | null;
  notes: string | null;
  status: ContactStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
};

export type ContactsQueryVariables = Exact<{
  filter?: ContactFilterInput | null | undefined;
  limit: number;
  offset: number;
  sort: ContactSort;
}>;

export type ContactsQuery = {
  contacts: {
    total: number;
    items: Array<{
      __typename: 'Contact';
      id: string;
      kind: ContactKind;
      name: string;
      position: string | null;
      organizationId: string | null;
      region: Region | null;
      category: ContactCategory | null;
      phones: Array<string>;
      emails: Array<string>;
      languages: Array<Language>;
      hours: string | null;
      notes: string | null;
      status: ContactStatus;
      version: number;
      createdAt: string;
      updatedAt: string;
      organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
    }>;
  };
};

export type ContactQueryVariables = Exact<{
  id: string | number;
}>;

export type ContactQuery = {
  contact: {
    __typename: 'Contact';
    id: string;
    kind: ContactKind;
    name: string;
    position: string | null;
    organizationId: string | null;
    region: Region | null;
    category: ContactCategory | null;
    phones: Array<string>;
    emails: Array<string>;
    languages: Array<Language>;
    hours: string | null;
    notes: string | null;
    status: ContactStatus;
    version: number;
    createdAt: string;
    updatedAt: string;
    organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
  };
};

export type OrganizationsQueryVariables = Exact<{ [key: string]: never }>;

export type OrganizationsQuery = {
  organizations: Array<{ id: string; name: string; shortName: string | null; type: OrganizationType }>;
};

export type ArchiveContactMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveContactMutation = {
  archiveContact: {
    __typename: 'Contact';
    id: string;
    kind: ContactKind;
    name: string;
    position: string | null;
    organizationId: string | null;
    region: Region | null;
    category: ContactCategory | null;
    phones: Array<string>;
    emails: Array<string>;
    languages: Array<Language>;
    hours: string | null;
    notes: string | null;
    status: ContactStatus;
    version: number;
    createdAt: string;
    updatedAt: string;
    organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
  };
};

export type RestoreContactMutationVariables = Exact<{
  id: string | number;
}>;

export type RestoreContactMutation = {
  restoreContact: {
    __typename: 'Contact';
    id: string;
    kind: ContactKind;
    name: string;
    position: string | null;
    organizationId: string | null;
    region: Region | null;
    category: ContactCategory | null;
    phones: Array<string>;
    emails: Array<string>;
    languages: Array<Language>;
    hours: string | null;
    notes: string | null;
    status: ContactStatus;
    version: number;
    createdAt: string;
    updatedAt: string;
    organization: { id: string; name: string; shortName: string | null; type: OrganizationType } | null;
  };
};

export type DeadLetterJobsQueryVariables = Exact<{ [key: string]: never }>;

export type DeadLetterJobsQuery = {
  deadLetterJobs: Array<{
    id: string;
    consumer: string;
    eventId: string | null;
    eventType: string | null;
    subjectType: string | null;
    subjectId: string | null;
    attempts: number;
    error: string | null;
    payloadSummary: string | null;
    failedAt: string;
  }>;
};

export type RetryDeadLetterJobMutationVariables = Exact<{
  id: string | number;
}>;

export type RetryDeadLetterJobMutation = { retryDeadLetterJob: boolean };

export type DiscardDeadLetterJobMutationVariables = Exact<{
  id: string | number;
}>;

export type DiscardDeadLetterJobMutation = { discardDeadLetterJob: boolean };

export type CreateMaterialMutationVariables = Exact<{
  input: CreateMaterialInput;
}>;

export type CreateMaterialMutation = {
  createMaterial: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type SaveMaterialMutationVariables = Exact<{
  id: string | number;
  input: SaveMaterialInput;
}>;

export type SaveMaterialMutation = {
  saveMaterial: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type CreateTranslationMutationVariables = Exact<{
  sourceId: string | number;
  input: CreateTranslationInput;
}>;

export type CreateTranslationMutation = {
  createTranslation: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type UpdateMaterialDetailsMutationVariables = Exact<{
  id: string | number;
  input: MaterialDetailsInput;
}>;

export type UpdateMaterialDetailsMutation = {
  updateMaterialDetails: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type SaveMaterialKindMutationVariables = Exact<{
  input: MaterialKindInput;
}>;

export type SaveMaterialKindMutation = {
  saveMaterialKind: {
    id: string;
    code: string;
    structure: string;
    nameRu: string;
    nameKy: string;
    nameEn: string;
    sortOrder: number;
  };
};

export type MaterialRevisionsQueryVariables = Exact<{
  id: string | number;
}>;

export type MaterialRevisionsQuery = {
  materialRevisions: Array<{
    id: string;
    number: number;
    title: string;
    state: RevisionState;
    authorName: string;
    createdAt: string;
    updatedAt: string;
  }>;
};

export type MaterialDiffQueryVariables = Exact<{
  id: string | number;
  fromNumber: number;
  toNumber: number;
}>;

export type MaterialDiffQuery = {
  materialDiff: {
    title: Array<{ value: string; added: boolean | null; removed: boolean | null }>;
    body: Array<{ value: string; added: boolean | null; removed: boolean | null }>;
  };
};

export type MaterialCommentFieldsFragment = {
  id: string;
  parentId: string | null;
  anchor: string | null;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  editedAt: string | null;
  resolvedAt: string | null;
  resolvedByName: string | null;
};

export type MaterialCommentsQueryVariables = Exact<{
  materialId: string | number;
}>;

export type MaterialCommentsQuery = {
  materialComments: Array<{
    id: string;
    parentId: string | null;
    anchor: string | null;
    body: string;
    authorId: string;
    authorName: string;
    createdAt: string;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
  }>;
};

export type AddMaterialCommentMutationVariables = Exact<{
  materialId: string | number;
  input: CommentInput;
}>;

export type AddMaterialCommentMutation = {
  addMaterialComment: {
    id: string;
    parentId: string | null;
    anchor: string | null;
    body: string;
    authorId: string;
    authorName: string;
    createdAt: string;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
  };
};

export type EditMaterialCommentMutationVariables = Exact<{
  id: string | number;
  input: EditCommentInput;
}>;

export type EditMaterialCommentMutation = {
  editMaterialComment: {
    id: string;
    parentId: string | null;
    anchor: string | null;
    body: string;
    authorId: string;
    authorName: string;
    createdAt: string;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
  };
};

export type ResolveMaterialCommentMutationVariables = Exact<{
  id: string | number;
  resolved: boolean;
}>;

export type ResolveMaterialCommentMutation = {
  resolveMaterialComment: {
    id: string;
    parentId: string | null;
    anchor: string | null;
    body: string;
    authorId: string;
    authorName: string;
    createdAt: string;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
  };
};

export type MaterialKindFieldsFragment = {
  id: string;
  code: string;
  structure: string;
  nameRu: string;
  nameKy: string;
  nameEn: string;
  sortOrder: number;
};

export type MaterialCardRevisionFragment = {
  id: string;
  number: number;
  title: string;
  state: RevisionState;
  updatedAt: string;
};

export type MaterialCardFieldsFragment = {
  __typename: 'Material';
  id: string;
  language: Language;
  audiences: Array<string>;
  coverageOutlet: string | null;
  coverageDate: string | null;
  state: RevisionState | null;
  updatedAt: string;
  changedSinceLastVisit: boolean;
  expired: boolean;
  outdated: boolean;
  withdrawnAt: string | null;
  kind: {
    id: string;
    code: string;
    structure: string;
    nameRu: string;
    nameKy: string;
    nameEn: string;
    sortOrder: number;
  };
  campaign: { title: string } | null;
  snippet: Array<{ text: string; match: boolean }> | null;
  approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
  published: { id: string; number: number; title: string; state: RevisionState; updatedAt: string } | null;
  working: { id: string; number: number; title: string; state: RevisionState; updatedAt: string } | null;
};

export type ApprovalFieldsFragment = {
  approvedBy: string;
  approvedAt: string;
  revisionNumber: number;
  state: RevisionState;
};

export type MaterialRefFieldsFragment = { id: string; title: string; language: Language };

export type MaterialRevisionFieldsFragment = {
  id: string;
  number: number;
  title: string;
  body: string;
  state: RevisionState;
  authorId: string | null;
  contributorIds: Array<string>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type MaterialFieldsFragment = {
  __typename: 'Material';
  id: string;
  language: Language;
  sourceId: string | null;
  audiences: Array<string>;
  channels: Array<string>;
  validUntil: string | null;
  embargoUntil: string | null;
  coverageOutlet: string | null;
  coverageDate: string | null;
  coverageUrl: string | null;
  state: RevisionState | null;
  availableTransitions: Array<Transition>;
  version: number;
  updatedAt: string;
  publishedAt: string | null;
  expired: boolean;
  outdated: boolean;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  kind: {
    id: string;
    code: string;
    structure: string;
    nameRu: string;
    nameKy: string;
    nameEn: string;
    sortOrder: number;
  };
  campaign: { id: string; title: string } | null;
  supersededBy: { id: string; title: string; language: Language } | null;
  source: { id: string; title: string; language: Language } | null;
  translations: Array<{
    id: string;
    language: Language;
    title: string;
    state: RevisionState | null;
    outdated: boolean;
  }>;
  approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
  published: {
    id: string;
    number: number;
    title: string;
    body: string;
    state: RevisionState;
    authorId: string | null;
    contributorIds: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
  } | null;
  working: {
    id: string;
    number: number;
    title: string;
    body: string;
    state: RevisionState;
    authorId: string | null;
    contributorIds: Array<string>;
    version: number;
    createdAt: string;
    updatedAt: string;
  } | null;
};

export type MaterialKindsQueryVariables = Exact<{ [key: string]: never }>;

export type MaterialKindsQuery = {
  materialKinds: Array<{
    id: string;
    code: string;
    structure: string;
    nameRu: string;
    nameKy: string;
    nameEn: string;
    sortOrder: number;
  }>;
};

export type MaterialsQueryVariables = Exact<{
  filter?: MaterialFilterInput | null | undefined;
  view: MaterialView;
  limit: number;
  offset: number;
}>;

export type MaterialsQuery = {
  materials: {
    total: number;
    totalIsCapped: boolean;
    items: Array<{
      __typename: 'Material';
      id: string;
      language: Language;
      audiences: Array<string>;
      coverageOutlet: string | null;
      coverageDate: string | null;
      state: RevisionState | null;
      updatedAt: string;
      changedSinceLastVisit: boolean;
      expired: boolean;
      outdated: boolean;
      withdrawnAt: string | null;
      kind: {
        id: string;
        code: string;
        structure: string;
        nameRu: string;
        nameKy: string;
        nameEn: string;
        sortOrder: number;
      };
      campaign: { title: string } | null;
      snippet: Array<{ text: string; match: boolean }> | null;
      approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
      published: { id: string; number: number; title: string; state: RevisionState; updatedAt: string } | null;
      working: { id: string; number: number; title: string; state: RevisionState; updatedAt: string } | null;
    }>;
  };
};

export type MaterialQueryVariables = Exact<{
  id: string | number;
}>;

export type MaterialQuery = {
  material: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type MaterialHistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type MaterialHistoryQuery = {
  materialHistory: Array<{
    id: string;
    transition: Transition;
    fromState: RevisionState;
    toState: RevisionState;
    revisionNumber: number;
    actorName: string;
    comment: string | null;
    createdAt: string;
  }>;
  materialDetailChanges: Array<{
    id: string;
    field: string;
    oldValue: string | null;
    newValue: string | null;
    actorName: string;
    createdAt: string;
  }>;
};

export type TransitionMaterialMutationVariables = Exact<{
  id: string | number;
  input: TransitionMaterialInput;
}>;

export type TransitionMaterialMutation = {
  transitionMaterial: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type MarkLibraryVisitedMutationVariables = Exact<{ [key: string]: never }>;

export type MarkLibraryVisitedMutation = { markLibraryVisited: boolean };

export type WithdrawMaterialMutationVariables = Exact<{
  id: string | number;
  input: WithdrawMaterialInput;
}>;

export type WithdrawMaterialMutation = {
  withdrawMaterial: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type ReplacementCandidatesQueryVariables = Exact<{
  filter: MaterialFilterInput;
}>;

export type ReplacementCandidatesQuery = {
  materials: {
    items: Array<{
      id: string;
      language: Language;
      kind: {
        id: string;
        code: string;
        structure: string;
        nameRu: string;
        nameKy: string;
        nameEn: string;
        sortOrder: number;
      };
      published: { id: string; title: string } | null;
    }>;
  };
};

export type WaitingForDecisionQueryVariables = Exact<{ [key: string]: never }>;

export type WaitingForDecisionQuery = { materials: { total: number; totalIsCapped: boolean } };

export type RescheduleMaterialMutationVariables = Exact<{
  id: string | number;
  input: RescheduleMaterialInput;
}>;

export type RescheduleMaterialMutation = {
  rescheduleMaterial: {
    __typename: 'Material';
    id: string;
    language: Language;
    sourceId: string | null;
    audiences: Array<string>;
    channels: Array<string>;
    validUntil: string | null;
    embargoUntil: string | null;
    coverageOutlet: string | null;
    coverageDate: string | null;
    coverageUrl: string | null;
    state: RevisionState | null;
    availableTransitions: Array<Transition>;
    version: number;
    updatedAt: string;
    publishedAt: string | null;
    expired: boolean;
    outdated: boolean;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    kind: {
      id: string;
      code: string;
      structure: string;
      nameRu: string;
      nameKy: string;
      nameEn: string;
      sortOrder: number;
    };
    campaign: { id: string; title: string } | null;
    supersededBy: { id: string; title: string; language: Language } | null;
    source: { id: string; title: string; language: Language } | null;
    translations: Array<{
      id: string;
      language: Language;
      title: string;
      state: RevisionState | null;
      outdated: boolean;
    }>;
    approval: { approvedBy: string; approvedAt: string; revisionNumber: number; state: RevisionState } | null;
    published: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    working: {
      id: string;
      number: number;
      title: string;
      body: string;
      state: RevisionState;
      authorId: string | null;
      contributorIds: Array<string>;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
  };
};

export type CampaignOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type CampaignOptionsQuery = { campaigns: { items: Array<{ id: string; title: string }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type NotificationsQuery = {
  notifications: {
    endCursor: string | null;
    items: Array<{
      id: string;
      kind: NotificationKind;
      title: string;
      state: string | null;
      revised: boolean;
      link: string;
      createdAt: string;
      readAt: string | null;
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesQuery = {
  notificationPreferences: Array<{ kind: NotificationKind; channel: NotificationChannel; isDefault: boolean }>;
};

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  channel: NotificationChannel;
}>;

export type SetNotificationPreferenceMutation = {
  setNotificationPreference: { kind: NotificationKind; channel: NotificationChannel; isDefault: boolean };
};

export type OrganizationFieldsFragment = {
  __typename: 'Organization';
  id: string;
  name: string;
  shortName: string | null;
  type: OrganizationType;
  website: string | null;
  version: number;
};

export type OrganizationListQueryVariables = Exact<{ [key: string]: never }>;

export type OrganizationListQuery = {
  organizations: Array<{
    __typename: 'Organization';
    id: string;
    name: string;
    shortName: string | null;
    type: OrganizationType;
    website: string | null;
    version: number;
  }>;
};

export type OrganizationDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganizationDetailQuery = {
  organization: {
    __typename: 'Organization';
    id: string;
    name: string;
    shortName: string | null;
    type: OrganizationType;
    website: string | null;
    version: number;
  };
};

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;

export type CreateOrganizationMutation = {
  createOrganization: {
    __typename: 'Organization';
    id: string;
    name: string;
    shortName: string | null;
    type: OrganizationType;
    website: string | null;
    version: number;
  };
};

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganizationInput;
}>;

export type UpdateOrganizationMutation = {
  updateOrganization: {
    __typename: 'Organization';
    id: string;
    name: string;
    shortName: string | null;
    type: OrganizationType;
    website: string | null;
    version: number;
  };
};

export type UserFieldsFragment = {
  __typename: 'User';
  id: string;
  email: string;
  displayName: string;
  language: Language;
  roles: Array<Role>;
  status: UserStatus;
  lastSignInAt: string | null;
  twoFactorEnabledAt: string | null;
  createdAt: string;
  organization: { id: string; name: string; shortName: string | null } | null;
};

export type UsersQueryVariables = Exact<{ [key: string]: never }>;

export type UsersQuery = {
  users: Array<{
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Array<Role>;
    status: UserStatus;
    lastSignInAt: string | null;
    twoFactorEnabledAt: string | null;
    createdAt: string;
    organization: { id: string; name: string; shortName: string | null } | null;
  }>;
};

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;

export type InviteUserMutation = {
  inviteUser: {
    inviteUrl: string;
    user: {
      __typename: 'User';
      id: string;
      email: string;
      displayName: string;
      language: Language;
      roles: Array<Role>;
      status: UserStatus;
      lastSignInAt: string | null;
      twoFactorEnabledAt: string | null;
      createdAt: string;
      organization: { id: string; name: string; shortName: string | null } | null;
    };
  };
};

export type SetUserRolesMutationVariables = Exact<{
  id: string | number;
  input: SetUserRolesInput;
}>;

export type SetUserRolesMutation = {
  setUserRoles: {
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Array<Role>;
    status: UserStatus;
    lastSignInAt: string | null;
    twoFactorEnabledAt: string | null;
    createdAt: string;
    organization: { id: string; name: string; shortName: string | null } | null;
  };
};

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DeactivateUserMutation = {
  deactivateUser: {
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Array<Role>;
    status: UserStatus;
    lastSignInAt: string | null;
    twoFactorEnabledAt: string | null;
    createdAt: string;
    organization: { id: string; name: string; shortName: string | null } | null;
  };
};

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;

export type ReactivateUserMutation = {
  reactivateUser: {
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Array<Role>;
    status: UserStatus;
    lastSignInAt: string | null;
    twoFactorEnabledAt: string | null;
    createdAt: string;
    organization: { id: string; name: string; shortName: string | null } | null;
  };
};

export type ResetTwoFactorMutationVariables = Exact<{
  id: string | number;
}>;

export type ResetTwoFactorMutation = {
  resetTwoFactor: {
    __typename: 'User';
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Array<Role>;
    status: UserStatus;
    lastSignInAt: string | null;
    twoFactorEnabledAt: string | null;
    createdAt: string;
    organization: { id: string; name: string; shortName: string | null } | null;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ViewerFields on Viewer {
  abilityRules
  twoFactorEnabled
  twoFactorRequired
  user {
    id
    email
    displayName
    language
    roles
    organization {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'ViewerFields' },
) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const CalendarOccurrenceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CalendarOccurrenceFields on CalendarOccurrence {
  eventId
  occurrenceStart
  startsAt
  endsAt
  allDay
  timeZone
  kind
  title
  description
  place
  onlineLink
  organizerName
  visibility
  cancelled
  rrule
  version
}
    `,
  { fragmentName: 'CalendarOccurrenceFields' },
) as unknown as TypedDocumentString<CalendarOccurrenceFieldsFragment, unknown>;
export const CampaignPlanItemFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}
    `,
  { fragmentName: 'CampaignPlanItemFields' },
) as unknown as TypedDocumentString<CampaignPlanItemFieldsFragment, unknown>;
export const CampaignFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CampaignFields on Campaign {
  __typename
  id
  title
  goals
  regionalPlan
  csoActivities
  startsOn
  endsOn
  audiences
  state
  publishedState
  revisionNumber
  revisionVersion
  availableTransitions
  version
  progress {
    done
    total
    overdue
  }
  planItems {
    ...CampaignPlanItemFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}`,
  { fragmentName: 'CampaignFields' },
) as unknown as TypedDocumentString<CampaignFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ImportResultFields on ContactImportResult {
  committed
  created
  rejected
  valid
  rows {
    line
    name
    ok
    errors {
      field
      reason
      message
    }
  }
}
    `,
  { fragmentName: 'ImportResultFields' },
) as unknown as TypedDocumentString<ImportResultFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}
    `,
  { fragmentName: 'ContactFields' },
) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const MaterialCommentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialCommentFields on MaterialComment {
  id
  parentId
  anchor
  body
  authorId
  authorName
  createdAt
  editedAt
  resolvedAt
  resolvedByName
}
    `,
  { fragmentName: 'MaterialCommentFields' },
) as unknown as TypedDocumentString<MaterialCommentFieldsFragment, unknown>;
export const MaterialKindFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
    `,
  { fragmentName: 'MaterialKindFields' },
) as unknown as TypedDocumentString<MaterialKindFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
    `,
  { fragmentName: 'ApprovalFields' },
) as unknown as TypedDocumentString<ApprovalFieldsFragment, unknown>;
export const MaterialCardRevisionFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialCardRevision on MaterialRevision {
  id
  number
  title
  state
  updatedAt
}
    `,
  { fragmentName: 'MaterialCardRevision' },
) as unknown as TypedDocumentString<MaterialCardRevisionFragment, unknown>;
export const MaterialCardFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialCardFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  campaign {
    title
  }
  audiences
  coverageOutlet
  coverageDate
  state
  updatedAt
  changedSinceLastVisit
  expired
  outdated
  withdrawnAt
  snippet {
    text
    match
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialCardRevision
  }
  working {
    ...MaterialCardRevision
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment MaterialCardRevision on MaterialRevision {
  id
  number
  title
  state
  updatedAt
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}`,
  { fragmentName: 'MaterialCardFields' },
) as unknown as TypedDocumentString<MaterialCardFieldsFragment, unknown>;
export const MaterialRefFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
    `,
  { fragmentName: 'MaterialRefFields' },
) as unknown as TypedDocumentString<MaterialRefFieldsFragment, unknown>;
export const MaterialRevisionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
    `,
  { fragmentName: 'MaterialRevisionFields' },
) as unknown as TypedDocumentString<MaterialRevisionFieldsFragment, unknown>;
export const MaterialFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}`,
  { fragmentName: 'MaterialFields' },
) as unknown as TypedDocumentString<MaterialFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment OrganizationFields on Organization {
  __typename
  id
  name
  shortName
  type
  website
  version
}
    `,
  { fragmentName: 'OrganizationFields' },
) as unknown as TypedDocumentString<OrganizationFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}
    `,
  { fragmentName: 'UserFields' },
) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const StartTwoFactorEnrolmentDocument = new TypedDocumentString(`
    mutation StartTwoFactorEnrolment {
  startTwoFactorEnrolment {
    secret
    otpauthUri
    qrCode
  }
}
    `) as unknown as TypedDocumentString<StartTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactorEnrolment($input: ConfirmTwoFactorInput!) {
  confirmTwoFactorEnrolment(input: $input)
}
    `) as unknown as TypedDocumentString<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    current
    device
    ip
    createdAt
    lastSeenAt
  }
  mySignInHistory {
    occurredAt
    succeeded
    ip
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const EndMySessionDocument = new TypedDocumentString(`
    mutation EndMySession($id: ID!) {
  endMySession(id: $id)
}
    `) as unknown as TypedDocumentString<EndMySessionMutation, EndMySessionMutationVariables>;
export const EndMyOtherSessionsDocument = new TypedDocumentString(`
    mutation EndMyOtherSessions {
  endMyOtherSessions
}
    `) as unknown as TypedDocumentString<EndMyOtherSessionsMutation, EndMyOtherSessionsMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditFilterInput, $limit: Int, $offset: Int) {
  auditEvents(filter: $filter, limit: $limit, offset: $offset) {
    total
    items {
      id
      occurredAt
      actorId
      actorLabel
      actorName
      action
      subjectType
      subjectId
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  abilityRules
  twoFactorEnabled
  twoFactorRequired
  user {
    id
    email
    displayName
    language
    roles
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  abilityRules
  twoFactorEnabled
  twoFactorRequired
  user {
    id
    email
    displayName
    language
    roles
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const InviteInfoDocument = new TypedDocumentString(`
    query InviteInfo($token: String!) {
  inviteInfo(token: $token) {
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<InviteInfoQuery, InviteInfoQueryVariables>;
export const AcceptInviteDocument = new TypedDocumentString(`
    mutation AcceptInvite($input: AcceptInviteInput!) {
  acceptInvite(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  abilityRules
  twoFactorEnabled
  twoFactorRequired
  user {
    id
    email
    displayName
    language
    roles
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const UpdateMyPreferencesDocument = new TypedDocumentString(`
    mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {
  updateMyPreferences(input: $input) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const CalendarEventsDocument = new TypedDocumentString(`
    query CalendarEvents($from: DateTime!, $to: DateTime!, $kinds: [EventKind!]) {
  calendarEvents(from: $from, to: $to, kinds: $kinds) {
    ...CalendarOccurrenceFields
  }
}
    fragment CalendarOccurrenceFields on CalendarOccurrence {
  eventId
  occurrenceStart
  startsAt
  endsAt
  allDay
  timeZone
  kind
  title
  description
  place
  onlineLink
  organizerName
  visibility
  cancelled
  rrule
  version
}`) as unknown as TypedDocumentString<CalendarEventsQuery, CalendarEventsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($eventId: ID!, $occurrenceStart: DateTime) {
  meeting(eventId: $eventId, occurrenceStart: $occurrenceStart) {
    occurrence {
      ...CalendarOccurrenceFields
    }
    agenda {
      id
      position
      title
      plannedMinutes
      presenterUserName
      presenterOrganizationName
    }
    agendaMinutes
    meetingMinutes
    invited
    invitees {
      userId
      organizationId
      name
    }
    responses {
      userId
      userName
      response
      note
    }
    myResponse {
      response
      note
    }
    attendance {
      userId
      userName
      status
      mode
    }
  }
}
    fragment CalendarOccurrenceFields on CalendarOccurrence {
  eventId
  occurrenceStart
  startsAt
  endsAt
  allDay
  timeZone
  kind
  title
  description
  place
  onlineLink
  organizerName
  visibility
  cancelled
  rrule
  version
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const CreateCalendarEventDocument = new TypedDocumentString(`
    mutation CreateCalendarEvent($input: CalendarEventInput!) {
  createCalendarEvent(input: $input) {
    ...CalendarOccurrenceFields
  }
}
    fragment CalendarOccurrenceFields on CalendarOccurrence {
  eventId
  occurrenceStart
  startsAt
  endsAt
  allDay
  timeZone
  kind
  title
  description
  place
  onlineLink
  organizerName
  visibility
  cancelled
  rrule
  version
}`) as unknown as TypedDocumentString<CreateCalendarEventMutation, CreateCalendarEventMutationVariables>;
export const SetMeetingAgendaDocument = new TypedDocumentString(`
    mutation SetMeetingAgenda($eventId: ID!, $occurrenceStart: DateTime, $version: Int!, $input: MeetingAgendaInput!) {
  setMeetingAgenda(
    eventId: $eventId
    occurrenceStart: $occurrenceStart
    version: $version
    input: $input
  ) {
    agendaMinutes
  }
}
    `) as unknown as TypedDocumentString<SetMeetingAgendaMutation, SetMeetingAgendaMutationVariables>;
export const RespondToMeetingDocument = new TypedDocumentString(`
    mutation RespondToMeeting($eventId: ID!, $occurrenceStart: DateTime, $input: MeetingResponseInput!) {
  respondToMeeting(
    eventId: $eventId
    occurrenceStart: $occurrenceStart
    input: $input
  ) {
    myResponse {
      response
      note
    }
  }
}
    `) as unknown as TypedDocumentString<RespondToMeetingMutation, RespondToMeetingMutationVariables>;
export const SetMeetingInviteesDocument = new TypedDocumentString(`
    mutation SetMeetingInvitees($eventId: ID!, $input: MeetingInviteesInput!) {
  setMeetingInvitees(eventId: $eventId, input: $input) {
    invited
  }
}
    `) as unknown as TypedDocumentString<SetMeetingInviteesMutation, SetMeetingInviteesMutationVariables>;
export const CalendarOrganizationsDocument = new TypedDocumentString(`
    query CalendarOrganizations {
  organizations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CalendarOrganizationsQuery, CalendarOrganizationsQueryVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns {
  campaigns(limit: 100) {
    total
    items {
      __typename
      id
      title
      startsOn
      endsOn
      state
      publishedState
      progress {
        done
        total
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($id: ID!) {
  campaign(id: $id) {
    ...CampaignFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}
fragment CampaignFields on Campaign {
  __typename
  id
  title
  goals
  regionalPlan
  csoActivities
  startsOn
  endsOn
  audiences
  state
  publishedState
  revisionNumber
  revisionVersion
  availableTransitions
  version
  progress {
    done
    total
    overdue
  }
  planItems {
    ...CampaignPlanItemFields
  }
}`) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}
fragment CampaignFields on Campaign {
  __typename
  id
  title
  goals
  regionalPlan
  csoActivities
  startsOn
  endsOn
  audiences
  state
  publishedState
  revisionNumber
  revisionVersion
  availableTransitions
  version
  progress {
    done
    total
    overdue
  }
  planItems {
    ...CampaignPlanItemFields
  }
}`) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}
fragment CampaignFields on Campaign {
  __typename
  id
  title
  goals
  regionalPlan
  csoActivities
  startsOn
  endsOn
  audiences
  state
  publishedState
  revisionNumber
  revisionVersion
  availableTransitions
  version
  progress {
    done
    total
    overdue
  }
  planItems {
    ...CampaignPlanItemFields
  }
}`) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const TransitionCampaignDocument = new TypedDocumentString(`
    mutation TransitionCampaign($id: ID!, $input: TransitionCampaignInput!) {
  transitionCampaign(id: $id, input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}
fragment CampaignFields on Campaign {
  __typename
  id
  title
  goals
  regionalPlan
  csoActivities
  startsOn
  endsOn
  audiences
  state
  publishedState
  revisionNumber
  revisionVersion
  availableTransitions
  version
  progress {
    done
    total
    overdue
  }
  planItems {
    ...CampaignPlanItemFields
  }
}`) as unknown as TypedDocumentString<TransitionCampaignMutation, TransitionCampaignMutationVariables>;
export const AddCampaignPlanItemDocument = new TypedDocumentString(`
    mutation AddCampaignPlanItem($campaignId: ID!, $input: PlanItemInput!) {
  addCampaignPlanItem(campaignId: $campaignId, input: $input) {
    ...CampaignPlanItemFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}`) as unknown as TypedDocumentString<AddCampaignPlanItemMutation, AddCampaignPlanItemMutationVariables>;
export const UpdateCampaignPlanItemDocument = new TypedDocumentString(`
    mutation UpdateCampaignPlanItem($id: ID!, $input: UpdatePlanItemInput!) {
  updateCampaignPlanItem(id: $id, input: $input) {
    ...CampaignPlanItemFields
  }
}
    fragment CampaignPlanItemFields on CampaignPlanItem {
  __typename
  id
  position
  title
  status
  dueOn
  overdue
  ownerUserId
  ownerUserName
  ownerOrganizationId
  ownerOrganizationName
  evidence {
    id
    title
  }
  version
}`) as unknown as TypedDocumentString<UpdateCampaignPlanItemMutation, UpdateCampaignPlanItemMutationVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: ContactInput!) {
  createContact(input: $input) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const PreviewContactImportDocument = new TypedDocumentString(`
    mutation PreviewContactImport($file: String!) {
  previewContactImport(file: $file) {
    ...ImportResultFields
  }
}
    fragment ImportResultFields on ContactImportResult {
  committed
  created
  rejected
  valid
  rows {
    line
    name
    ok
    errors {
      field
      reason
      message
    }
  }
}`) as unknown as TypedDocumentString<PreviewContactImportMutation, PreviewContactImportMutationVariables>;
export const ImportContactsDocument = new TypedDocumentString(`
    mutation ImportContacts($file: String!) {
  importContacts(file: $file) {
    ...ImportResultFields
  }
}
    fragment ImportResultFields on ContactImportResult {
  committed
  created
  rejected
  valid
  rows {
    line
    name
    ok
    errors {
      field
      reason
      message
    }
  }
}`) as unknown as TypedDocumentString<ImportContactsMutation, ImportContactsMutationVariables>;
export const ContactsDocument = new TypedDocumentString(`
    query Contacts($filter: ContactFilterInput, $limit: Int!, $offset: Int!, $sort: ContactSort!) {
  contacts(filter: $filter, limit: $limit, offset: $offset, sort: $sort) {
    total
    items {
      ...ContactFields
    }
  }
}
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ContactsQuery, ContactsQueryVariables>;
export const ContactDocument = new TypedDocumentString(`
    query Contact($id: ID!) {
  contact(id: $id) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ContactQuery, ContactQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations {
  organizations {
    id
    name
    shortName
    type
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const ArchiveContactDocument = new TypedDocumentString(`
    mutation ArchiveContact($id: ID!) {
  archiveContact(id: $id) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ArchiveContactMutation, ArchiveContactMutationVariables>;
export const RestoreContactDocument = new TypedDocumentString(`
    mutation RestoreContact($id: ID!) {
  restoreContact(id: $id) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  __typename
  id
  kind
  name
  position
  organizationId
  organization {
    id
    name
    shortName
    type
  }
  region
  category
  phones
  emails
  languages
  hours
  notes
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RestoreContactMutation, RestoreContactMutationVariables>;
export const DeadLetterJobsDocument = new TypedDocumentString(`
    query DeadLetterJobs {
  deadLetterJobs {
    id
    consumer
    eventId
    eventType
    subjectType
    subjectId
    attempts
    error
    payloadSummary
    failedAt
  }
}
    `) as unknown as TypedDocumentString<DeadLetterJobsQuery, DeadLetterJobsQueryVariables>;
export const RetryDeadLetterJobDocument = new TypedDocumentString(`
    mutation RetryDeadLetterJob($id: ID!) {
  retryDeadLetterJob(id: $id)
}
    `) as unknown as TypedDocumentString<RetryDeadLetterJobMutation, RetryDeadLetterJobMutationVariables>;
export const DiscardDeadLetterJobDocument = new TypedDocumentString(`
    mutation DiscardDeadLetterJob($id: ID!) {
  discardDeadLetterJob(id: $id)
}
    `) as unknown as TypedDocumentString<DiscardDeadLetterJobMutation, DiscardDeadLetterJobMutationVariables>;
export const CreateMaterialDocument = new TypedDocumentString(`
    mutation CreateMaterial($input: CreateMaterialInput!) {
  createMaterial(input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const SaveMaterialDocument = new TypedDocumentString(`
    mutation SaveMaterial($id: ID!, $input: SaveMaterialInput!) {
  saveMaterial(id: $id, input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<SaveMaterialMutation, SaveMaterialMutationVariables>;
export const CreateTranslationDocument = new TypedDocumentString(`
    mutation CreateTranslation($sourceId: ID!, $input: CreateTranslationInput!) {
  createTranslation(sourceId: $sourceId, input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<CreateTranslationMutation, CreateTranslationMutationVariables>;
export const UpdateMaterialDetailsDocument = new TypedDocumentString(`
    mutation UpdateMaterialDetails($id: ID!, $input: MaterialDetailsInput!) {
  updateMaterialDetails(id: $id, input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<UpdateMaterialDetailsMutation, UpdateMaterialDetailsMutationVariables>;
export const SaveMaterialKindDocument = new TypedDocumentString(`
    mutation SaveMaterialKind($input: MaterialKindInput!) {
  saveMaterialKind(input: $input) {
    ...MaterialKindFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}`) as unknown as TypedDocumentString<SaveMaterialKindMutation, SaveMaterialKindMutationVariables>;
export const MaterialRevisionsDocument = new TypedDocumentString(`
    query MaterialRevisions($id: ID!) {
  materialRevisions(id: $id) {
    id
    number
    title
    state
    authorName
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<MaterialRevisionsQuery, MaterialRevisionsQueryVariables>;
export const MaterialDiffDocument = new TypedDocumentString(`
    query MaterialDiff($id: ID!, $fromNumber: Int!, $toNumber: Int!) {
  materialDiff(id: $id, fromNumber: $fromNumber, toNumber: $toNumber) {
    title {
      value
      added
      removed
    }
    body {
      value
      added
      removed
    }
  }
}
    `) as unknown as TypedDocumentString<MaterialDiffQuery, MaterialDiffQueryVariables>;
export const MaterialCommentsDocument = new TypedDocumentString(`
    query MaterialComments($materialId: ID!) {
  materialComments(materialId: $materialId) {
    ...MaterialCommentFields
  }
}
    fragment MaterialCommentFields on MaterialComment {
  id
  parentId
  anchor
  body
  authorId
  authorName
  createdAt
  editedAt
  resolvedAt
  resolvedByName
}`) as unknown as TypedDocumentString<MaterialCommentsQuery, MaterialCommentsQueryVariables>;
export const AddMaterialCommentDocument = new TypedDocumentString(`
    mutation AddMaterialComment($materialId: ID!, $input: CommentInput!) {
  addMaterialComment(materialId: $materialId, input: $input) {
    ...MaterialCommentFields
  }
}
    fragment MaterialCommentFields on MaterialComment {
  id
  parentId
  anchor
  body
  authorId
  authorName
  createdAt
  editedAt
  resolvedAt
  resolvedByName
}`) as unknown as TypedDocumentString<AddMaterialCommentMutation, AddMaterialCommentMutationVariables>;
export const EditMaterialCommentDocument = new TypedDocumentString(`
    mutation EditMaterialComment($id: ID!, $input: EditCommentInput!) {
  editMaterialComment(id: $id, input: $input) {
    ...MaterialCommentFields
  }
}
    fragment MaterialCommentFields on MaterialComment {
  id
  parentId
  anchor
  body
  authorId
  authorName
  createdAt
  editedAt
  resolvedAt
  resolvedByName
}`) as unknown as TypedDocumentString<EditMaterialCommentMutation, EditMaterialCommentMutationVariables>;
export const ResolveMaterialCommentDocument = new TypedDocumentString(`
    mutation ResolveMaterialComment($id: ID!, $resolved: Boolean!) {
  resolveMaterialComment(id: $id, resolved: $resolved) {
    ...MaterialCommentFields
  }
}
    fragment MaterialCommentFields on MaterialComment {
  id
  parentId
  anchor
  body
  authorId
  authorName
  createdAt
  editedAt
  resolvedAt
  resolvedByName
}`) as unknown as TypedDocumentString<ResolveMaterialCommentMutation, ResolveMaterialCommentMutationVariables>;
export const MaterialKindsDocument = new TypedDocumentString(`
    query MaterialKinds {
  materialKinds {
    ...MaterialKindFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}`) as unknown as TypedDocumentString<MaterialKindsQuery, MaterialKindsQueryVariables>;
export const MaterialsDocument = new TypedDocumentString(`
    query Materials($filter: MaterialFilterInput, $view: MaterialView!, $limit: Int!, $offset: Int!) {
  materials(filter: $filter, view: $view, limit: $limit, offset: $offset) {
    total
    totalIsCapped
    items {
      ...MaterialCardFields
    }
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment MaterialCardRevision on MaterialRevision {
  id
  number
  title
  state
  updatedAt
}
fragment MaterialCardFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  campaign {
    title
  }
  audiences
  coverageOutlet
  coverageDate
  state
  updatedAt
  changedSinceLastVisit
  expired
  outdated
  withdrawnAt
  snippet {
    text
    match
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialCardRevision
  }
  working {
    ...MaterialCardRevision
  }
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}`) as unknown as TypedDocumentString<MaterialsQuery, MaterialsQueryVariables>;
export const MaterialDocument = new TypedDocumentString(`
    query Material($id: ID!) {
  material(id: $id) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<MaterialQuery, MaterialQueryVariables>;
export const MaterialHistoryDocument = new TypedDocumentString(`
    query MaterialHistory($id: ID!) {
  materialHistory(id: $id) {
    id
    transition
    fromState
    toState
    revisionNumber
    actorName
    comment
    createdAt
  }
  materialDetailChanges(id: $id) {
    id
    field
    oldValue
    newValue
    actorName
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MaterialHistoryQuery, MaterialHistoryQueryVariables>;
export const TransitionMaterialDocument = new TypedDocumentString(`
    mutation TransitionMaterial($id: ID!, $input: TransitionMaterialInput!) {
  transitionMaterial(id: $id, input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<TransitionMaterialMutation, TransitionMaterialMutationVariables>;
export const MarkLibraryVisitedDocument = new TypedDocumentString(`
    mutation MarkLibraryVisited {
  markLibraryVisited
}
    `) as unknown as TypedDocumentString<MarkLibraryVisitedMutation, MarkLibraryVisitedMutationVariables>;
export const WithdrawMaterialDocument = new TypedDocumentString(`
    mutation WithdrawMaterial($id: ID!, $input: WithdrawMaterialInput!) {
  withdrawMaterial(id: $id, input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<WithdrawMaterialMutation, WithdrawMaterialMutationVariables>;
export const ReplacementCandidatesDocument = new TypedDocumentString(`
    query ReplacementCandidates($filter: MaterialFilterInput!) {
  materials(filter: $filter, view: published, limit: 10, offset: 0) {
    items {
      id
      language
      kind {
        ...MaterialKindFields
      }
      published {
        id
        title
      }
    }
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}`) as unknown as TypedDocumentString<ReplacementCandidatesQuery, ReplacementCandidatesQueryVariables>;
export const WaitingForDecisionDocument = new TypedDocumentString(`
    query WaitingForDecision {
  materials(
    filter: {awaitingMyDecision: true}
    view: working
    limit: 1
    offset: 0
  ) {
    total
    totalIsCapped
  }
}
    `) as unknown as TypedDocumentString<WaitingForDecisionQuery, WaitingForDecisionQueryVariables>;
export const RescheduleMaterialDocument = new TypedDocumentString(`
    mutation RescheduleMaterial($id: ID!, $input: RescheduleMaterialInput!) {
  rescheduleMaterial(id: $id, input: $input) {
    ...MaterialFields
  }
}
    fragment MaterialKindFields on MaterialKind {
  id
  code
  structure
  nameRu
  nameKy
  nameEn
  sortOrder
}
fragment ApprovalFields on Approval {
  approvedBy
  approvedAt
  revisionNumber
  state
}
fragment MaterialRefFields on MaterialRef {
  id
  title
  language
}
fragment MaterialRevisionFields on MaterialRevision {
  id
  number
  title
  body
  state
  authorId
  contributorIds
  version
  createdAt
  updatedAt
}
fragment MaterialFields on Material {
  __typename
  id
  kind {
    ...MaterialKindFields
  }
  language
  sourceId
  campaign {
    id
    title
  }
  audiences
  channels
  validUntil
  embargoUntil
  coverageOutlet
  coverageDate
  coverageUrl
  state
  availableTransitions
  version
  updatedAt
  publishedAt
  expired
  outdated
  withdrawnAt
  withdrawalReason
  supersededBy {
    ...MaterialRefFields
  }
  source {
    ...MaterialRefFields
  }
  translations {
    id
    language
    title
    state
    outdated
  }
  approval {
    ...ApprovalFields
  }
  published {
    ...MaterialRevisionFields
  }
  working {
    ...MaterialRevisionFields
  }
}`) as unknown as TypedDocumentString<RescheduleMaterialMutation, RescheduleMaterialMutationVariables>;
export const CampaignOptionsDocument = new TypedDocumentString(`
    query CampaignOptions {
  campaigns(limit: 100) {
    items {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignOptionsQuery, CampaignOptionsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    endCursor
    items {
      id
      kind
      title
      state
      revised
      link
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kind
    channel
    isDefault
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {
  setNotificationPreference(kind: $kind, channel: $channel) {
    kind
    channel
    isDefault
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const OrganizationListDocument = new TypedDocumentString(`
    query OrganizationList {
  organizations {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  __typename
  id
  name
  shortName
  type
  website
  version
}`) as unknown as TypedDocumentString<OrganizationListQuery, OrganizationListQueryVariables>;
export const OrganizationDetailDocument = new TypedDocumentString(`
    query OrganizationDetail($id: ID!) {
  organization(id: $id) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  __typename
  id
  name
  shortName
  type
  website
  version
}`) as unknown as TypedDocumentString<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  __typename
  id
  name
  shortName
  type
  website
  version
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  __typename
  id
  name
  shortName
  type
  website
  version
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteUrl
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserRolesDocument = new TypedDocumentString(`
    mutation SetUserRoles($id: ID!, $input: SetUserRolesInput!) {
  setUserRoles(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetTwoFactorDocument = new TypedDocumentString(`
    mutation ResetTwoFactor($id: ID!) {
  resetTwoFactor(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  email
  displayName
  language
  roles
  status
  lastSignInAt
  twoFactorEnabledAt
  createdAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ResetTwoFactorMutation, ResetTwoFactorMutationVariables>;
