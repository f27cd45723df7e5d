import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { CampaignOptionsQuery } from './materials.documents';
import { materialKeys } from './materials.keys';

/** The campaigns a material can be filed under or the library filtered by (those the user may read). */
export function useCampaignOptions() {
  return useQuery({
    queryKey: materialKeys.campaignOptions,
    queryFn: async () => (await execute(CampaignOptionsQuery)).campaigns.items,
  });
}
