import type { ContactCategory, ContactKind, ContactStatus, Role } from '@portal/domain';

/** Shapes of the records rules look at; the API's entities and the web's query results both fit them. */
export interface ContactSubject {
  kind: ContactKind;
  category: ContactCategory | null;
  status: ContactStatus;
}
export interface UserSubject {
  id: string;
}

export type SubjectName = 'Contact' | 'Organization' | 'User' | 'Invite' | 'all';

/** The signed-in user as authorization sees them. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  organizationId: string | null;
}
