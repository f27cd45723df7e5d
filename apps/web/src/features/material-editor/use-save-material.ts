import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { SaveMaterialInput } from '../../gql/graphql';
import { materialKeys } from '../materials/materials.keys';
import { SaveMaterialMutation } from './material-editor.documents';

export function useSaveMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: SaveMaterialInput }) =>
      (await execute(SaveMaterialMutation, { id, input })).saveMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await Promise.all([
        client.invalidateQueries({ queryKey: materialKeys.lists() }),
        client.invalidateQueries({ queryKey: materialKeys.history(material.id) }),
      ]);
    },
  });
}
