import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { MaterialDetailsInput } from '../../gql/graphql';
import { materialKeys } from '../materials/materials.keys';
import { UpdateMaterialDetailsMutation } from './material-editor.documents';

export function useUpdateMaterialDetails() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: MaterialDetailsInput }) =>
      (await execute(UpdateMaterialDetailsMutation, { id, input })).updateMaterialDetails,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await client.invalidateQueries({ queryKey: materialKeys.lists() });
    },
  });
}
