import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { PAGE_SIZE, toFilterInput, type AuditListParams } from './audit-list-params';
import { AuditEventsQuery } from './audit.documents';
import { auditKeys } from './audit.keys';

export function useAuditEvents(params: AuditListParams, { enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: async () =>
      (
        await execute(AuditEventsQuery, {
          filter: toFilterInput(params),
          limit: PAGE_SIZE,
          offset: (params.page - 1) * PAGE_SIZE,
        })
      ).auditEvents,
    placeholderData: keepPreviousData,
    enabled,
  });
}
