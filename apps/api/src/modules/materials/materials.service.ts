import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, QueryFailedError } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { AppError, badInput, conflict, fieldError, forbidden, notFound } from '../../common/app-error.js';
import type { MaterialKindInput } from './dto/material-kind.input.js';
import type {
  CreateMaterialInput,
  CreateTranslationInput,
  MaterialDetailsInput,
  MaterialsArgs,
  RescheduleMaterialInput,
  SaveMaterialInput,
} from './dto/material.input.js';
import { parseBody } from './material-body.js';
import { assertMayChangeDates, dateChanges, recordDateChanges } from './material-dates.js';
import { MaterialKindEntity } from './material-kind.entity.js';
import { HEADLINE_OPTIONS, toMaterialModel } from './material-mapper.js';
import {
  awaitingDecisionOf,
  readableMaterialIds,
  readableMaterials,
  SEARCH_CONFIG,
  searchQuery,
} from './material-query.js';
import { ContentRevisionEntity } from '../../content/content-revision.entity.js';
import { createContentItem, touchItem } from '../../content/content-items.js';
import { shownRevision } from '../../content/visibility.js';
import { recencyColumn } from './material-recency.js';
import { materialSubject } from './material-subject.js';
import { MaterialEntity } from './material.entity.js';
import { assertCampaignReadable } from '../campaigns/campaign-materials.service.js';

export const MATERIAL_COUNT_CAP = 1000;

/** Details whose old and new values the audit log keeps (never a title or text). */
const MATERIAL_AUDITED_FIELDS = [
  'campaignId',
  'audiences',
  'channels',
  'validUntil',
  'embargoUntil',
  'coverageOutlet',
  'coverageDate',
  'coverageUrl',
] as const;

type CoverageFields = Pick<CreateMaterialInput, 'coverageOutlet' | 'coverageDate' | 'coverageUrl'>;

/** Media coverage must say where, when and a link; other kinds carry none of it. */
function assertCoverage(kind: MaterialKindEntity, input: CoverageFields): void {
  if (kind.structure !== 'coverage') return;
  const missing = (['coverageOutlet', 'coverageDate', 'coverageUrl'] as const).filter((f) => !input[f]?.trim());
  if (missing.length) {
    throw badInput(
      missing.map((f) => ({ field: `input.${f}`, reason: 'required', message: 'required for media coverage' })),
    );
  }
}

function coverage(input: CoverageFields) {
  return {
    coverageOutlet: input.coverageOutlet?.trim() || null,
    coverageDate: input.coverageDate || null,
    coverageUrl: input.coverageUrl?.trim() || null,
  };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

@Injectable()
export class MaterialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  kinds(): Promise<MaterialKindEntity[]> {
    return this.dataSource.getRepository(MaterialKindEntity).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** Kinds are data: the admin adds one (or renames it) without a release. */
  async saveKind(actor: Actor, input: MaterialKindInput): Promise<MaterialKindEntity> {
    if (!actor.ability.can('manage', 'MaterialKind')) throw forbidden();
    const repo = this.dataSource.getRepository(MaterialKindEntity);
    const existing = await repo.findOneBy({ code: input.code });
    if (
      existing &&
      existing.structure !== input.structure &&
      (await this.dataSource.getRepository(MaterialEntity).existsBy({ kindId: existing.id }))
    ) {
      throw fieldError('input.structure', 'inUse', 'the structure of a kind in use cannot change');
    }
    return this.dataSource.transaction(async (tx) => {
      const kind = await tx.getRepository(MaterialKindEntity).save({
        ...existing,
        code: input.code,
        structure: input.structure,
        names: { ru: input.nameRu.trim(), ky: input.nameKy.trim(), en: input.nameEn.trim() },
        sortOrder: input.sortOrder,
      });
      const summary = existing
        ? changedFields(existing, kind, ['code', 'structure', 'names', 'sortOrder'])
        : pickFields(kind, ['code', 'structure', 'names', 'sortOrder']);
      const action = existing ? 'material_kind.update' : 'material_kind.create';
      await this.audit.record(tx, {
        actor: actor.user,
        action,
        subjectType: 'MaterialKind',
        subjectId: kind.id,
        summary,
      });
      return kind;
    });
  }

  /**
   * The library: ids are filtered, ordered and counted on narrow rows first (the authorization condition leading),
   * then only the page is loaded with its revisions — a constant number of statements at any size.
   */
  async list(actor: Actor, args: MaterialsArgs) {
    const qb = readableMaterialIds(this.dataSource.manager, actor);
    const f = args.filter ?? {};
    // Whoever may not see work in progress searches, filters and gets snippets from published text only.
    const view = shownRevision(actor, 'material', args.view === 'working' ? 'working' : 'published');
    const shown = view.alias as 'pr' | 'wr';
    if (view.condition) qb.andWhere(view.condition);
    if (f.kindIds?.length) qb.andWhere('m.kind_id IN (:...kindIds)', { kindIds: f.kindIds });
    if (f.excludeIds?.length) qb.andWhere('m.id NOT IN (:...excludeIds)', { excludeIds: f.excludeIds });
    if (f.states?.length) qb.andWhere(`${shown}.state IN (:...states)`, { states: f.states });
    if (f.language) qb.andWhere('m.language = :language', { language: f.language });
    if (f.campaignId) qb.andWhere('m.campaign_id = :campaignId', { campaignId: f.campaignId });
    if (f.audience) qb.andWhere(':audience = ANY(m.audiences)', { audience: f.audience });
    if (f.awaitingMyDecision) {
      const awaiting = awaitingDecisionOf(actor);
      qb.andWhere(`(${awaiting.sql})`, awaiting.params);
    }
    const search = f.search?.trim() ? searchQuery(f.search.trim()) : null;
    if (search) qb.andWhere(`${shown}.search @@ ${search.sql}`, search.params);
    const { ids, ...count } = await this.pageIds(qb, shown, search?.sql ?? null, args);
    if (!ids.length) return { items: [], ...count };
    const page = readableMaterials(this.dataSource.manager, actor).andWhere('m.id = ANY(:ids)', { ids });
    if (search) {
      page.addSelect(
        `ts_headline(${SEARCH_CONFIG}, ${shown}.body_text, ${search.sql}, '${HEADLINE_OPTIONS}')`,
        'headline',
      );
      page.setParameters(search.params);
    }
    const { entities, raw } = await page.getRawAndEntities<{ m_id: string; headline?: string }>();
    const byId = new Map(entities.map((m) => [m.id, m]));
    const headlines = new Map(raw.map((r) => [r.m_id, r.headline]));
    return {
      items: ids.map((id) => toMaterialModel(actor, byId.get(id)!, headlines.get(id))),
      ...count,
    };
  }

  /**
   * One statement for the page's ids and the count. The matches are taken most recent first, at most one past the
   * count cap (a bounded probe the indexes of the published projection serve): counted, and paged — by recency, or
   * for a search by relevance, title matches above body matches and words close together above words far apart
   * (`ts_rank_cd`, the title weighted A), recency breaking ties. Ranking costs microseconds per match and has no
   * top-k shortcut, so only the most recent matches up to the cap are ranked; past the cap, "1000+" is enough.
   */
  private async pageIds(
    qb: ReturnType<typeof readableMaterialIds>,
    shown: 'pr' | 'wr',
    query: string | null,
    args: MaterialsArgs,
  ): Promise<{ ids: string[]; total: number; totalIsCapped: boolean }> {
    const capped = qb
      .clone()
      .select('m.id', 'id')
      .addSelect(recencyColumn(shown), 'recency')
      .orderBy(recencyColumn(shown), 'DESC')
      .addOrderBy('m.id', 'DESC')
      // The library pages past the cap (by recency); a search ranks, and so pages, the first matches only.
      .limit(query ? MATERIAL_COUNT_CAP + 1 : Math.max(MATERIAL_COUNT_CAP + 1, args.offset + args.limit));
    // The query travels as a column, already folded to a constant by the planner, so ranking needs no parameter.
    if (query) capped.addSelect(`${shown}.search`, 'search').addSelect(query, 'query');
    const [sql, params] = capped.getQueryAndParameters();
    const page = query
      ? `SELECT c.id FROM (SELECT * FROM capped ORDER BY recency DESC, id DESC LIMIT ${MATERIAL_COUNT_CAP}) c
          ORDER BY ts_rank_cd(c.search, c.query) DESC, c.recency DESC, c.id DESC`
      : `SELECT c.id FROM capped c ORDER BY c.recency DESC, c.id DESC`;
    const rows: { total: number; id: string | null }[] = await this.dataSource.query(
      `WITH capped AS MATERIALIZED (${sql})
       SELECT total.n AS total, page.id FROM (SELECT count(*)::int AS n FROM capped) total
         LEFT JOIN LATERAL (${page} OFFSET $${params.length + 1} LIMIT $${params.length + 2}) page ON TRUE`,
      [...params, args.offset, args.limit],
    );
    const total = rows[0].total;
    return {
      ids: rows.flatMap((r) => (r.id ? [r.id] : [])),
      total: Math.min(total, MATERIAL_COUNT_CAP),
      totalIsCapped: total > MATERIAL_COUNT_CAP,
    };
  }

  async get(actor: Actor, id: string) {
    return toMaterialModel(actor, await this.load(actor, id));
  }

  async load(actor: Actor, id: string): Promise<MaterialEntity> {
    const material = await readableMaterials(this.dataSource.manager, actor).andWhere('m.id = :id', { id }).getOne();
    if (!material) throw notFound('Material');
    return material;
  }

  async create(actor: Actor, input: CreateMaterialInput) {
    if (!actor.ability.can('create', 'Material')) throw forbidden();
    const { doc, text } = parseBody(input.body);
    const kind = await this.dataSource.getRepository(MaterialKindEntity).findOneBy({ id: input.kindId });
    if (!kind) throw fieldError('input.kindId', 'notFound', 'unknown kind of material');
    assertCoverage(kind, input);
    await assertCampaignReadable(this.dataSource, actor, 'input.campaignId', input.campaignId);
    const id = await this.insert(actor, {
      material: {
        kindId: input.kindId,
        language: input.language,
        campaignId: input.campaignId ?? null,
        audiences: [...new Set(input.audiences)],
        channels: [...new Set(input.channels)],
        validUntil: input.validUntil ?? null,
        embargoUntil: input.embargoUntil ? new Date(input.embargoUntil) : null,
        ...coverage(input),
      },
      revision: { title: input.title.trim(), body: doc, bodyText: text },
    });
    return this.get(actor, id);
  }

  /** A translation is a material of its own (approved separately), linked to its source and its source revision. */
  async createTranslation(actor: Actor, sourceId: string, input: CreateTranslationInput) {
    if (!actor.ability.can('create', 'Material')) throw forbidden();
    const source = await this.load(actor, sourceId);
    if (source.sourceId) throw fieldError('sourceId', 'isTranslation', 'translate the source text, not a translation');
    if (source.language === input.language) {
      throw fieldError('input.language', 'sameLanguage', 'the translation must be in another language');
    }
    const { doc, text } = parseBody(input.body);
    const basis = source.publishedRevision ?? source.workingRevision!;
    try {
      const id = await this.insert(actor, {
        material: {
          kindId: source.kindId,
          language: input.language,
          sourceId: source.id,
          campaignId: source.campaignId,
          audiences: source.audiences,
          channels: source.channels,
          validUntil: source.validUntil,
          embargoUntil: source.embargoUntil,
        },
        revision: { title: input.title.trim(), body: doc, bodyText: text, sourceRevisionNumber: basis.number },
      });
      return this.get(actor, id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict('This material already has a translation in that language', { field: 'input.language' });
      }
      throw error;
    }
  }

  /** Campaign, audiences, channels, validity and embargo: kept on the material, not in revisions. */
  async updateDetails(actor: Actor, id: string, input: MaterialDetailsInput) {
    const material = await this.load(actor, id);
    if (!actor.ability.can('update', materialSubject(material))) throw forbidden();
    assertCoverage(material.kind!, input);
    const changes = dateChanges(material, input);
    assertMayChangeDates(actor, material, changes);
    await assertCampaignReadable(this.dataSource, actor, 'input.campaignId', input.campaignId);
    await this.updateMaterial(actor, 'material.details', material, input.version, changes, {
      campaignId: input.campaignId ?? null,
      audiences: [...new Set(input.audiences)],
      channels: [...new Set(input.channels)],
      validUntil: input.validUntil ?? null,
      embargoUntil: input.embargoUntil ? new Date(input.embargoUntil) : null,
      ...coverage(input),
    });
    return this.get(actor, id);
  }

  /** The approver sets or lifts the embargo, or changes the validity, of a material; recorded in its history. */
  async reschedule(actor: Actor, id: string, input: RescheduleMaterialInput) {
    const material = await this.load(actor, id);
    if (!actor.ability.can('reschedule', materialSubject(material))) throw forbidden();
    const changes = dateChanges(material, input);
    await this.updateMaterial(actor, 'material.reschedule', material, input.version, changes, {
      validUntil: input.validUntil ?? null,
      embargoUntil: input.embargoUntil ? new Date(input.embargoUntil) : null,
    });
    return this.get(actor, id);
  }

  private async updateMaterial(
    actor: Actor,
    action: 'material.details' | 'material.reschedule',
    material: MaterialEntity,
    version: number,
    changes: ReturnType<typeof dateChanges>,
    values:
      | (Pick<Partial<MaterialEntity>, 'campaignId' | 'audiences' | 'channels' | 'validUntil' | 'embargoUntil'> &
          ReturnType<typeof coverage>)
      | Pick<MaterialEntity, 'validUntil' | 'embargoUntil'>,
  ) {
    await this.dataSource.transaction(async (tx) => {
      const result = await tx
        .createQueryBuilder()
        .update(MaterialEntity)
        .set({ ...values, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: material.id, version })
        .execute();
      if (result.affected !== 1) {
        throw conflict('The material was changed by someone else', { currentVersion: material.version });
      }
      await recordDateChanges(tx, actor, material.id, changes);
      const summary = changedFields(material, { ...material, ...values } as MaterialEntity, MATERIAL_AUDITED_FIELDS);
      await this.audit.record(tx, {
        actor: actor.user,
        action,
        subjectType: 'Material',
        subjectId: material.id,
        summary,
      });
    });
  }

  /**
   * Saves the text. A draft is updated in place (optimistically); an approved or archived text is never changed:
   * editing it starts the next revision while readers keep the published one. Texts under review are frozen.
   * Saving a translation records that it now follows the source's latest published revision.
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
    const sourceRevisionNumber = material.sourceId
      ? await this.publishedNumber(material.sourceId)
      : working.sourceRevisionNumber;
    const changes = { title: input.title.trim(), body: doc, bodyText: text, sourceRevisionNumber };
    switch (working.state) {
      case 'draft': {
        await this.dataSource.transaction(async (tx) => {
          await touchItem(tx, id);
          const result = await tx
            .createQueryBuilder()
            .update(ContentRevisionEntity)
            .set({
              ...changes,
              // Whoever saves the text becomes one of its contributors, so cannot endorse it afterwards.
              contributorIds: () =>
                'CASE WHEN :actorId = ANY(contributor_ids) THEN contributor_ids ELSE array_append(contributor_ids, :actorId) END',
              version: () => 'version + 1',
            })
            .where('id = :id AND version = :version', { id: working.id, version: input.revisionVersion })
            .setParameter('actorId', actor.user.id)
            .execute();
          if (result.affected !== 1) throw stale();
          // The text has its own version (the revision's); the material's version counts its details only.
          await tx.update(MaterialEntity, { id }, { updatedAt: new Date() });
          await this.audit.record(tx, this.saveEntry(actor, id, working.number, 'material.save'));
        });
        break;
      }
      case 'approved':
      case 'archived':
        if (input.revisionVersion !== working.version) throw stale();
        try {
          await this.dataSource.transaction(async (tx) => {
            await touchItem(tx, id);
            const next = await tx.save(
              tx.create(ContentRevisionEntity, {
                itemId: id,
                number: working.number + 1,
                ...changes,
                authorId: actor.user.id,
                contributorIds: [actor.user.id],
              }),
            );
            await tx.update(MaterialEntity, { id }, { workingRevisionId: next.id });
            await this.audit.record(tx, this.saveEntry(actor, id, next.number, 'material.new_revision'));
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

  /** Which revision was saved; never its title or text. */
  private saveEntry(actor: Actor, id: string, revisionNumber: number, action: string) {
    return { actor: actor.user, action, subjectType: 'Material', subjectId: id, summary: { revisionNumber } };
  }

  private async publishedNumber(materialId: string): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `SELECT r.number FROM material m JOIN content_revision r ON r.id = m.published_revision_id WHERE m.id = $1`,
      [materialId],
    );
    return row?.number ?? null;
  }

  private insert(
    actor: Actor,
    values: { material: Partial<MaterialEntity>; revision: Partial<ContentRevisionEntity> },
  ): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const itemId = await createContentItem(tx, 'material', actor.user.id);
      const material = await tx.save(
        tx.create(MaterialEntity, { ...values.material, id: itemId, createdBy: actor.user.id }),
      );
      const revision = await tx.save(
        tx.create(ContentRevisionEntity, {
          ...values.revision,
          itemId: material.id,
          number: 1,
          authorId: actor.user.id,
          contributorIds: [actor.user.id],
        }),
      );
      await tx.update(MaterialEntity, { id: material.id }, { workingRevisionId: revision.id });
      await this.audit.record(tx, {
        actor: actor.user,
        action: material.sourceId ? 'material.translation.create' : 'material.create',
        subjectType: 'Material',
        subjectId: material.id,
        summary: pickFields(material, ['kindId', 'language', 'sourceId']),
      });
      return material.id;
    });
  }
}
