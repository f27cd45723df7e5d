import type { AuditEventEntity } from './audit-event.entity.js';
import type { AuditEventModel } from './audit-event.model.js';

export const toAuditEventModel = (e: AuditEventEntity): AuditEventModel => ({
  id: e.id,
  occurredAt: e.occurredAt,
  actorId: e.actorId,
  actorLabel: e.actorLabel,
  actorName: e.actor?.displayName ?? null,
  action: e.action,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  summary: JSON.stringify(e.summary),
});
