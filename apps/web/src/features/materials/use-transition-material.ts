import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { TransitionMaterialInput } from '../../gql/graphql';
import { TransitionMaterialMutation } from './materials.documents';
import { invalidateAfterChange } from './invalidate-material';
import { materialKeys } from './materials.keys';

export function useTransitionMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: TransitionMaterialInput }) =>
      (await execute(TransitionMaterialMutation, { id, input })).transitionMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await invalidateAfterChange(client, material.id);
    },
  });
}
