import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isOverdue } from '@portal/domain';
import DataLoader from 'dataloader';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor, PortalRequest } from '../../auth/actor.js';
import { badInput, conflict, forbidden, notFound, type FieldError } from '../../common/app-error.js';
import { shownRevision } from '../../content/visibility.js';
import { EventsService } from '../../jobs/events.service.js';
import { readableMaterials } from '../materials/material-query.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { PlanItemInput, UpdatePlanItemInput } from './dto/campaign.input.js';
import { CampaignPlanItemEntity } from './campaign-plan-item.entity.js';
import { campaignSubject } from './campaign-subject.js';
import { CampaignsService } from './campaigns.service.js';

/** What the audit log keeps of a plan item's change (never its title). */
const AUDITED_FIELDS = ['status', 'dueOn', 'ownerUserId', 'ownerOrganizationId', 'evidenceMaterialId'] as const;

/** Today's calendar day in Bishkek, where the working group's due dates are meant. */
export const bishkekToday = (now = new Date()) => now.toLocaleDateString('en-CA', { timeZone: 'Asia/Bishkek' });

interface Batches {
  items: DataLoader<string, CampaignPlanItemEntity[]>;
  evidence: DataLoader<string, { id: string; title: string } | null>;
}
const batches = new WeakMap<PortalRequest, Batches>();

/** The plan of a campaign: items with owner, due date, status and evidence; whoever may read the campaign reads it. */
@Injectable()
export class CampaignPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  private for(req: PortalRequest, actor: Actor): Batches {
    let found = batches.get(req);
    if (!found) {
      found = {
        items: new DataLoader((ids) => this.loadItems(ids)),
        evidence: new DataLoader((ids) => this.loadEvidence(actor, ids)),
      };
      batches.set(req, found);
    }
    return found;
  }

  /** Items of an already authorized campaign (the parent field resolver loaded it through the visibility rule). */
  async items(req: PortalRequest, actor: Actor, campaignId: string) {
    const items = await this.for(req, actor).items.load(campaignId);
    const today = bishkekToday();
    return Promise.all(items.map(async (item) => this.toModel(item, today, await this.evidence(req, actor, item))));
  }

  evidence(req: PortalRequest, actor: Actor, item: CampaignPlanItemEntity) {
    return item.evidenceMaterialId ? this.for(req, actor).evidence.load(item.evidenceMaterialId) : null;
  }

  async add(actor: Actor, campaignId: string, input: PlanItemInput) {
    const campaign = await this.campaigns.load(actor, campaignId);
    if (!actor.ability.can('update', campaignSubject(campaign))) throw forbidden();
    await this.assertReferences(actor, input);
    const id = await this.dataSource.transaction(async (tx) => {
      const [{ next }] = await tx.query(
        'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM campaign_plan_item WHERE campaign_id = $1',
        [campaignId],
      );
      const item = await tx.save(
        tx.create(CampaignPlanItemEntity, { campaignId, position: next, ...this.values(input) }),
      );
      await this.audit.record(tx, this.entry(actor, 'campaign.plan_item.add', item, pickFields(item, AUDITED_FIELDS)));
      await this.announceAssignment(tx, actor, item, null);
      return item.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdatePlanItemInput) {
    const item = await this.dataSource.getRepository(CampaignPlanItemEntity).findOneBy({ id });
    if (!item) throw notFound('Plan item');
    const campaign = await this.campaigns.load(actor, item.campaignId);
    if (!actor.ability.can('update', campaignSubject(campaign))) throw forbidden();
    await this.assertReferences(actor, input);
    const values = this.values(input);
    await this.dataSource.transaction(async (tx) => {
      const result = await tx
        .createQueryBuilder()
        .update(CampaignPlanItemEntity)
        .set({ ...values, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) {
        throw conflict('The plan item was changed by someone else', { currentVersion: item.version });
      }
      const after = { ...item, ...values };
      await this.audit.record(
        tx,
        this.entry(actor, 'campaign.plan_item.update', item, changedFields(item, after, AUDITED_FIELDS)),
      );
      await this.announceAssignment(tx, actor, after, item);
    });
    return this.get(actor, id);
  }

  private async get(actor: Actor, id: string) {
    const item = await this.dataSource
      .getRepository(CampaignPlanItemEntity)
      .findOneOrFail({ where: { id }, relations: { ownerUser: true, ownerOrganization: true } });
    const [evidence] = item.evidenceMaterialId ? await this.loadEvidence(actor, [item.evidenceMaterialId]) : [null];
    return this.toModel(item, bishkekToday(), evidence);
  }

  /** A new owner (person or organization) is what notifications will tell them about. */
  private async announceAssignment(
    tx: EntityManager,
    actor: Actor,
    item: CampaignPlanItemEntity,
    before: CampaignPlanItemEntity | null,
  ) {
    const newUser = item.ownerUserId && item.ownerUserId !== before?.ownerUserId;
    const newOrganization = item.ownerOrganizationId && item.ownerOrganizationId !== before?.ownerOrganizationId;
    if (!newUser && !newOrganization) return;
    await this.events.record(tx, {
      type: 'campaign.item-assigned',
      subjectType: 'Campaign',
      subjectId: item.campaignId,
      actorId: actor.user.id,
      payload: {
        planItemId: item.id,
        ownerUserId: item.ownerUserId,
        ownerOrganizationId: item.ownerOrganizationId,
        dueOn: item.dueOn,
      },
    });
  }

  private values(input: PlanItemInput) {
    return {
      title: input.title.trim(),
      ownerUserId: input.ownerUserId ?? null,
      ownerOrganizationId: input.ownerOrganizationId ?? null,
      dueOn: input.dueOn ?? null,
      status: input.status,
      evidenceMaterialId: input.evidenceMaterialId ?? null,
    };
  }

  /** Owners must exist; the evidence must be a material the actor may read. */
  private async assertReferences(actor: Actor, input: PlanItemInput) {
    const errors: FieldError[] = [];
    const missing = (field: string, message: string) => errors.push({ field, reason: 'notFound', message });
    if (input.ownerUserId && !(await this.dataSource.getRepository(UserEntity).existsBy({ id: input.ownerUserId }))) {
      missing('input.ownerUserId', 'no such person');
    }
    if (
      input.ownerOrganizationId &&
      !(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: input.ownerOrganizationId }))
    ) {
      missing('input.ownerOrganizationId', 'no such organization');
    }
    if (input.evidenceMaterialId && !(await this.loadEvidence(actor, [input.evidenceMaterialId]))[0]) {
      missing('input.evidenceMaterialId', 'no such material');
    }
    if (errors.length) throw badInput(errors);
  }

  private async loadItems(campaignIds: readonly string[]) {
    const rows = await this.dataSource.getRepository(CampaignPlanItemEntity).find({
      where: { campaignId: In([...campaignIds]) },
      relations: { ownerUser: true, ownerOrganization: true },
      order: { position: 'ASC' },
    });
    return campaignIds.map((id) => rows.filter((row) => row.campaignId === id));
  }

  /** Evidence through the materials' visibility rule: a reader never learns the title of a draft. */
  private async loadEvidence(actor: Actor, ids: readonly string[]) {
    const shown = shownRevision(actor, 'material', 'working');
    const qb = readableMaterials(this.dataSource.manager, actor).andWhere('m.id IN (:...ids)', { ids: [...ids] });
    if (shown.condition) qb.andWhere(shown.condition);
    const rows = await qb.getMany();
    const byId = new Map(
      rows.map((m) => [
        m.id,
        { id: m.id, title: (shown.alias === 'wr' ? m.workingRevision : m.publishedRevision)!.title },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  private toModel(item: CampaignPlanItemEntity, today: string, evidence: { id: string; title: string } | null) {
    return {
      ...item,
      ownerUserName: item.ownerUser?.displayName ?? null,
      ownerOrganizationName: item.ownerOrganization?.name ?? null,
      overdue: isOverdue(item, today),
      evidence,
    };
  }

  private entry(actor: Actor, action: string, item: CampaignPlanItemEntity, changes: object) {
    return {
      actor: actor.user,
      action,
      subjectType: 'Campaign',
      subjectId: item.campaignId,
      summary: { planItemId: item.id, ...changes },
    };
  }
}
