import { contentSubject } from '../../content/visibility.js';
import type { CampaignEntity } from './campaign.entity.js';

/** A loaded campaign as authorization rules see it. */
export const campaignSubject = (campaign: CampaignEntity) => contentSubject('campaign', campaign);
