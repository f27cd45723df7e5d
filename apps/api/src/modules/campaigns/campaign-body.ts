/** The texts of a campaign revision: what the working group agrees besides the theme. */
export interface CampaignBody {
  goals: string;
  regionalPlan: string;
  csoActivities: string;
}

export const EMPTY_BODY: CampaignBody = { goals: '', regionalPlan: '', csoActivities: '' };

export function campaignBody(input: Partial<CampaignBody>): { body: CampaignBody; bodyText: string } {
  const body = {
    goals: input.goals?.trim() ?? '',
    regionalPlan: input.regionalPlan?.trim() ?? '',
    csoActivities: input.csoActivities?.trim() ?? '',
  };
  return { body, bodyText: [body.goals, body.regionalPlan, body.csoActivities].filter(Boolean).join('\n\n') };
}

export const readBody = (body: unknown): CampaignBody => ({ ...EMPTY_BODY, ...(body as Partial<CampaignBody>) });
