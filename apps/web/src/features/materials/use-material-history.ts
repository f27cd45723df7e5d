import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MaterialHistoryQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

/** Workflow steps and changes of embargo or validity: the material's history. */
export function useMaterialHistory(id: string, enabled = true) {
  return useQuery({
    queryKey: materialKeys.history(id),
    queryFn: () => execute(MaterialHistoryQuery, { id }),
    enabled,
  });
}
