import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { TransitionCampaignInput } from '../../gql/graphql';
import { saved } from './campaign-saved';
import { TransitionCampaignMutation } from './campaigns.documents';

export function useTransitionCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: TransitionCampaignInput }) =>
      (await execute(TransitionCampaignMutation, { id, input })).transitionCampaign,
    onSuccess: (campaign) => saved(client, campaign),
  });
}
