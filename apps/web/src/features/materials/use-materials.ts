import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { PAGE_SIZE, toFilterInput, type MaterialListParams } from './material-list-params';
import { MaterialsQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

export function useMaterials(params: MaterialListParams) {
  return useQuery({
    queryKey: materialKeys.list(params),
    queryFn: async () =>
      (
        await execute(MaterialsQuery, {
          filter: toFilterInput(params),
          view: params.view,
          limit: PAGE_SIZE,
          offset: (params.page - 1) * PAGE_SIZE,
        })
      ).materials,
    placeholderData: keepPreviousData,
  });
}
