import type { ContactCategory, ContactKind, ContactStatus, RevisionState, Role } from '@portal/domain';

/** Shapes of the records rules look at; the API's entities and the web's query results both fit them. */
export interface ContactSubject {
  kind: ContactKind;
  category: ContactCategory | null;
  status: ContactStatus;
}
/** A material as rules see it: the state and contributors of its working revision, and whether readers may see it. */
export interface MaterialSubject {
  state: RevisionState;
  /** Everyone who wrote any of the working revision's text (its author and whoever saved it since). */
  contributorIds: readonly string[];
  /** Has an agreed or approved revision and is past any embargo. */
  published: boolean;
}
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
  | 'Material'
  | 'MaterialKind'
  | 'Comment'
  | 'Job'
  | 'AuditEvent'
  | 'all';

/** The signed-in user as authorization sees them. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  organizationId: string | null;
}
