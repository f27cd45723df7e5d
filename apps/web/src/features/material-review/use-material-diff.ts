import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialDiffQuery } from './material-review.documents';
import { reviewKeys } from './material-review.keys';

export function useMaterialDiff(id: string, fromNumber: number, toNumber: number) {
  return useQuery({
    queryKey: reviewKeys.diff(id, fromNumber, toNumber),
    queryFn: async () => (await execute(MaterialDiffQuery, { id, fromNumber, toNumber })).materialDiff,
    enabled: fromNumber > 0 && toNumber > 0 && fromNumber !== toNumber,
  });
}
