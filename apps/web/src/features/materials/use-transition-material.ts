import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { TransitionMaterialInput } from '../../gql/graphql';
import { TransitionMaterialMutation } from './materials.documents';
import { materialKeys } from './materials.keys';

export function useTransitionMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: TransitionMaterialInput }) =>
      (await execute(TransitionMaterialMutation, { id, input })).transitionMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await Promise.all([
        client.invalidateQueries({ queryKey: materialKeys.history(material.id) }),
        client.invalidateQueries({ queryKey: materialKeys.lists() }),
      ]);
    },
  });
}
