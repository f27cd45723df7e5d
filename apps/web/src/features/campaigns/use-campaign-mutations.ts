import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type {
  CampaignFieldsFragment,
  CreateCampaignInput,
  PlanItemInput,
  TransitionCampaignInput,
  UpdateCampaignInput,
  UpdatePlanItemInput,
} from '../../gql/graphql';
import {
  AddCampaignPlanItemMutation,
  CreateCampaignMutation,
  TransitionCampaignMutation,
  UpdateCampaignMutation,
  UpdateCampaignPlanItemMutation,
} from './campaigns.documents';
import { campaignKeys } from './campaigns.keys';

async function saved(client: QueryClient, campaign: CampaignFieldsFragment) {
  client.setQueryData(campaignKeys.detail(campaign.id), campaign);
  await client.invalidateQueries({ queryKey: campaignKeys.all });
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateCampaignInput) => (await execute(CreateCampaignMutation, { input })).createCampaign,
    onSuccess: (campaign) => saved(client, campaign),
  });
}

export function useUpdateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateCampaignInput }) =>
      (await execute(UpdateCampaignMutation, { id, input })).updateCampaign,
    onSuccess: (campaign) => saved(client, campaign),
  });
}

export function useTransitionCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: TransitionCampaignInput }) =>
      (await execute(TransitionCampaignMutation, { id, input })).transitionCampaign,
    onSuccess: (campaign) => saved(client, campaign),
  });
}

/** Plan items change the campaign's progress: its page and the list are fetched again. */
export function useAddPlanItem(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: PlanItemInput) =>
      (await execute(AddCampaignPlanItemMutation, { campaignId, input })).addCampaignPlanItem,
    onSuccess: () => client.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export function useUpdatePlanItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdatePlanItemInput }) =>
      (await execute(UpdateCampaignPlanItemMutation, { id, input })).updateCampaignPlanItem,
    onSuccess: () => client.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
