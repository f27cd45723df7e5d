import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { readableSql, type ItemAliases } from '../../content/visibility.js';
import { CampaignEntity } from './campaign.entity.js';

const ALIASES: ItemAliases = { item: 'c', working: 'wr', published: 'pr' };

/** Campaigns the actor may read — the kernel's visibility rule first, as SQL — with both revisions joined. */
export function readableCampaigns(manager: EntityManager, actor: Actor) {
  const authz = readableSql(actor, 'campaign', ALIASES);
  return manager
    .getRepository(CampaignEntity)
    .createQueryBuilder('c')
    .innerJoinAndSelect('c.workingRevision', 'wr')
    .leftJoinAndSelect('c.publishedRevision', 'pr')
    .where(`(${authz.sql})`, authz.params);
}
