import {
  AbilityBuilder,
  createMongoAbility,
  detectSubjectType as caslSubjectType,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import { WORKFLOW_TYPES, WORKFLOWS, type Role, type TransitionRule } from '@portal/domain';
import type { Action } from './actions.js';
import { READER_CONTACT_FIELDS } from './contact-fields.js';
import type {
  Actor,
  CalendarEventSubject,
  CommentSubject,
  ContactSubject,
  ContentSubject,
  ContentSubjectName,
  DocumentSubject,
  SubjectName,
  UserSubject,
} from './subjects.js';

type Subjects =
  | SubjectName
  | (ContactSubject & { __typename?: 'Contact' })
  | (ContentSubject & { __typename?: ContentSubjectName })
  | (CommentSubject & { __typename?: 'Comment' })
  | (DocumentSubject & { __typename?: 'Document' })
  | (UserSubject & { __typename?: 'User' })
  | (CalendarEventSubject & { __typename?: 'CalendarEvent' });
export type AppAbility = MongoAbility<[Action, Subjects]>;
export type AppRule = RawRuleOf<AppAbility>;

type Builder = AbilityBuilder<AppAbility>;

const contentSubject = (type: (typeof WORKFLOW_TYPES)[number]) => WORKFLOWS[type].subject as ContentSubjectName;
const CONTENT_SUBJECTS = WORKFLOW_TYPES.map(contentSubject);

/** Contacts a press officer needs: press secretaries and hotlines, never internal lists. */
function readerRules({ can }: Builder): void {
  can('read', 'Organization');
  can('read', 'MaterialKind');
  for (const subject of CONTENT_SUBJECTS) can('read', subject, { published: true });
  // Field-limited: readers never get a contact's internal notes (in the app, CSV or vCard).
  can('read', 'Contact', READER_CONTACT_FIELDS, { status: 'active', category: 'press' });
  can('read', 'Contact', READER_CONTACT_FIELDS, { status: 'active', kind: 'hotline' });
  can('export', 'Contact');
  // Members-only events (internal working-group business) stay out of readers' calendars and feeds.
  can('read', 'CalendarEvent', { visibility: 'signed_in' });
}

function memberRules({ can }: Builder): void {
  can('read', 'Organization');
  can('read', 'MaterialKind');
  // Members see every content item, work in progress included (drafts, circulated minutes).
  can('read', CONTENT_SUBJECTS);
  can(['read', 'create'], 'Comment');
  can('create', 'Upload');
  can('read', 'Contact', { status: 'active' });
  can('export', 'Contact');
  can('read', 'CalendarEvent');
}

function editorRules(builder: Builder): void {
  memberRules(builder);
  const { can } = builder;
  can('read', 'Contact');
  can(['create', 'update', 'archive', 'import'], 'Contact');
  can(['create', 'update'], 'Organization');
  can(['create', 'update', 'withdraw'], 'Material');
  can(['create', 'update'], 'Campaign');
  can('resolve', 'Comment');
  // Organizers: events, meeting agendas, invitations and attendance.
  can(['create', 'update'], 'CalendarEvent');
}

function approverRules(builder: Builder): void {
  memberRules(builder);
  builder.can('withdraw', 'Material');
  builder.can('resolve', 'Comment');
}

function adminRules({ can }: Builder): void {
  can('manage', 'all');
}

/**
 * Documents: each says who may open it — everyone signed in, members and up, or the roles it names. Editors file,
 * describe, version and archive them; only admins (`manage all`) purge and add categories.
 */
function documentRules({ can }: Builder, actor: Actor): void {
  can('read', 'DocumentCategory');
  can('read', 'Document', { visibility: 'signed_in' });
  if (actor.roles.some((role) => role !== 'reader')) can('read', 'Document', { visibility: 'members' });
  for (const role of actor.roles) can('read', 'Document', { visibility: 'roles', visibleRoles: { $all: [role] } });
  if (actor.roles.includes('editor')) can(['create', 'update', 'archive'], 'Document');
}

/** Changing the embargo or validity of a published material is an approver's act, admins included only as approvers. */
function reschedulingRules({ can, cannot }: Builder, actor: Actor): void {
  if (actor.roles.includes('approver')) can('reschedule', 'Material');
  else cannot('reschedule', 'Material');
}

/**
 * Workflow steps of every content type come from its definition in the domain, so the API, the web and the domain
 * agree. They are added last: their `cannot` rules override even an admin's `manage all` (approving is the
 * ministry's act, and nobody endorses their own text).
 */
function workflowRules({ can, cannot }: Builder, actor: Actor): void {
  for (const type of WORKFLOW_TYPES) {
    const subject = contentSubject(type);
    const transitions = Object.entries(WORKFLOWS[type].transitions) as [string, TransitionRule<string>][];
    for (const [name, rule] of transitions) {
      const transition = name as Action;
      if (rule.roles.some((role) => actor.roles.includes(role))) {
        can(transition, subject, { state: { $in: [...rule.from] } });
      } else {
        cannot(transition, subject);
      }
      cannot(transition, subject, { state: { $nin: [...rule.from] } });
      // `$all` so it matches when the actor is any one of the contributors (`$in` would test the list the other way).
      if (rule.notByContributor) cannot(transition, subject, { contributorIds: { $all: [actor.id] } });
    }
  }
}

const RULES_BY_ROLE: Record<Role, (builder: Builder) => void> = {
  admin: adminRules,
  approver: approverRules,
  editor: editorRules,
  member: memberRules,
  reader: readerRules,
};

/** Raw rules for a user: the union of their roles' rules. Anonymous users get none. */
export function rulesFor(actor: Actor | null): AppRule[] {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (actor) {
    builder.can('read', 'User', { id: actor.id });
    builder.can('update', 'User', { id: actor.id });
    // Authors edit and resolve their own comments (only roles that may comment ever have one).
    builder.can(['update', 'resolve'], 'Comment', { authorId: actor.id });
    for (const role of actor.roles) RULES_BY_ROLE[role](builder);
    documentRules(builder, actor);
    reschedulingRules(builder, actor);
    workflowRules(builder, actor);
  }
  return builder.rules;
}

export function abilityFromRules(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, { detectSubjectType: detectSubjectType });
}

export function defineAbilityFor(actor: Actor | null): AppAbility {
  return abilityFromRules(rulesFor(actor));
}

/** Accepts CASL's `subject()` wrapper, GraphQL results (`__typename`) and TypeORM entities (`ContactEntity`). */
function detectSubjectType(subject: object): SubjectName {
  const typename = (subject as { __typename?: string }).__typename ?? String(caslSubjectType(subject));
  return typename.replace(/Entity$/, '') as SubjectName;
}
