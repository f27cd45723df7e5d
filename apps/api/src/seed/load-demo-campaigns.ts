import type { EntityManager } from 'typeorm';
import { createContentItem } from '../content/content-items.js';
import { ContentRevisionEntity } from '../content/content-revision.entity.js';
import { ContentTransitionEntity } from '../content/content-transition.entity.js';
import { campaignBody } from '../modules/campaigns/campaign-body.js';
import { CampaignPlanItemEntity } from '../modules/campaigns/campaign-plan-item.entity.js';
import { CampaignEntity } from '../modules/campaigns/campaign.entity.js';
import { STANDARD_PLAN } from '../modules/campaigns/plan-template.js';
import { OrganizationEntity } from '../modules/organizations/organization.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { DEMO_CAMPAIGNS, type DemoCampaign } from './demo-campaigns.js';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** Campaigns by theme; installations migrated from the free-text field already have some, bare. */
export async function campaignIdsByTitle(tx: EntityManager): Promise<Map<string, string>> {
  const rows: { id: string; title: string }[] = await tx.query(
    `SELECT c.id, r.title FROM campaign c JOIN content_revision r ON r.id = c.working_revision_id`,
  );
  return new Map(rows.map((r) => [r.title, r.id]));
}

/**
 * Writes the demo campaigns with their plans and the workflow steps that led to each state. A campaign of the same
 * theme made by the migration from the old free-text field is filled in rather than duplicated.
 */
export async function loadDemoCampaigns(tx: EntityManager): Promise<void> {
  const editor = await tx.findOneBy(UserEntity, { email: 'editor@portal.test' });
  const approver = await tx.findOneBy(UserEntity, { email: 'approver@portal.test' });
  if (!editor || !approver) return;
  const users = new Map((await tx.find(UserEntity)).map((u) => [u.email, u.id]));
  const organizations = new Map((await tx.find(OrganizationEntity)).map((o) => [o.name, o.id]));
  const existing = await campaignIdsByTitle(tx);

  for (const demo of DEMO_CAMPAIGNS) {
    const { body, bodyText } = campaignBody(demo);
    const details = {
      startsOn: day(demo.startInDays),
      endsOn: day(demo.startInDays + demo.lengthDays),
      audiences: demo.audiences,
    };
    let id = existing.get(demo.title);
    if (id) {
      const campaign = await tx.findOneByOrFail(CampaignEntity, { id });
      await tx.update(ContentRevisionEntity, { id: campaign.workingRevisionId! }, { body, bodyText });
      await tx.update(CampaignEntity, { id }, details);
    } else {
      id = await createContentItem(tx, 'campaign', editor.id);
      await tx.insert(CampaignEntity, { id, ...details, createdBy: editor.id });
      const revision = await tx.save(
        tx.create(ContentRevisionEntity, {
          itemId: id,
          number: 1,
          title: demo.title,
          body,
          bodyText,
          state: demo.state,
          authorId: editor.id,
          contributorIds: [editor.id],
        }),
      );
      await recordSteps(tx, demo, id, revision, editor, approver);
      await tx.update(
        CampaignEntity,
        { id },
        { workingRevisionId: revision.id, publishedRevisionId: demo.state === 'agreed' ? revision.id : null },
      );
    }
    await tx.insert(
      CampaignPlanItemEntity,
      demo.plan.map((p, i) => ({
        campaignId: id,
        position: i + 1,
        title: typeof p.item === 'number' ? STANDARD_PLAN[p.item] : p.item,
        ownerOrganizationId: p.organization ? (organizations.get(p.organization) ?? null) : null,
        ownerUserId: p.owner ? (users.get(p.owner) ?? null) : null,
        dueOn: p.dueInDays === undefined ? null : day(p.dueInDays),
        status: p.status ?? 'open',
      })),
    );
  }
}

async function recordSteps(
  tx: EntityManager,
  demo: DemoCampaign,
  itemId: string,
  revision: ContentRevisionEntity,
  editor: UserEntity,
  approver: UserEntity,
) {
  const steps: [string, string, string, UserEntity][] = [];
  if (demo.state !== 'draft') steps.push(['submit', 'draft', 'in_review', editor]);
  if (demo.state === 'agreed') steps.push(['agree', 'in_review', 'agreed', approver]);
  const at = Date.now() + (demo.startInDays - 14) * DAY;
  for (const [s, [transition, fromState, toState, actor]] of steps.entries()) {
    await tx.insert(ContentTransitionEntity, {
      itemId,
      revisionId: revision.id,
      revisionNumber: revision.number,
      transition: transition as never,
      fromState: fromState as never,
      toState: toState as never,
      actorId: actor.id,
      createdAt: new Date(at + s * 3_600_000),
    });
  }
}
