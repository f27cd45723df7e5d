import {
  AbilityBuilder,
  createMongoAbility,
  detectSubjectType as caslSubjectType,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Role } from '@portal/domain';
import type { Action } from './actions.js';
import type { Actor, ContactSubject, SubjectName, UserSubject } from './subjects.js';

type Subjects = SubjectName | (ContactSubject & { __typename?: 'Contact' }) | (UserSubject & { __typename?: 'User' });
export type AppAbility = MongoAbility<[Action, Subjects]>;
export type AppRule = RawRuleOf<AppAbility>;

type Builder = AbilityBuilder<AppAbility>;

/** Contacts a press officer needs: press secretaries and hotlines, never internal lists. */
function readerRules({ can }: Builder): void {
  can('read', 'Organization');
  can('read', 'Contact', { status: 'active', category: 'press' });
  can('read', 'Contact', { status: 'active', kind: 'hotline' });
  can('export', 'Contact');
}

function memberRules({ can }: Builder): void {
  can('read', 'Organization');
  can('read', 'Contact', { status: 'active' });
  can('export', 'Contact');
}

function editorRules(builder: Builder): void {
  memberRules(builder);
  const { can } = builder;
  can('read', 'Contact');
  can(['create', 'update', 'archive', 'import'], 'Contact');
  can(['create', 'update'], 'Organization');
}

function adminRules({ can }: Builder): void {
  can('manage', 'all');
}

const RULES_BY_ROLE: Record<Role, (builder: Builder) => void> = {
  admin: adminRules,
  approver: memberRules,
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
    for (const role of actor.roles) RULES_BY_ROLE[role](builder);
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
