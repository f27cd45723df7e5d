import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { CreateMaterialInput } from '../../gql/graphql';
import { materialKeys } from '../materials/materials.keys';
import { CreateMaterialMutation } from './material-editor.documents';

export function useCreateMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateMaterialInput) => (await execute(CreateMaterialMutation, { input })).createMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await client.invalidateQueries({ queryKey: materialKeys.lists() });
    },
  });
}
