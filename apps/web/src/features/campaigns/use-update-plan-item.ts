import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { UpdatePlanItemInput } from '../../gql/graphql';
import { UpdateCampaignPlanItemMutation } from './campaigns.documents';
import { campaignKeys } from './campaigns.keys';

export function useUpdatePlanItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdatePlanItemInput }) =>
      (await execute(UpdateCampaignPlanItemMutation, { id, input })).updateCampaignPlanItem,
    onSuccess: () => client.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
