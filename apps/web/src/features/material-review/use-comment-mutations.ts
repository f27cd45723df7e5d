import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { CommentInput } from '../../gql/graphql';
import {
  AddMaterialCommentMutation,
  EditMaterialCommentMutation,
  ResolveMaterialCommentMutation,
} from './material-review.documents';
import { reviewKeys } from './material-review.keys';

/** Add, edit and resolve share one invalidation: the thread of the material. */
export function useCommentMutations(materialId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: reviewKeys.comments(materialId) });
  const add = useMutation({
    mutationFn: async (input: CommentInput) =>
      (await execute(AddMaterialCommentMutation, { materialId, input })).addMaterialComment,
    onSuccess: refresh,
  });
  const edit = useMutation({
    mutationFn: async ({ id, body }: { id: string; body: string }) =>
      (await execute(EditMaterialCommentMutation, { id, input: { body } })).editMaterialComment,
    onSuccess: refresh,
  });
  const resolve = useMutation({
    mutationFn: async ({ id, resolved }: { id: string; resolved: boolean }) =>
      (await execute(ResolveMaterialCommentMutation, { id, resolved })).resolveMaterialComment,
    onSuccess: refresh,
  });
  return { add, edit, resolve };
}
