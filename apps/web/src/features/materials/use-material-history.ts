import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialHistoryQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

export function useMaterialHistory(id: string, enabled = true) {
  return useQuery({
    queryKey: materialKeys.history(id),
    queryFn: async () => (await execute(MaterialHistoryQuery, { id })).materialHistory,
    enabled,
  });
}
