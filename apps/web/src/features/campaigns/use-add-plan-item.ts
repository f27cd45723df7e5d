import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { PlanItemInput } from '../../gql/graphql';
import { AddCampaignPlanItemMutation } from './campaigns.documents';
import { campaignKeys } from './campaigns.keys';

/** Plan items change the campaign's progress: its page and the list are fetched again. */
export function useAddPlanItem(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: PlanItemInput) =>
      (await execute(AddCampaignPlanItemMutation, { campaignId, input })).addCampaignPlanItem,
    onSuccess: () => client.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
