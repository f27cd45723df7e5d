import type { Role } from './roles.js';

/**
 * States of one revision of a material (strategy §II.3–4): a draft is written, submitted for review, endorsed by
 * the working group ("agreed") and/or approved by the ministry ("approved"), and finally archived.
 */
export const REVISION_STATES = ['draft', 'in_review', 'agreed', 'approved', 'archived'] as const;
export type RevisionState = (typeof REVISION_STATES)[number];

export const TRANSITIONS = ['submit', 'request_changes', 'agree', 'approve', 'archive'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** States a reader (press officer) may ever see; "agreed" is shown clearly marked as not yet approved. */
export const PUBLISHED_STATES: readonly RevisionState[] = ['agreed', 'approved'];

interface TransitionRule {
  from: readonly RevisionState[];
  to: RevisionState;
  /** Roles that may take the step (admin is not implied: approving is the ministry's act). */
  roles: readonly Role[];
  /** Nobody who wrote any of the revision's text (its author or a later contributor) may take this step. */
  notByAuthor: boolean;
  commentRequired: boolean;
}

export const TRANSITION_RULES: Record<Transition, TransitionRule> = {
  submit: { from: ['draft'], to: 'in_review', roles: ['editor', 'admin'], notByAuthor: false, commentRequired: false },
  request_changes: {
    from: ['in_review', 'agreed'],
    to: 'draft',
    roles: ['approver', 'editor'],
    notByAuthor: true,
    commentRequired: true,
  },
  agree: {
    from: ['in_review'],
    to: 'agreed',
    roles: ['editor', 'approver'],
    notByAuthor: true,
    commentRequired: false,
  },
  approve: {
    from: ['in_review', 'agreed'],
    to: 'approved',
    roles: ['approver'],
    notByAuthor: true,
    commentRequired: false,
  },
  archive: {
    from: ['agreed', 'approved'],
    to: 'archived',
    roles: ['editor', 'approver', 'admin'],
    notByAuthor: false,
    commentRequired: false,
  },
};

export type TransitionRefusal = 'wrongState' | 'role' | 'ownText' | 'commentRequired';

export interface TransitionRequest {
  transition: Transition;
  state: RevisionState;
  roles: readonly Role[];
  /** The actor wrote some of this revision's text: see `isContributor`. */
  isAuthor: boolean;
  comment?: string | null;
}

/**
 * Whoever saved a revision's text counts as its author: a revision records every contributor, and endorsing it is
 * refused to all of them (editor B rewriting editor A's draft may not then agree it).
 */
export const isContributor = (contributorIds: readonly string[], userId: string): boolean =>
  contributorIds.includes(userId);

/** Why a step is refused, or null when it is allowed. The one place both the API and the web ask. */
export function refuseTransition({
  transition,
  state,
  roles,
  isAuthor,
  comment,
}: TransitionRequest): TransitionRefusal | null {
  const rule = TRANSITION_RULES[transition];
  if (!rule.from.includes(state)) return 'wrongState';
  if (!rule.roles.some((role) => roles.includes(role))) return 'role';
  if (rule.notByAuthor && isAuthor) return 'ownText';
  if (rule.commentRequired && !comment?.trim()) return 'commentRequired';
  return null;
}

export function availableTransitions(state: RevisionState, roles: readonly Role[], isAuthor: boolean): Transition[] {
  return TRANSITIONS.filter((transition) => {
    const refusal = refuseTransition({ transition, state, roles, isAuthor, comment: 'x' });
    return refusal === null;
  });
}

export const nextState = (transition: Transition): RevisionState => TRANSITION_RULES[transition].to;

/** Only drafts are edited in place; editing anything else starts a new draft revision. */
export const isEditable = (state: RevisionState) => state === 'draft';
