import { createContentItem } from '../../src/content/content-items.js';
import { ContentRevisionEntity } from '../../src/content/content-revision.entity.js';
import { CampaignPlanItemEntity } from '../../src/modules/campaigns/campaign-plan-item.entity.js';
import { CampaignEntity } from '../../src/modules/campaigns/campaign.entity.js';
import type { TestApp } from './test-app.js';

export const CAMPAIGN_FIELDS = `id title goals regionalPlan csoActivities startsOn endsOn audiences state publishedState
  revisionNumber revisionVersion availableTransitions version
  progress { done total overdue }
  planItems { id position title status dueOn overdue ownerUserId ownerUserName ownerOrganizationId
    ownerOrganizationName evidence { id title } version }`;

export const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const UPDATE_CAMPAIGN = `mutation($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const TRANSITION_CAMPAIGN = `mutation($id: ID!, $input: TransitionCampaignInput!) {
  transitionCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
export const CAMPAIGNS = `{ campaigns { total items { id title state } } }`;
export const ADD_PLAN_ITEM = `mutation($id: ID!, $input: PlanItemInput!) {
  addCampaignPlanItem(campaignId: $id, input: $input) { id title status version ownerUserId evidence { id title } } }`;
export const UPDATE_PLAN_ITEM = `mutation($id: ID!, $input: UpdatePlanItemInput!) {
  updateCampaignPlanItem(id: $id, input: $input) { id title status dueOn overdue version } }`;

/** A draft campaign created through the API by an editor (the standard §IV plan unless asked otherwise). */
export async function createCampaign(t: TestApp, cookie: string, input: Record<string, unknown> = {}) {
  const result = await t.gql(
    CREATE_CAMPAIGN,
    {
      input: {
        title: 'Продвижение Национальной горячей линии',
        startsOn: '2027-03-01',
        endsOn: '2027-05-31',
        ...input,
      },
    },
    cookie,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createCampaign;
}

/** Submits a draft campaign (as its editor) and has another editor agree it. */
export async function agreeCampaign(t: TestApp, id: string, editorCookie: string, agreerCookie: string) {
  const step = async (transition: string, cookie: string) => {
    const current = await t.gql(`query($id: ID!) { campaign(id: $id) { revisionVersion } }`, { id }, cookie);
    const result = await t.gql(
      TRANSITION_CAMPAIGN,
      { id, input: { transition, revisionVersion: current.data!.campaign.revisionVersion } },
      cookie,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.transitionCampaign;
  };
  await step('submit', editorCookie);
  return step('agree', agreerCookie);
}

/** An agreed campaign with one open plan item, written straight to the database (fresh per call). */
export async function createAgreedCampaign(t: TestApp) {
  return t.dataSource.transaction(async (tx) => {
    const id = await createContentItem(tx, 'campaign', null);
    await tx.insert(CampaignEntity, { id });
    const revision = await tx.save(
      tx.create(ContentRevisionEntity, {
        itemId: id,
        number: 1,
        title: 'Кампания',
        body: { goals: '', regionalPlan: '', csoActivities: '' },
        bodyText: '',
        state: 'agreed',
        contributorIds: [],
      }),
    );
    await tx.update(CampaignEntity, { id }, { workingRevisionId: revision.id, publishedRevisionId: revision.id });
    const item = await tx.save(tx.create(CampaignPlanItemEntity, { campaignId: id, position: 1, title: 'Пункт' }));
    return { id, planItemId: item.id };
  });
}
