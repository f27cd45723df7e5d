import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { MaterialKindInput } from '../../gql/graphql';
import { materialKeys } from '../materials/materials.keys';
import { SaveMaterialKindMutation } from './material-kinds.documents';

/** Adds a kind or updates the one with the same code; every kind list (filters, the new-material form) reloads. */
export function useSaveMaterialKind() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: MaterialKindInput) =>
      (await execute(SaveMaterialKindMutation, { input })).saveMaterialKind,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: materialKeys.kinds });
    },
  });
}
