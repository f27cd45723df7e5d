import { availableTransitions, isContributor, type RevisionState } from '@portal/domain';
import type { Actor } from '../../auth/actor.js';
import { seesWork } from '../../content/visibility.js';
import { readBody } from './campaign-body.js';
import type { CampaignEntity } from './campaign.entity.js';

/** The GraphQL view of a campaign for one actor: readers get the published revision only, never the state of work. */
export function toCampaignModel(actor: Actor, c: CampaignEntity) {
  const working = c.workingRevision!;
  const sees = seesWork(actor);
  const shown = sees ? working : c.publishedRevision!;
  return {
    id: c.id,
    title: shown.title,
    ...readBody(shown.body),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    audiences: c.audiences,
    state: sees ? (working.state as RevisionState) : null,
    publishedState: (c.publishedRevision?.state as RevisionState | undefined) ?? null,
    revisionNumber: shown.number,
    revisionVersion: sees ? working.version : null,
    availableTransitions: sees
      ? availableTransitions(
          'campaign',
          working.state as never,
          actor.user.roles,
          isContributor(working.contributorIds, actor.user.id),
        )
      : [],
    version: c.version,
    updatedAt: c.updatedAt,
  };
}

export type CampaignView = ReturnType<typeof toCampaignModel>;
