import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { CreateTranslationInput } from '../../gql/graphql';
import { materialKeys } from '../materials/materials.keys';
import { CreateTranslationMutation } from './material-editor.documents';

export function useCreateTranslation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ sourceId, input }: { sourceId: string; input: CreateTranslationInput }) =>
      (await execute(CreateTranslationMutation, { sourceId, input })).createTranslation,
    onSuccess: async (material, { sourceId }) => {
      client.setQueryData(materialKeys.detail(material.id), material);
      await Promise.all([
        client.invalidateQueries({ queryKey: materialKeys.detail(sourceId) }),
        client.invalidateQueries({ queryKey: materialKeys.lists() }),
      ]);
    },
  });
}
