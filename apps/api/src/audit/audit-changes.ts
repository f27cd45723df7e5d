import type { AuditSummary } from './audit-event.entity.js';

const differ = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);

/**
 * The fields among `fields` whose values differ, as `{ field: { from, to } }`. Callers name only small scalar
 * fields: never passwords, tokens, or the text of a material or comment. Free texts go in `textFields`, which
 * are recorded as `{ changed: true }` without their content.
 */
export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  textFields: readonly (keyof T & string)[] = [],
) {
  const changes: AuditSummary = {};
  for (const field of fields) {
    if (differ(before[field], after[field])) changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  for (const field of textFields) if (differ(before[field], after[field])) changes[field] = { changed: true };
  return changes;
}

/** The given fields of a new record, as `{ field: value }`, for the summary of a creation. */
export function pickFields<T extends object>(record: T, fields: readonly (keyof T & string)[]) {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null])) as AuditSummary;
}
