import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transition } from '@portal/domain';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../common/app-error.js';
import { createContentItem } from '../../content/content-items.js';
import { ContentRevisionEntity } from '../../content/content-revision.entity.js';
import { lockItem, runTransition } from '../../content/content-workflow.js';
import { EventsService } from '../../jobs/events.service.js';
import type {
  CampaignsArgs,
  CampaignTextInput,
  CreateCampaignInput,
  TransitionCampaignInput,
  UpdateCampaignInput,
} from './dto/campaign.input.js';
import { campaignBody } from './campaign-body.js';
import { toCampaignModel } from './campaign-mapper.js';
import { CampaignPlanItemEntity } from './campaign-plan-item.entity.js';
import { readableCampaigns } from './campaign-query.js';
import { campaignSubject } from './campaign-subject.js';
import { CampaignEntity } from './campaign.entity.js';
import { STANDARD_PLAN } from './plan-template.js';

/** Period and audiences: the audit log keeps their old and new values (never the theme or texts). */
const AUDITED_FIELDS = ['startsOn', 'endsOn', 'audiences'] as const;

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

function details(input: CampaignTextInput) {
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
    throw fieldError('input.endsOn', 'beforeStart', 'the campaign cannot end before it starts');
  }
  return { startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, audiences: [...new Set(input.audiences)] };
}

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  /** Campaigns the actor may read, the current and coming ones first. */
  async list(actor: Actor, args: CampaignsArgs) {
    const [rows, total] = await readableCampaigns(this.dataSource.manager, actor)
      .orderBy('c.starts_on', 'DESC', 'NULLS LAST')
      .addOrderBy('c.created_at', 'DESC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    return { items: rows.map((c) => toCampaignModel(actor, c)), total };
  }

  async get(actor: Actor, id: string) {
    return toCampaignModel(actor, await this.load(actor, id));
  }

  async load(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<CampaignEntity> {
    const campaign = await readableCampaigns(manager, actor).andWhere('c.id = :id', { id }).getOne();
    if (!campaign) throw notFound('Campaign');
    return campaign;
  }

  async create(actor: Actor, input: CreateCampaignInput) {
    if (!actor.ability.can('create', 'Campaign')) throw forbidden();
    const values = details(input);
    const { body, bodyText } = campaignBody(input);
    const id = await this.dataSource.transaction(async (tx) => {
      const itemId = await createContentItem(tx, 'campaign', actor.user.id);
      await tx.insert(CampaignEntity, { id: itemId, ...values, createdBy: actor.user.id });
      const revision = await tx.save(
        tx.create(ContentRevisionEntity, {
          itemId,
          number: 1,
          title: input.title.trim(),
          body,
          bodyText,
          authorId: actor.user.id,
          contributorIds: [actor.user.id],
        }),
      );
      await tx.update(CampaignEntity, { id: itemId }, { workingRevisionId: revision.id });
      if (input.standardPlan) {
        await tx.insert(
          CampaignPlanItemEntity,
          STANDARD_PLAN.map((title, i) => ({ campaignId: itemId, position: i + 1, title })),
        );
      }
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'campaign.create',
        subjectType: 'Campaign',
        subjectId: itemId,
        summary: { ...pickFields(values, AUDITED_FIELDS), planItems: input.standardPlan ? STANDARD_PLAN.length : 0 },
      });
      return itemId;
    });
    return this.get(actor, id);
  }

  /**
   * Saves the theme, texts, period and audiences. A draft's text is changed in place; an agreed or archived plan is
   * never changed: editing it starts the next revision while readers keep the agreed one. A plan under review is
   * frozen until changes are requested.
   */
  async update(actor: Actor, id: string, input: UpdateCampaignInput) {
    const campaign = await this.load(actor, id);
    if (!actor.ability.can('update', campaignSubject(campaign))) throw forbidden();
    const values = details(input);
    const { body, bodyText } = campaignBody(input);
    const working = campaign.workingRevision!;
    const stale = () =>
      conflict(`The campaign was changed by someone else (now revision ${working.number})`, {
        currentVersion: campaign.version,
        currentRevisionNumber: working.number,
      });
    if (working.state === 'in_review') {
      throw new AppError('CONFLICT', 'The plan is under review; it can be edited after changes are requested', {
        reason: 'underReview',
      });
    }
    const text = { title: input.title.trim(), body, bodyText };
    try {
      await this.dataSource.transaction(async (tx) => {
        const result = await tx
          .createQueryBuilder()
          .update(CampaignEntity)
          .set({ ...values, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id, version: input.version })
          .execute();
        if (result.affected !== 1) throw stale();
        let revisionNumber = working.number;
        if (working.state === 'draft') {
          const saved = await tx
            .createQueryBuilder()
            .update(ContentRevisionEntity)
            .set({
              ...text,
              // Whoever saves the text becomes one of its contributors, so cannot agree it afterwards.
              contributorIds: () =>
                'CASE WHEN :actorId = ANY(contributor_ids) THEN contributor_ids ELSE array_append(contributor_ids, :actorId) END',
              version: () => 'version + 1',
            })
            .where('id = :id AND version = :version', { id: working.id, version: input.revisionVersion })
            .setParameter('actorId', actor.user.id)
            .execute();
          if (saved.affected !== 1) throw stale();
        } else {
          if (input.revisionVersion !== working.version) throw stale();
          const next = await tx.save(
            tx.create(ContentRevisionEntity, {
              itemId: id,
              number: working.number + 1,
              ...text,
              authorId: actor.user.id,
              contributorIds: [actor.user.id],
            }),
          );
          await tx.update(CampaignEntity, { id }, { workingRevisionId: next.id });
          revisionNumber = next.number;
        }
        await this.audit.record(tx, {
          actor: actor.user,
          action: revisionNumber === working.number ? 'campaign.update' : 'campaign.new_revision',
          subjectType: 'Campaign',
          subjectId: id,
          summary: { ...changedFields(campaign, { ...campaign, ...values }, AUDITED_FIELDS), revisionNumber },
        });
      });
    } catch (error) {
      // Two people starting the next revision at once: the unique revision number lets exactly one win.
      if (isUniqueViolation(error)) throw stale();
      throw error;
    }
    return this.get(actor, id);
  }

  /** One workflow step, serialised per campaign by a row lock, recorded in the permanent transition log. */
  async transition(actor: Actor, id: string, input: TransitionCampaignInput) {
    await this.load(actor, id);
    await this.dataSource.transaction(async (tx) => {
      await lockItem(tx, id);
      const campaign = await this.load(actor, id, tx);
      const working = campaign.workingRevision!;
      const to = await runTransition(tx, actor, 'campaign', campaign, {
        transition: input.transition as never,
        comment: input.comment,
        revisionVersion: input.revisionVersion,
      });
      await tx.update(
        CampaignEntity,
        { id },
        { publishedRevisionId: this.publishedAfter(input.transition, campaign), version: () => 'version + 1' },
      );
      await this.events.record(tx, {
        type: 'campaign.transitioned',
        subjectType: 'Campaign',
        subjectId: id,
        actorId: actor.user.id,
        payload: { transition: input.transition, fromState: working.state, toState: to, revisionId: working.id },
      });
      await this.audit.record(tx, {
        actor: actor.user,
        action: `campaign.transition.${input.transition}`,
        subjectType: 'Campaign',
        subjectId: id,
        summary: { revisionNumber: working.number, state: { from: working.state, to } },
      });
    });
    return this.get(actor, id);
  }

  /** Agreement publishes the working revision; archiving keeps it published, marked finished. */
  private publishedAfter(transition: Transition, campaign: CampaignEntity): string | null {
    switch (transition) {
      case 'agree':
      case 'archive':
        return campaign.workingRevisionId;
      case 'submit':
      case 'request_changes':
      case 'approve':
        return campaign.publishedRevisionId;
    }
  }
}
