import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Actor, PortalRequest } from '../../auth/actor.js';
import { LibraryVisitEntity } from './library-visit.entity.js';
import { readableMaterials } from './material-query.js';
import { inPublishedState, seesWork } from '../../content/visibility.js';
import type { MaterialEntity } from './material.entity.js';

export interface Approval {
  state: string;
  approvedBy: string;
  approvedAt: Date;
  revisionNumber: number;
}

export interface MaterialRef {
  id: string;
  title: string;
  language: string;
  publishedNumber: number | null;
}

/** Per-request batches, so a page of materials costs one statement per kind of extra, never one per material. */
interface Batches {
  approvals: DataLoader<string, Approval | null>;
  translations: DataLoader<string, MaterialEntity[]>;
  refs: DataLoader<string, MaterialRef | null>;
  visit: Promise<Date | null>;
}

const batches = new WeakMap<PortalRequest, Batches>();

@Injectable()
export class MaterialExtrasService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private for(req: PortalRequest, actor: Actor): Batches {
    let found = batches.get(req);
    if (!found) {
      found = {
        approvals: new DataLoader((ids) => this.loadApprovals(ids)),
        translations: new DataLoader((ids) => this.loadTranslations(actor, ids)),
        refs: new DataLoader((ids) => this.loadRefs(actor, ids)),
        visit: this.dataSource
          .getRepository(LibraryVisitEntity)
          .findOneBy({ userId: actor.user.id })
          .then((v) => v?.visitedAt ?? null),
      };
      batches.set(req, found);
    }
    return found;
  }

  /** Who endorsed the published revision, and when: the approval stamp. */
  approval(req: PortalRequest, actor: Actor, material: MaterialEntity) {
    return material.publishedRevisionId ? this.for(req, actor).approvals.load(material.publishedRevisionId) : null;
  }

  translations(req: PortalRequest, actor: Actor, material: MaterialEntity) {
    return this.for(req, actor).translations.load(material.id);
  }

  ref(req: PortalRequest, actor: Actor, id: string | null) {
    return id ? this.for(req, actor).refs.load(id) : null;
  }

  /** A translation is outdated when its source has a newer published revision than the one it was made from. */
  async outdated(req: PortalRequest, actor: Actor, material: MaterialEntity): Promise<boolean> {
    if (!material.sourceId) return false;
    const source = await this.ref(req, actor, material.sourceId);
    const basis = (material.publishedRevision ?? material.workingRevision)?.sourceRevisionNumber ?? 0;
    return !!source?.publishedNumber && source.publishedNumber > basis;
  }

  async changedSinceLastVisit(req: PortalRequest, actor: Actor, material: MaterialEntity): Promise<boolean> {
    if (!material.publishedAt) return false;
    const visit = await this.for(req, actor).visit;
    return !visit || material.publishedAt > visit;
  }

  async markVisited(actor: Actor): Promise<boolean> {
    await this.dataSource
      .getRepository(LibraryVisitEntity)
      .upsert({ userId: actor.user.id, visitedAt: new Date() }, ['userId']);
    return true;
  }

  private async loadApprovals(revisionIds: readonly string[]): Promise<(Approval | null)[]> {
    const rows: {
      revision_id: string;
      to_state: string;
      display_name: string;
      created_at: Date;
      revision_number: number;
    }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (t.revision_id) t.revision_id, t.to_state, u.display_name, t.created_at, t.revision_number
           FROM content_transition t JOIN app_user u ON u.id = t.actor_id
          WHERE t.revision_id = ANY($1) AND ${inPublishedState('material', 't.to_state')}
          ORDER BY t.revision_id, t.created_at DESC`,
      [revisionIds],
    );
    const byId = new Map(rows.map((r) => [r.revision_id, r]));
    return revisionIds.map((id) => {
      const row = byId.get(id);
      return row
        ? {
            state: row.to_state,
            approvedBy: row.display_name,
            approvedAt: row.created_at,
            revisionNumber: row.revision_number,
          }
        : null;
    });
  }

  private async loadTranslations(actor: Actor, sourceIds: readonly string[]): Promise<MaterialEntity[][]> {
    const rows = await readableMaterials(this.dataSource.manager, actor)
      .andWhere('m.source_id IN (:...sourceIds)', { sourceIds })
      .orderBy('m.language')
      .getMany();
    return sourceIds.map((id) => rows.filter((row) => row.sourceId === id));
  }

  private async loadRefs(actor: Actor, ids: readonly string[]): Promise<(MaterialRef | null)[]> {
    const rows = await readableMaterials(this.dataSource.manager, actor)
      .andWhere({ id: In([...ids]) })
      .getMany();
    const byId = new Map(rows.map((m) => [m.id, m]));
    return ids.map((id) => {
      const m = byId.get(id);
      const shown = m && (seesWork(actor) ? (m.publishedRevision ?? m.workingRevision) : m.publishedRevision);
      if (!m || !shown) return null;
      return {
        id: m.id,
        title: shown.title,
        language: m.language,
        publishedNumber: m.publishedRevision?.number ?? null,
      };
    });
  }
}
