import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { DiscardDeadLetterJobMutation, RetryDeadLetterJobMutation } from './jobs.documents';
import { jobKeys } from './jobs.keys';

export type Settlement = 'retry' | 'discard';

/** Sends a failed delivery back to its queue, or removes it; the list reloads either way. */
export function useSettleDeadLetterJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: Settlement }) =>
      action === 'retry'
        ? (await execute(RetryDeadLetterJobMutation, { id })).retryDeadLetterJob
        : (await execute(DiscardDeadLetterJobMutation, { id })).discardDeadLetterJob,
    onSettled: () => client.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
