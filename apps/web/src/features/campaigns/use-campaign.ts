import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { CampaignQuery } from './campaigns.documents';
import { campaignKeys } from './campaigns.keys';

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: async () => (await execute(CampaignQuery, { id })).campaign,
  });
}
