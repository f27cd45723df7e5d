import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { WaitingForDecisionQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

/** How many texts wait for an approver's decision (in review or agreed); only asked for approvers. */
export function useWaitingCount(enabled: boolean) {
  return useQuery({
    queryKey: materialKeys.waitingCount(),
    queryFn: async () => (await execute(WaitingForDecisionQuery)).materials,
    enabled,
  });
}
