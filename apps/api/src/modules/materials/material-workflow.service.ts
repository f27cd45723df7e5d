import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transition } from '@portal/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { fieldError, forbidden } from '../../common/app-error.js';
import { lockItem, runTransition } from '../../content/content-workflow.js';
import { EventsService } from '../../jobs/events.service.js';
import type { TransitionMaterialInput, WithdrawMaterialInput } from './dto/material.input.js';
import { readableMaterials } from './material-query.js';
import { MaterialDetailChangeEntity } from './material-detail-change.entity.js';
import { seesWork } from '../../content/visibility.js';
import { materialSubject } from './material-subject.js';
import { ContentTransitionEntity } from '../../content/content-transition.entity.js';
import { MaterialEntity } from './material.entity.js';
import { MaterialsService } from './materials.service.js';

@Injectable()
export class MaterialWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly materials: MaterialsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  /** One workflow step, serialised per material by a row lock, recorded in the permanent transition log. */
  async transition(actor: Actor, id: string, input: TransitionMaterialInput) {
    await this.materials.load(actor, id);
    await this.dataSource.transaction(async (tx) => {
      await lockItem(tx, id);
      const material = await readableMaterials(tx, actor).andWhere('m.id = :id', { id }).getOneOrFail();
      const to = await runTransition(tx, actor, 'material', material, input);
      const publishedRevisionId = this.publishedAfter(input.transition, material);
      await tx.update(
        MaterialEntity,
        { id },
        {
          publishedRevisionId,
          ...(publishedRevisionId !== material.publishedRevisionId || to === 'approved'
            ? { publishedAt: new Date() }
            : {}),
          version: () => 'version + 1',
        },
      );
      const working = material.workingRevision!;
      await this.events.record(tx, {
        type: 'material.transitioned',
        subjectType: 'Material',
        subjectId: id,
        actorId: actor.user.id,
        payload: { transition: input.transition, fromState: working.state, toState: to, revisionId: working.id },
      });
      await this.audit.record(tx, {
        actor: actor.user,
        action: `material.transition.${input.transition}`,
        subjectType: 'Material',
        subjectId: id,
        summary: { revisionNumber: working.number, state: { from: working.state, to } },
      });
    });
    return this.materials.get(actor, id);
  }

  /** The full record, with reviewers' comments, is for members; readers get the approval stamp instead. */
  async history(actor: Actor, materialId: string) {
    await this.materials.load(actor, materialId);
    if (!seesWork(actor)) throw forbidden();
    const rows = await this.dataSource
      .getRepository(ContentTransitionEntity)
      .find({ where: { itemId: materialId }, relations: { actor: true }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ ...row, actorName: row.actor?.displayName ?? '' }));
  }

  /** Changes of embargo and validity, oldest first: part of the history, for members too. */
  async detailChanges(actor: Actor, materialId: string) {
    await this.materials.load(actor, materialId);
    if (!seesWork(actor)) throw forbidden();
    const rows = await this.dataSource
      .getRepository(MaterialDetailChangeEntity)
      .find({ where: { itemId: materialId }, relations: { actor: true }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ ...row, actorName: row.actor?.displayName ?? '' }));
  }

  /** Withdraws a published text; readers still find it, marked, with the reason and what replaces it. */
  async withdraw(actor: Actor, id: string, input: WithdrawMaterialInput) {
    const material = await this.materials.load(actor, id);
    if (!actor.ability.can('withdraw', materialSubject(material))) throw forbidden();
    if (input.supersededById) {
      if (input.supersededById === id)
        throw fieldError('input.supersededById', 'self', 'a material cannot replace itself');
      await this.materials.load(actor, input.supersededById).catch(() => {
        throw fieldError('input.supersededById', 'notFound', 'the replacing material does not exist');
      });
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.update(
        MaterialEntity,
        { id },
        {
          withdrawnAt: new Date(),
          withdrawalReason: input.reason.trim(),
          supersededById: input.supersededById ?? null,
          version: () => 'version + 1',
        },
      );
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'material.withdraw',
        subjectType: 'Material',
        subjectId: id,
        summary: { supersededById: input.supersededById ?? null },
      });
    });
    return this.materials.get(actor, id);
  }

  /** Approval publishes; agreement publishes only where nothing approved is out yet; other steps leave it. */
  private publishedAfter(transition: Transition, material: MaterialEntity): string | null {
    const working = material.workingRevision!;
    switch (transition) {
      case 'approve':
        return working.id;
      case 'agree':
        return material.publishedRevision?.state === 'approved' ? material.publishedRevisionId : working.id;
      case 'submit':
      case 'request_changes':
      case 'archive':
        return material.publishedRevisionId;
    }
  }
}
