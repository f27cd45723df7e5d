import { rulesToAST } from '@casl/ability/extra';
import type { Condition, FieldCondition, CompoundCondition } from '@ucast/mongo2js';
import type { Action } from './actions.js';
import type { AppAbility } from './define-ability.js';
import type { SubjectName } from './subjects.js';

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** SQL that is never true: an empty rule set means nothing is allowed, never "no filter". */
export const DENY_ALL: SqlCondition = { sql: 'FALSE', params: {} };

/**
 * Translates the rules of `ability` for `action` on `subject` into a WHERE fragment.
 * Only whitelisted fields may appear in conditions; `columns` maps each to a SQL column.
 */
export function abilityToSql(
  ability: AppAbility,
  action: Action,
  subject: Exclude<SubjectName, 'all'>,
  columns: Record<string, string>,
  paramPrefix = 'authz',
): SqlCondition {
  const ast = rulesToAST(ability, action, subject);
  if (!ast) return DENY_ALL;
  const params: Record<string, unknown> = {};
  let counter = 0;
  const param = (value: unknown, spread = false): string => {
    const name = `${paramPrefix}_${counter++}`;
    params[name] = value;
    return spread ? `(:...${name})` : `:${name}`;
  };
  const column = (field: string): string => {
    const mapped = columns[field];
    if (!mapped) throw new Error(`No SQL column for authorization field "${field}" of ${subject}`);
    return mapped;
  };

  const visit = (node: Condition): string => {
    switch (node.operator) {
      case 'and':
      case 'or': {
        const parts = (node as CompoundCondition).value.map(visit);
        if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
        return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
      }
      case 'not':
        return `(NOT ${visit((node as CompoundCondition).value[0])})`;
      case 'eq': {
        const { field, value } = node as FieldCondition;
        if (value === null) return `${column(field)} IS NULL`;
        // A boolean field (e.g. `published`, an SQL expression) as the condition itself: the same rows in a WHERE
        // clause, but the planner sees its parts (join conditions, indexed columns) instead of an opaque `= true`.
        if (typeof value === 'boolean') return value ? column(field) : `(NOT ${column(field)})`;
        return `${column(field)} = ${param(value)}`;
      }
      case 'ne': {
        const { field, value } = node as FieldCondition;
        return value === null ? `${column(field)} IS NOT NULL` : `${column(field)} IS DISTINCT FROM ${param(value)}`;
      }
      case 'in': {
        const { field, value } = node as FieldCondition<unknown[]>;
        return value.length === 0 ? 'FALSE' : `${column(field)} IN ${param(value, true)}`;
      }
      case 'nin': {
        const { field, value } = node as FieldCondition<unknown[]>;
        return value.length === 0
          ? 'TRUE'
          : `(${column(field)} IS NULL OR ${column(field)} NOT IN ${param(value, true)})`;
      }
      case 'all': {
        // An array column holding every listed value (e.g. the actor among a revision's contributors).
        const { field, value } = node as FieldCondition<unknown[]>;
        return value.length === 0 ? 'TRUE' : `${column(field)} @> ${param(value)}`;
      }
      default:
        throw new Error(`Unsupported authorization operator "${node.operator}"`);
    }
  };
  return { sql: visit(ast), params };
}
