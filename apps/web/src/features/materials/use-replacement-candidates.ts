import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { ReplacementCandidatesQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

/** Up to ten published texts matching `search`, never the one being withdrawn. */
export function useReplacementCandidates(excludeId: string, search: string) {
  return useQuery({
    queryKey: materialKeys.replacements(excludeId, search),
    queryFn: async () =>
      (
        await execute(ReplacementCandidatesQuery, {
          filter: { excludeIds: [excludeId], ...(search ? { search } : {}) },
        })
      ).materials.items,
    placeholderData: keepPreviousData,
  });
}
