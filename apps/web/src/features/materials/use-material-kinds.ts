import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialKindsQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

export function useMaterialKinds() {
  return useQuery({
    queryKey: materialKeys.kinds,
    queryFn: async () => (await execute(MaterialKindsQuery)).materialKinds,
    staleTime: 60 * 60 * 1000,
  });
}
