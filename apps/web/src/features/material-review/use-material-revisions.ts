import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialRevisionsQuery } from './material-review.documents';
import { reviewKeys } from './material-review.keys';

export function useMaterialRevisions(id: string) {
  return useQuery({
    queryKey: reviewKeys.revisions(id),
    queryFn: async () => (await execute(MaterialRevisionsQuery, { id })).materialRevisions,
  });
}
