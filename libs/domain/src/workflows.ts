import type { ContentType } from './content-types.js';
import type { Role } from './roles.js';

export interface TransitionRule<S extends string> {
  from: readonly S[];
  to: S;
  /** Roles that may take the step (admin is not implied: approving is the ministry's act). */
  roles: readonly Role[];
  /** Nobody who wrote any of the revision's text (its author or a later contributor) may take this step. */
  notByContributor: boolean;
  commentRequired: boolean;
}

/** The workflow of one content type, as data: the API, CASL and the web all read it. */
export interface WorkflowDefinition<S extends string = string, T extends string = string> {
  type: ContentType;
  /** The CASL subject its items are checked as. */
  subject: string;
  states: readonly S[];
  initialState: S;
  /** States edited in place; editing any other state starts a new revision. */
  editableStates: readonly S[];
  /** States a reader may ever see; every other state is work in progress, for members only. */
  publishedStates: readonly S[];
  transitions: Record<T, TransitionRule<S>>;
}

const rule = <S extends string>(
  from: readonly S[],
  to: S,
  roles: readonly Role[],
  options: { notByContributor?: boolean; commentRequired?: boolean } = {},
): TransitionRule<S> => ({
  from,
  to,
  roles,
  notByContributor: options.notByContributor ?? false,
  commentRequired: options.commentRequired ?? false,
});

const MATERIAL_STATES = ['draft', 'in_review', 'agreed', 'approved', 'archived'] as const;
type MaterialStep = 'submit' | 'request_changes' | 'agree' | 'approve' | 'archive';

/**
 * Materials (strategy §II.3–4): a draft is written, submitted for review, endorsed by the working group ("agreed")
 * and/or approved by the ministry ("approved"), and finally archived. "Agreed" is shown to readers clearly marked as
 * not yet approved.
 */
const material: WorkflowDefinition<(typeof MATERIAL_STATES)[number], MaterialStep> = {
  type: 'material',
  subject: 'Material',
  states: MATERIAL_STATES,
  initialState: 'draft',
  editableStates: ['draft'],
  publishedStates: ['agreed', 'approved'],
  transitions: {
    submit: rule(['draft'], 'in_review', ['editor', 'admin']),
    request_changes: rule(['in_review', 'agreed'], 'draft', ['approver', 'editor'], {
      notByContributor: true,
      commentRequired: true,
    }),
    agree: rule(['in_review'], 'agreed', ['editor', 'approver'], { notByContributor: true }),
    approve: rule(['in_review', 'agreed'], 'approved', ['approver'], { notByContributor: true }),
    archive: rule(['agreed', 'approved'], 'archived', ['editor', 'approver', 'admin']),
  },
};

const MINUTES_STATES = ['draft', 'circulated', 'approved'] as const;
type MinutesStep = 'circulate' | 'request_changes' | 'approve';

/** Meeting minutes: drafted, circulated to members for remarks, approved by an approver. Readers see approved ones. */
const minutes: WorkflowDefinition<(typeof MINUTES_STATES)[number], MinutesStep> = {
  type: 'minutes',
  subject: 'Minutes',
  states: MINUTES_STATES,
  initialState: 'draft',
  editableStates: ['draft'],
  publishedStates: ['approved'],
  transitions: {
    circulate: rule(['draft'], 'circulated', ['editor', 'admin']),
    request_changes: rule(['circulated'], 'draft', ['approver'], { notByContributor: true, commentRequired: true }),
    approve: rule(['circulated'], 'approved', ['approver'], { notByContributor: true }),
  },
};

const CAMPAIGN_STATES = ['draft', 'in_review', 'agreed', 'archived'] as const;
type CampaignStep = 'submit' | 'request_changes' | 'agree' | 'archive';

/**
 * National campaigns (strategy §IV): the plan is drafted by editors and agreed by the working group, the way
 * materials are agreed; readers see agreed plans only. A finished campaign is archived.
 */
const campaign: WorkflowDefinition<(typeof CAMPAIGN_STATES)[number], CampaignStep> = {
  type: 'campaign',
  subject: 'Campaign',
  states: CAMPAIGN_STATES,
  initialState: 'draft',
  editableStates: ['draft'],
  publishedStates: ['agreed', 'archived'],
  transitions: {
    submit: rule(['draft'], 'in_review', ['editor', 'admin']),
    request_changes: rule(['in_review', 'agreed'], 'draft', ['approver', 'editor'], {
      notByContributor: true,
      commentRequired: true,
    }),
    agree: rule(['in_review'], 'agreed', ['editor', 'approver'], { notByContributor: true }),
    archive: rule(['agreed'], 'archived', ['editor', 'approver', 'admin']),
  },
};

/** One workflow per content type that has one yet (documents get theirs with their issue). */
export const WORKFLOWS = { material, minutes, campaign } as const;
export type WorkflowType = keyof typeof WORKFLOWS;
export const WORKFLOW_TYPES = Object.keys(WORKFLOWS) as WorkflowType[];

type DefinitionOf<K extends WorkflowType> = (typeof WORKFLOWS)[K];
export type StateOf<K extends WorkflowType> = DefinitionOf<K>['states'][number];
export type TransitionOf<K extends WorkflowType> = keyof DefinitionOf<K>['transitions'] & string;
/** Every workflow step of every type: each is a CASL action. */
export type AnyTransition = { [K in WorkflowType]: TransitionOf<K> }[WorkflowType];

export const statesOf = <K extends WorkflowType>(type: K): readonly StateOf<K>[] => WORKFLOWS[type].states;
export const transitionsOf = <K extends WorkflowType>(type: K): TransitionOf<K>[] =>
  Object.keys(WORKFLOWS[type].transitions) as TransitionOf<K>[];
export const publishedStatesOf = <K extends WorkflowType>(type: K): readonly StateOf<K>[] =>
  WORKFLOWS[type].publishedStates as readonly StateOf<K>[];
export const ALL_TRANSITIONS: readonly AnyTransition[] = [
  ...new Set(WORKFLOW_TYPES.flatMap((type) => transitionsOf(type))),
] as AnyTransition[];

function ruleOf(type: WorkflowType, transition: string): TransitionRule<string> {
  return (WORKFLOWS[type].transitions as Record<string, TransitionRule<string>>)[transition];
}

export type TransitionRefusal = 'wrongState' | 'role' | 'ownText' | 'commentRequired';

export interface TransitionRequest<K extends WorkflowType> {
  transition: TransitionOf<K>;
  state: StateOf<K>;
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

/** Why a step is refused, or null when it is allowed. The one place the API and the web ask, for every type. */
export function refuseTransition<K extends WorkflowType>(
  type: K,
  { transition, state, roles, isAuthor, comment }: TransitionRequest<K>,
): TransitionRefusal | null {
  const rule = ruleOf(type, transition);
  if (!rule.from.includes(state)) return 'wrongState';
  if (!rule.roles.some((role) => roles.includes(role))) return 'role';
  if (rule.notByContributor && isAuthor) return 'ownText';
  if (rule.commentRequired && !comment?.trim()) return 'commentRequired';
  return null;
}

export function availableTransitions<K extends WorkflowType>(
  type: K,
  state: StateOf<K>,
  roles: readonly Role[],
  isAuthor: boolean,
): TransitionOf<K>[] {
  return transitionsOf(type).filter(
    (transition) => refuseTransition(type, { transition, state, roles, isAuthor, comment: 'x' }) === null,
  );
}

export const nextStateOf = <K extends WorkflowType>(type: K, transition: TransitionOf<K>): StateOf<K> =>
  ruleOf(type, transition).to as StateOf<K>;

export const isEditableIn = <K extends WorkflowType>(type: K, state: StateOf<K>): boolean =>
  (WORKFLOWS[type].editableStates as readonly string[]).includes(state);
