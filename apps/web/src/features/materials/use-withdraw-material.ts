import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { WithdrawMaterialInput } from '../../gql/graphql';
import { WithdrawMaterialMutation } from './materials.documents';
import { materialKeys } from './materials.keys';

export function useWithdrawMaterial() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: WithdrawMaterialInput }) =>
      (await execute(WithdrawMaterialMutation, { id, input })).withdrawMaterial,
    onSuccess: async (material) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await client.invalidateQueries({ queryKey: materialKeys.lists() });
    },
  });
}
