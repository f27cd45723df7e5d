import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor, PortalRequest } from '../../auth/actor.js';
import { fieldError } from '../../common/app-error.js';
import { seesWork } from '../../content/visibility.js';
import { readableCampaigns } from './campaign-query.js';

const refs = new WeakMap<PortalRequest, DataLoader<string, { id: string; title: string } | null>>();

/** The link between materials and their campaign, both ways, each side through its own visibility rule. */
@Injectable()
export class CampaignMaterialsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A material's campaign as the actor may see it: a reader never learns the theme of a draft campaign. */
  ref(req: PortalRequest, actor: Actor, campaignId: string | null) {
    if (!campaignId) return null;
    let loader = refs.get(req);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await readableCampaigns(this.dataSource.manager, actor)
          .andWhere('c.id IN (:...ids)', { ids: [...ids] })
          .getMany();
        const byId = new Map(
          rows.map((c) => [
            c.id,
            { id: c.id, title: (seesWork(actor) ? c.workingRevision : c.publishedRevision)!.title },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      });
      refs.set(req, loader);
    }
    return loader.load(campaignId);
  }
}

/** A material may only be filed under a campaign the actor may read. */
export async function assertCampaignReadable(dataSource: DataSource, actor: Actor, field: string, id?: string | null) {
  if (!id) return;
  const found = await readableCampaigns(dataSource.manager, actor).andWhere('c.id = :id', { id }).getExists();
  if (!found) throw fieldError(field, 'notFound', 'no such campaign');
}
