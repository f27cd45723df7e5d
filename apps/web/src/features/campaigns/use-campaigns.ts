import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { CampaignsQuery } from './campaigns.documents';
import { campaignKeys } from './campaigns.keys';

export function useCampaigns() {
  return useQuery({
    queryKey: campaignKeys.list(),
    queryFn: async () => (await execute(CampaignsQuery)).campaigns,
  });
}
