import type { ContactCategory, ContactKind, ContactStatus, RevisionState, Role } from '@portal/domain';

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
export interface UserSubject {
  id: string;
}

export interface CommentSubject {
  authorId: string;
}

/** `AuditEvent`: the audit log, which only administrators (through `manage all`) may read or export. */
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
  | 'all';
/** The CASL subject of each content type with a workflow (`WorkflowDefinition.subject`). */
export type ContentSubjectName = 'Material' | 'Minutes' | 'Campaign';

/** The signed-in user as authorization sees them. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  organizationId: string | null;
}
