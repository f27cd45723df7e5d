import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { abilityToSql } from '@portal/authz';
import { availableTransitions, nextState, refuseTransition, type Transition } from '@portal/domain';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../common/app-error.js';
import type {
  CreateMaterialInput,
  MaterialsArgs,
  SaveMaterialInput,
  TransitionMaterialInput,
} from './dto/material.input.js';
import { parseBody } from './material-body.js';
import { MaterialKindEntity } from './material-kind.entity.js';
import { MaterialRevisionEntity } from './material-revision.entity.js';
import { MATERIAL_AUTHZ_COLUMNS, materialSubject, UNPUBLISHED_PROBE } from './material-subject.js';
import { MaterialTransitionEntity } from './material-transition.entity.js';
import { MaterialEntity } from './material.entity.js';

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

@Injectable()
export class MaterialsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  kinds(): Promise<MaterialKindEntity[]> {
    return this.dataSource.getRepository(MaterialKindEntity).find({ order: { sortOrder: 'ASC' } });
  }

  /** Materials the actor may read, filtered in SQL before anything else; revisions and kind in the same statement. */
  private readable(actor: Actor, manager: EntityManager = this.dataSource.manager) {
    const authz = abilityToSql(actor.ability, 'read', 'Material', MATERIAL_AUTHZ_COLUMNS);
    return manager
      .getRepository(MaterialEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.kind', 'k')
      .innerJoinAndSelect('m.workingRevision', 'wr')
      .leftJoinAndSelect('m.publishedRevision', 'pr')
      .where(`(${authz.sql})`, authz.params);
  }

  async list(actor: Actor, args: MaterialsArgs) {
    const qb = this.readable(actor);
    const f = args.filter ?? {};
    const shown = args.view === 'published' ? 'pr' : 'wr';
    if (args.view === 'published')
      qb.andWhere(`m.published_revision_id IS NOT NULL AND pr.state IN ('agreed', 'approved')`);
    if (f.kindIds?.length) qb.andWhere('m.kind_id IN (:...kindIds)', { kindIds: f.kindIds });
    if (f.states?.length) qb.andWhere(`${shown}.state IN (:...states)`, { states: f.states });
    if (f.language) qb.andWhere('m.language = :language', { language: f.language });
    if (f.campaign) qb.andWhere('m.campaign = :campaign', { campaign: f.campaign });
    if (f.audience) qb.andWhere(':audience = ANY(m.audiences)', { audience: f.audience });
    if (f.search?.trim()) {
      // Russian stems for Russian texts, plain words for Kyrgyz and English (no Kyrgyz stemmer exists).
      qb.andWhere(
        `(${shown}.search @@ websearch_to_tsquery('russian', :q) OR ${shown}.search @@ websearch_to_tsquery('simple', :q))`,
        { q: f.search.trim() },
      );
    }
    const [items, count] = await Promise.all([
      qb.clone().orderBy('m.updated_at', 'DESC').addOrderBy('m.id').offset(args.offset).limit(args.limit).getMany(),
      qb.clone().select('COUNT(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    return { items: items.map((m) => this.toModel(actor, m)), total: count?.total ?? 0 };
  }

  async get(actor: Actor, id: string) {
    return this.toModel(actor, await this.load(actor, id));
  }

  async create(actor: Actor, input: CreateMaterialInput) {
    if (!actor.ability.can('create', 'Material')) throw forbidden();
    const { doc, text } = parseBody(input.body);
    if (!(await this.dataSource.getRepository(MaterialKindEntity).existsBy({ id: input.kindId }))) {
      throw fieldError('input.kindId', 'notFound', 'unknown kind of material');
    }
    const id = await this.dataSource.transaction(async (tx) => {
      const material = await tx.save(
        tx.create(MaterialEntity, {
          kindId: input.kindId,
          language: input.language,
          campaign: input.campaign?.trim() || null,
          audiences: [...new Set(input.audiences)],
          channels: [...new Set(input.channels)],
          validUntil: input.validUntil ?? null,
          embargoUntil: input.embargoUntil ? new Date(input.embargoUntil) : null,
          createdBy: actor.user.id,
        }),
      );
      const revision = await tx.save(
        tx.create(MaterialRevisionEntity, {
          materialId: material.id,
          number: 1,
          title: input.title.trim(),
          body: doc,
          bodyText: text,
          authorId: actor.user.id,
        }),
      );
      await tx.update(MaterialEntity, { id: material.id }, { workingRevisionId: revision.id });
      return material.id;
    });
    return this.get(actor, id);
  }

  /**
   * Saves the text. A draft is updated in place (optimistically); an approved or archived text is never changed:
   * editing it starts the next revision while readers keep the published one. Texts under review are frozen.
   */
  async save(actor: Actor, id: string, input: SaveMaterialInput) {
    const material = await this.load(actor, id);
    if (!actor.ability.can('update', materialSubject(material))) throw forbidden();
    const working = material.workingRevision!;
    const { doc, text } = parseBody(input.body);
    const stale = () =>
      conflict(`The text was changed by someone else (now revision ${working.number}, version ${working.version})`, {
        currentRevisionNumber: working.number,
        currentVersion: working.version,
      });
    if (input.revisionNumber !== working.number) throw stale();
    const changes = { title: input.title.trim(), body: doc, bodyText: text };
    switch (working.state) {
      case 'draft': {
        const result = await this.dataSource
          .createQueryBuilder()
          .update(MaterialRevisionEntity)
          .set({ ...changes, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: working.id, version: input.revisionVersion })
          .execute();
        if (result.affected !== 1) throw stale();
        break;
      }
      case 'approved':
      case 'archived':
        if (input.revisionVersion !== working.version) throw stale();
        try {
          await this.dataSource.transaction(async (tx) => {
            const next = await tx.save(
              tx.create(MaterialRevisionEntity, {
                materialId: id,
                number: working.number + 1,
                ...changes,
                authorId: actor.user.id,
                sourceRevisionNumber: working.sourceRevisionNumber,
              }),
            );
            await tx.update(MaterialEntity, { id }, { workingRevisionId: next.id, version: () => 'version + 1' });
          });
        } catch (error) {
          // Two people starting the next revision at once: the unique revision number lets exactly one win.
          if (isUniqueViolation(error)) throw stale();
          throw error;
        }
        break;
      case 'in_review':
      case 'agreed':
        throw new AppError('CONFLICT', 'The text is under review; it can be edited after changes are requested', {
          reason: 'underReview',
        });
    }
    return this.get(actor, id);
  }

  /** One workflow step, serialised per material by a row lock, recorded in the permanent transition log. */
  async transition(actor: Actor, id: string, input: TransitionMaterialInput) {
    await this.load(actor, id);
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM material WHERE id = $1 FOR UPDATE', [id]);
      const material = await this.readable(actor, tx).andWhere('m.id = :id', { id }).getOneOrFail();
      const working = material.workingRevision!;
      const isAuthor = working.authorId === actor.user.id;
      const refusal = refuseTransition({ ...input, state: working.state, roles: actor.user.roles, isAuthor });
      switch (refusal) {
        case null:
          break;
        case 'role':
          throw forbidden();
        case 'ownText':
          throw new AppError('FORBIDDEN', 'Nobody endorses their own text', { reason: 'ownText' });
        case 'wrongState':
          throw fieldError(
            'input.transition',
            'wrongState',
            `cannot ${input.transition} a text that is ${working.state}`,
          );
        case 'commentRequired':
          throw fieldError('input.comment', 'required', 'a comment is required to send the text back');
      }
      if (!actor.ability.can(input.transition, materialSubject(material))) throw forbidden();
      if (input.revisionVersion !== working.version) {
        throw conflict('The text changed since you read it', { currentVersion: working.version });
      }
      const to = nextState(input.transition);
      await tx.update(MaterialRevisionEntity, { id: working.id }, { state: to, version: () => 'version + 1' });
      await tx.update(
        MaterialEntity,
        { id },
        { publishedRevisionId: this.publishedAfter(input.transition, material), version: () => 'version + 1' },
      );
      await tx.insert(MaterialTransitionEntity, {
        materialId: id,
        revisionId: working.id,
        revisionNumber: working.number,
        transition: input.transition,
        fromState: working.state,
        toState: to,
        actorId: actor.user.id,
        comment: input.comment?.trim() || null,
      });
    });
    return this.get(actor, id);
  }

  async history(actor: Actor, materialId: string) {
    await this.load(actor, materialId);
    const rows = await this.dataSource
      .getRepository(MaterialTransitionEntity)
      .find({ where: { materialId }, relations: { actor: true }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({ ...row, actorName: row.actor?.displayName ?? '' }));
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

  private async load(actor: Actor, id: string): Promise<MaterialEntity> {
    const material = await this.readable(actor).andWhere('m.id = :id', { id }).getOne();
    if (!material) throw notFound('Material');
    return material;
  }

  private toModel(actor: Actor, m: MaterialEntity) {
    const seesWork = actor.ability.can('read', UNPUBLISHED_PROBE);
    const revision = (r: MaterialRevisionEntity | undefined | null) =>
      r ? { ...r, body: JSON.stringify(r.body) } : null;
    const working = m.workingRevision!;
    return {
      ...m,
      kind: { ...m.kind!, nameRu: m.kind!.names.ru, nameKy: m.kind!.names.ky, nameEn: m.kind!.names.en },
      state: seesWork ? working.state : null,
      working: seesWork ? revision(working) : null,
      published: revision(m.publishedRevision),
      availableTransitions: seesWork
        ? availableTransitions(working.state, actor.user.roles, working.authorId === actor.user.id)
        : [],
    };
  }
}
