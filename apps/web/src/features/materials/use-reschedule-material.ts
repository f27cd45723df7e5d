import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { RescheduleMaterialInput } from '../../gql/graphql';
import { invalidateAfterChange } from './invalidate-material';
import { RescheduleMaterialMutation } from './materials.documents';
import { materialKeys } from './materials.keys';

/** The change is recorded in the material's history, so the history is refetched with the lists. */
export function useRescheduleMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: RescheduleMaterialInput }) =>
      (await execute(RescheduleMaterialMutation, { id, input })).rescheduleMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await invalidateAfterChange(client, material.id);
    },
  });
}
