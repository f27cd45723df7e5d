import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialCommentsQuery } from './material-review.documents';
import { reviewKeys } from './material-review.keys';

export function useMaterialComments(materialId: string) {
  return useQuery({
    queryKey: reviewKeys.comments(materialId),
    queryFn: async () => (await execute(MaterialCommentsQuery, { materialId })).materialComments,
  });
}
