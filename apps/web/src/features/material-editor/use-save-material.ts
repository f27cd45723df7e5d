import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { SaveMaterialInput } from '../../gql/graphql';
import { invalidateAfterChange } from '../materials/invalidate-material';
import { materialKeys } from '../materials/materials.keys';
import { SaveMaterialMutation } from './material-editor.documents';

export function useSaveMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: SaveMaterialInput }) =>
      (await execute(SaveMaterialMutation, { id, input })).saveMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await invalidateAfterChange(client, material.id);
    },
  });
}
