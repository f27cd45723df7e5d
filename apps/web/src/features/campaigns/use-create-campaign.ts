import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { CreateCampaignInput } from '../../gql/graphql';
import { saved } from './campaign-saved';
import { CreateCampaignMutation } from './campaigns.documents';

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateCampaignInput) => (await execute(CreateCampaignMutation, { input })).createCampaign,
    onSuccess: (campaign) => saved(client, campaign),
  });
}
