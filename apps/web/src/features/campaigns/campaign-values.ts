import { AUDIENCES, type Audience } from '@portal/domain';
import type { CampaignFieldsFragment, CreateCampaignInput } from '../../gql/graphql';

type CampaignTextInput = Omit<CreateCampaignInput, 'standardPlan'>;

/** What the campaign form holds: the theme and texts the working group agrees, the period and audiences. */
export interface CampaignFormValues {
  title: string;
  startsOn: string;
  endsOn: string;
  audiences: Audience[];
  goals: string;
  regionalPlan: string;
  csoActivities: string;
}

export const EMPTY_CAMPAIGN: CampaignFormValues = {
  title: '',
  startsOn: '',
  endsOn: '',
  audiences: [],
  goals: '',
  regionalPlan: '',
  csoActivities: '',
};

const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);

export const valuesOf = (c: CampaignFieldsFragment): CampaignFormValues => ({
  title: c.title,
  startsOn: c.startsOn ?? '',
  endsOn: c.endsOn ?? '',
  audiences: c.audiences.filter(isAudience),
  goals: c.goals,
  regionalPlan: c.regionalPlan,
  csoActivities: c.csoActivities,
});

export const toTextInput = (v: CampaignFormValues): CampaignTextInput => ({
  title: v.title.trim(),
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
  audiences: v.audiences,
  goals: v.goals.trim(),
  regionalPlan: v.regionalPlan.trim(),
  csoActivities: v.csoActivities.trim(),
});

/** Done over the items still in the plan, as a whole percentage (0 when the plan is empty). */
export const percentDone = (p: { done: number; total: number }): number =>
  p.total ? Math.round((p.done / p.total) * 100) : 0;
