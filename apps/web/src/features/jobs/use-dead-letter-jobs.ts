import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { DeadLetterJobsQuery } from './jobs.documents';
import { jobKeys } from './jobs.keys';

export function useDeadLetterJobs({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: jobKeys.deadLetters(),
    queryFn: async () => (await execute(DeadLetterJobsQuery)).deadLetterJobs,
    enabled,
  });
}
