import type { AuditListParams } from './audit-list-params';

/** Query keys of the audit page. Nothing here writes, so nothing invalidates them but time. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditListParams) => [...auditKeys.all, 'list', params] as const,
};
