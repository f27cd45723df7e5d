import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { AppError } from '../../common/app-error.js';
import { MaterialDetailChangeEntity, type RecordedDetail } from './material-detail-change.entity.js';
import { materialSubject } from './material-subject.js';
import type { MaterialEntity } from './material.entity.js';

export interface DatesInput {
  embargoUntil?: string | null;
  validUntil?: string | null;
}

interface DateChange {
  field: RecordedDetail;
  oldValue: string | null;
  newValue: string | null;
}

const instant = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The embargo and validity changes an input makes, as comparable strings. */
export function dateChanges(material: MaterialEntity, input: DatesInput): DateChange[] {
  const changes: DateChange[] = [];
  const embargo = { oldValue: instant(material.embargoUntil), newValue: instant(input.embargoUntil) };
  if (embargo.oldValue !== embargo.newValue) changes.push({ field: 'embargoUntil', ...embargo });
  const validity = { oldValue: material.validUntil ?? null, newValue: input.validUntil ?? null };
  if (validity.oldValue !== validity.newValue) changes.push({ field: 'validUntil', ...validity });
  return changes;
}

/**
 * Once a text has been agreed or approved, when readers may see it (embargo) and until when it holds (validity)
 * are the approver's to decide: lifting an embargo publishes the text at once.
 */
export function assertMayChangeDates(actor: Actor, material: MaterialEntity, changes: DateChange[]): void {
  if (!material.publishedRevisionId || !changes.length) return;
  if (actor.ability.can('reschedule', materialSubject(material))) return;
  const { field } = changes[0];
  const what = field === 'embargoUntil' ? 'embargo' : 'validity';
  throw new AppError('FORBIDDEN', `input.${field}: only an approver changes the ${what} of a published text`, {
    reason: 'approverOnly',
    fields: changes.map((c) => ({ field: `input.${c.field}`, reason: 'approverOnly', message: `approver only` })),
  });
}

/** Every change of embargo or validity goes into the material's history. */
export async function recordDateChanges(
  tx: EntityManager,
  actor: Actor,
  materialId: string,
  changes: DateChange[],
): Promise<void> {
  if (!changes.length) return;
  await tx.insert(
    MaterialDetailChangeEntity,
    changes.map((c) => ({ ...c, itemId: materialId, actorId: actor.user.id })),
  );
}
