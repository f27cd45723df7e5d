import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { UpdateCampaignInput } from '../../gql/graphql';
import { saved } from './campaign-saved';
import { UpdateCampaignMutation } from './campaigns.documents';

export function useUpdateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateCampaignInput }) =>
      (await execute(UpdateCampaignMutation, { id, input })).updateCampaign,
    onSuccess: (campaign) => saved(client, campaign),
  });
}
