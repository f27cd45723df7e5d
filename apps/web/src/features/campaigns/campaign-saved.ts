import type { QueryClient } from '@tanstack/react-query';
import type { CampaignFieldsFragment } from '../../gql/graphql';
import { campaignKeys } from './campaigns.keys';

/** After a save: the page shows the returned campaign at once, lists and pickers are fetched again. */
export async function saved(client: QueryClient, campaign: CampaignFieldsFragment) {
  client.setQueryData(campaignKeys.detail(campaign.id), campaign);
  await client.invalidateQueries({ queryKey: campaignKeys.all });
}
