import {
  AbilityBuilder,
  createMongoAbility,
  detectSubjectType as caslSubjectType,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import { TRANSITION_RULES, TRANSITIONS, type Role } from '@portal/domain';
import type { Action } from './actions.js';
import { READER_CONTACT_FIELDS } from './contact-fields.js';
import type { Actor, CommentSubject, ContactSubject, MaterialSubject, SubjectName, UserSubject } from './subjects.js';

type Subjects =
  | SubjectName
  | (ContactSubject & { __typename?: 'Contact' })
  | (MaterialSubject & { __typename?: 'Material' })
  | (CommentSubject & { __typename?: 'Comment' })
  | (UserSubject & { __typename?: 'User' });
export type AppAbility = MongoAbility<[Action, Subjects]>;
export type AppRule = RawRuleOf<AppAbility>;

type Builder = AbilityBuilder<AppAbility>;

/** Contacts a press officer needs: press secretaries and hotlines, never internal lists. */
function readerRules({ can }: Builder): void {
  can('read', 'Organization');
  can('read', 'MaterialKind');
  can('read', 'Material', { published: true });
  // Field-limited: readers never get a contact's internal notes (in the app, CSV or vCard).
  can('read', 'Contact', READER_CONTACT_FIELDS, { status: 'active', category: 'press' });
  can('read', 'Contact', READER_CONTACT_FIELDS, { status: 'active', kind: 'hotline' });
  can('export', 'Contact');
}

function memberRules({ can }: Builder): void {
  can('read', 'Organization');
  can('read', 'MaterialKind');
  can('read', 'Material');
  can(['read', 'create'], 'Comment');
  can('read', 'Contact', { status: 'active' });
  can('export', 'Contact');
}

function editorRules(builder: Builder): void {
  memberRules(builder);
  const { can } = builder;
  can('read', 'Contact');
  can(['create', 'update', 'archive', 'import'], 'Contact');
  can(['create', 'update'], 'Organization');
  can(['create', 'update', 'withdraw'], 'Material');
  can('resolve', 'Comment');
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
 * Workflow steps come from the domain's transition table, so the API, the web and the domain agree. They are
 * added last: their `cannot` rules override even an admin's `manage all` (approving is the ministry's act, and
 * nobody endorses their own text).
 */
function workflowRules({ can, cannot }: Builder, actor: Actor): void {
  if (actor.roles.includes('approver')) can('reschedule', 'Material');
  else cannot('reschedule', 'Material');
  for (const transition of TRANSITIONS) {
    const rule = TRANSITION_RULES[transition];
    if (rule.roles.some((role) => actor.roles.includes(role))) {
      can(transition, 'Material', { state: { $in: [...rule.from] } });
    } else {
      cannot(transition, 'Material');
    }
    cannot(transition, 'Material', { state: { $nin: [...rule.from] } });
    // `$all` so it matches when the actor is any one of the contributors (`$in` would test the list the other way).
    if (rule.notByAuthor) cannot(transition, 'Material', { contributorIds: { $all: [actor.id] } });
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
