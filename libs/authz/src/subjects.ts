import type {
  ContactCategory,
  ContactKind,
  ContactStatus,
  EventVisibility,
  DocumentVisibility,
  RevisionState,
  Role,
} from '@portal/domain';

/** Shapes of the records rules look at; the API's entities and the web's query results both fit them. */
export interface ContactSubject {
  kind: ContactKind;
  category: ContactCategory | null;
  status: ContactStatus;
}
/** A content item as rules see it: the state and contributors of its working revision, and whether readers may see it. */
export interface ContentSubject<S extends string = string> {
  state: S;
  /** Everyone who wrote any of the working revision's text (its author and whoever saved it since). */
  contributorIds: readonly string[];
  /** Has a revision in one of its type's published states, past any embargo. */
  published: boolean;
}
export type MaterialSubject = ContentSubject<RevisionState>;
/** A calendar event as rules see it. */
export interface CalendarEventSubject {
  visibility: EventVisibility;
}
export interface UserSubject {
  id: string;
}

/** A document as rules see it: who it is shown to. */
export interface DocumentSubject {
  visibility: DocumentVisibility;
  visibleRoles: readonly Role[];
}

export interface CommentSubject {
  authorId: string;
}

/**
 * `AuditEvent`: the audit log, which only administrators (through `manage all`) may read or export.
 * `Upload`: a file sent to the portal, owned by its sender until a feature (documents …) takes it.
 * `Document`: a file in the document repository with its versions; `DocumentCategory`: its categories (admins add).
 */
export type SubjectName =
  | 'Contact'
  | 'Organization'
  | 'User'
  | 'Invite'
  | ContentSubjectName
  | 'MaterialKind'
  | 'Comment'
  | 'Job'
  | 'AuditEvent'
  | 'Upload'
  | 'CalendarEvent'
  | 'Document'
  | 'DocumentCategory'
  | 'all';
/** The CASL subject of each content type with a workflow (`WorkflowDefinition.subject`). */
export type ContentSubjectName = 'Material' | 'Minutes' | 'Campaign';

/** The signed-in user as authorization sees them. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  organizationId: string | null;
}
