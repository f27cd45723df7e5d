import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { changedFields, pickFields } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { AppError, fieldError, forbidden, notFound } from '../../common/app-error.js';
import { createContentItem } from '../../content/content-items.js';
import { lockItem } from '../../content/content-workflow.js';
import { BlobStore } from '../../files/blob-store.js';
import { lockBlob, UploadsService } from '../../files/uploads.service.js';
import { EventsService } from '../../jobs/events.service.js';
import { updateVersioned } from '../../database/update-versioned.js';
import { offThread, RenderLimitError } from '../materials/export/render-pool.js';
import { MAX_PARAGRAPH_EDITS } from '../materials/export/revision-diff.js';
import { readableMaterialIds } from '../materials/material-query.js';
import { readableDocuments } from './document-access.js';
import { DocumentCategoryEntity } from './document-category.entity.js';
import { DocumentMaterialEntity } from './document-material.entity.js';
import { toCategoryModel, toDocumentModel, toVersionModel } from './document-mapper.js';
import { DocumentPageEntity } from './document-page.entity.js';
import { DocumentVersionEntity } from './document-version.entity.js';
import { DocumentEntity } from './document.entity.js';
import type {
  AddDocumentVersionInput,
  CreateDocumentInput,
  DocumentCategoryInput,
  DocumentDetailsInput,
  UpdateDocumentInput,
} from './dto/document.input.js';

/** Small fields of a document that its audit entries name; its words (title, description, number, tags) never. */
const AUDIT_FIELDS = ['categoryId', 'issuerId', 'documentDate', 'languages', 'visibility', 'visibleRoles'] as const;
const AUDIT_TEXT_FIELDS = ['title', 'description', 'number', 'tags'] as const;
const DIFF_TIMEOUT_MS = 20_000;

/**
 * The document repository: a document is a content item with a description and numbered versions of stored files.
 * Files arrive only through `UploadsService.take` in the transaction that records them; a document the actor may
 * not open is NOT_FOUND everywhere, exactly like one that does not exist.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    private readonly blobs: BlobStore,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async load(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentEntity> {
    const document = await readableDocuments(manager, actor).andWhere('d.id = :id', { id }).getOne();
    if (!document) throw notFound('Document');
    return document;
  }

  async get(actor: Actor, id: string) {
    const document = await this.load(actor, id);
    const [versions, links] = await Promise.all([
      this.dataSource.getRepository(DocumentVersionEntity).find({
        where: { documentId: id },
        relations: { creator: true },
        order: { number: 'DESC' },
      }),
      // Only materials the actor may read are named.
      readableMaterialIds(this.dataSource.manager, actor)
        .select('m.id', 'id')
        .andWhere('m.id IN (SELECT material_id FROM document_material WHERE document_id = :documentId)', {
          documentId: id,
        })
        .getRawMany<{ id: string }>(),
    ]);
    return toDocumentModel(document, { versions, materialIds: links.map((l) => l.id) });
  }

  /** One version of a readable document (the current one when `number` is omitted). */
  async loadVersion(actor: Actor, documentId: string, number?: number) {
    const document = await this.load(actor, documentId);
    const version = await this.dataSource
      .getRepository(DocumentVersionEntity)
      .findOneBy({ documentId, number: number ?? document.currentVersion });
    if (!version) throw notFound('Document version');
    return { document, version };
  }

  async create(actor: Actor, input: CreateDocumentInput) {
    const details = await this.checkDetails(input);
    const id = await this.dataSource.transaction(async (tx) => {
      const file = await this.uploads.take(tx, actor, input.uploadId);
      const itemId = await createContentItem(tx, 'document', actor.user.id);
      await tx.insert(DocumentEntity, { id: itemId, ...details, currentVersion: 1 });
      const version = await tx.save(
        tx.create(DocumentVersionEntity, {
          documentId: itemId,
          number: 1,
          uploadId: file.uploadId,
          sha256: file.sha256,
          size: file.size,
          mediaType: file.mediaType,
          fileName: file.fileName,
          label: input.label?.trim() || null,
          note: input.note?.trim() || null,
          createdBy: actor.user.id,
        }),
      );
      await this.versionAdded(tx, actor, itemId, version);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'document.create',
        subjectType: 'Document',
        subjectId: itemId,
        summary: pickFields(details, AUDIT_FIELDS),
      });
      return itemId;
    });
    return this.get(actor, id);
  }

  /**
   * A new version becomes the current one. Versions of one document are numbered under the content item's row lock,
   * so concurrent uploads are all kept, numbered in the order they commit.
   */
  async addVersion(actor: Actor, input: AddDocumentVersionInput) {
    await this.load(actor, input.documentId);
    if (!actor.ability.can('update', 'Document')) throw forbidden();
    const version = await this.dataSource.transaction(async (tx) => {
      await lockItem(tx, input.documentId);
      const file = await this.uploads.take(tx, actor, input.uploadId);
      const [{ next }] = (await tx.query(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM document_version WHERE document_id = $1',
        [input.documentId],
      )) as { next: number }[];
      const saved = await tx.save(
        tx.create(DocumentVersionEntity, {
          documentId: input.documentId,
          number: next,
          uploadId: file.uploadId,
          sha256: file.sha256,
          size: file.size,
          mediaType: file.mediaType,
          fileName: file.fileName,
          label: input.label?.trim() || null,
          note: input.note?.trim() || null,
          createdBy: actor.user.id,
        }),
      );
      await tx.update(DocumentEntity, { id: input.documentId }, { currentVersion: next });
      await this.versionAdded(tx, actor, input.documentId, saved);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'document.add_version',
        subjectType: 'Document',
        subjectId: input.documentId,
        summary: { number: next, mediaType: file.mediaType, size: file.size },
      });
      return saved;
    });
    return toVersionModel({ ...version, creator: actor.user });
  }

  async update(actor: Actor, id: string, input: UpdateDocumentInput) {
    const before = await this.load(actor, id);
    if (!actor.ability.can('update', 'Document')) throw forbidden();
    const details = await this.checkDetails(input);
    await this.dataSource.transaction(async (tx) => {
      const after = await updateVersioned(tx.getRepository(DocumentEntity), 'Document', id, input.version, details);
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'document.update',
        subjectType: 'Document',
        subjectId: id,
        summary: changedFields(before, after, AUDIT_FIELDS, AUDIT_TEXT_FIELDS),
      });
    });
    return this.get(actor, id);
  }

  /** Documents are archived, not deleted: they leave the lists and stay readable, marked. */
  async setArchived(actor: Actor, id: string, archived: boolean) {
    const document = await this.load(actor, id);
    if (!actor.ability.can('archive', 'Document')) throw forbidden();
    if (!!document.archivedAt !== archived) {
      await this.dataSource.transaction(async (tx) => {
        await tx.update(DocumentEntity, { id }, { archivedAt: archived ? new Date() : null });
        await this.audit.record(tx, {
          actor: actor.user,
          action: archived ? 'document.archive' : 'document.restore',
          subjectType: 'Document',
          subjectId: id,
        });
      });
    }
    return this.get(actor, id);
  }

  /**
   * Admins only: removes an archived document, its versions, pages, links and discussion; then each of its blobs
   * whose bytes nothing else references (another version, any upload) under the blob's lock, the one the upload
   * path and the orphan sweep take too.
   */
  async purge(actor: Actor, id: string): Promise<boolean> {
    const document = await this.load(actor, id);
    if (!actor.ability.can('manage', 'Document')) throw forbidden();
    if (!document.archivedAt) throw fieldError('id', 'notArchived', 'archive the document before purging it');
    await this.dataSource.transaction(async (tx) => {
      await lockItem(tx, id);
      const versions = await tx.findBy(DocumentVersionEntity, { documentId: id });
      await tx.delete(DocumentEntity, { id });
      await tx.query('DELETE FROM content_comment WHERE item_id = $1', [id]);
      await tx.query('DELETE FROM content_item WHERE id = $1', [id]);
      const uploadIds = versions.map((v) => v.uploadId);
      if (uploadIds.length) {
        await tx.query(`DELETE FROM file_upload WHERE id = ANY($1::uuid[]) AND status = 'taken'`, [uploadIds]);
      }
      for (const sha256 of [...new Set(versions.map((v) => v.sha256))].sort()) {
        await lockBlob(tx, sha256);
        const [{ used }] = (await tx.query(
          `SELECT EXISTS (SELECT 1 FROM document_version WHERE sha256 = $1)
               OR EXISTS (SELECT 1 FROM file_upload WHERE sha256 = $1) AS used`,
          [sha256],
        )) as { used: boolean }[];
        if (used) continue;
        await tx.query('DELETE FROM file_blob WHERE sha256 = $1', [sha256]);
        await this.blobs.remove(sha256);
      }
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'document.purge',
        subjectType: 'Document',
        subjectId: id,
        summary: { versions: versions.length },
      });
    });
    return true;
  }

  /** Word differences between the extracted texts of two versions (the materials' bounded diff, off the loop). */
  async diff(actor: Actor, id: string, fromNumber: number, toNumber: number) {
    await this.load(actor, id);
    const [from, to] = await Promise.all([this.versionText(id, fromNumber), this.versionText(id, toNumber)]);
    if (from === null) throw fieldError('fromNumber', 'notFound', `there is no version ${fromNumber}`);
    if (to === null) throw fieldError('toNumber', 'notFound', `there is no version ${toNumber}`);
    try {
      const result = await offThread(
        { kind: 'diff', title: ['', ''], body: [from, to], deadline: Date.now() + DIFF_TIMEOUT_MS },
        DIFF_TIMEOUT_MS + 2_000,
      );
      return { parts: result.body };
    } catch (error) {
      if (!(error instanceof RenderLimitError)) throw error;
      throw new AppError('DIFF_TOO_LARGE', 'The versions differ too much to compare word by word', {
        maxParagraphEdits: MAX_PARAGRAPH_EDITS,
      });
    }
  }

  private async versionText(documentId: string, number: number): Promise<string | null> {
    const version = await this.dataSource.getRepository(DocumentVersionEntity).findOneBy({ documentId, number });
    if (!version) return null;
    const pages = await this.dataSource
      .getRepository(DocumentPageEntity)
      .find({ where: { versionId: version.id }, order: { page: 'ASC' } });
    return pages.map((p) => p.text).join('\n\n');
  }

  /** The documents linked to a material the actor may read (a material page lists them). */
  async forMaterial(actor: Actor, materialId: string) {
    await this.assertMaterialReadable(actor, materialId);
    const documents = await readableDocuments(this.dataSource.manager, actor)
      .innerJoin(DocumentMaterialEntity, 'dm', 'dm.document_id = d.id AND dm.material_id = :materialId', {
        materialId,
      })
      .orderBy('d.document_date', 'DESC', 'NULLS LAST')
      .addOrderBy('d.title', 'ASC')
      .getMany();
    return documents.map((d) => toDocumentModel(d));
  }

  async setMaterialLink(actor: Actor, documentId: string, materialId: string, linked: boolean) {
    await this.load(actor, documentId);
    if (!actor.ability.can('update', 'Document')) throw forbidden();
    await this.assertMaterialReadable(actor, materialId, 'materialId');
    await this.dataSource.transaction(async (tx) => {
      if (linked) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(DocumentMaterialEntity)
          .values({ documentId, materialId })
          .orIgnore()
          .execute();
      } else {
        await tx.delete(DocumentMaterialEntity, { documentId, materialId });
      }
      await this.audit.record(tx, {
        actor: actor.user,
        action: linked ? 'document.link_material' : 'document.unlink_material',
        subjectType: 'Document',
        subjectId: documentId,
        summary: { materialId },
      });
    });
    return this.get(actor, documentId);
  }

  async categories() {
    const rows = await this.dataSource
      .getRepository(DocumentCategoryEntity)
      .find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(toCategoryModel);
  }

  /** Adds a category, or renames the one with this code. */
  async saveCategory(actor: Actor, input: DocumentCategoryInput) {
    if (!actor.ability.can('manage', 'DocumentCategory')) throw forbidden();
    const names = { ru: input.nameRu.trim(), ky: input.nameKy.trim(), en: input.nameEn.trim() };
    const saved = await this.dataSource.transaction(async (tx) => {
      await tx
        .createQueryBuilder()
        .insert()
        .into(DocumentCategoryEntity)
        .values({ code: input.code, names, official: input.official, sortOrder: input.sortOrder })
        .orUpdate(['names', 'official', 'sort_order'], ['code'])
        .execute();
      const category = await tx.findOneByOrFail(DocumentCategoryEntity, { code: input.code });
      await this.audit.record(tx, {
        actor: actor.user,
        action: 'document_category.save',
        subjectType: 'DocumentCategory',
        subjectId: category.id,
        summary: { code: input.code, official: input.official },
      });
      return category;
    });
    return toCategoryModel(saved);
  }

  private async assertMaterialReadable(actor: Actor, materialId: string, field?: string) {
    const exists = await readableMaterialIds(this.dataSource.manager, actor)
      .andWhere('m.id = :materialId', { materialId })
      .getExists();
    if (!exists) throw field ? fieldError(field, 'notFound', 'no such material') : notFound('Material');
  }

  private async versionAdded(tx: EntityManager, actor: Actor, documentId: string, version: DocumentVersionEntity) {
    await this.events.record(tx, {
      type: 'document.version-added',
      subjectType: 'Document',
      subjectId: documentId,
      actorId: actor.user.id,
      payload: { versionId: version.id, number: version.number },
    });
  }

  /** The details as stored: the category and issuer must exist, named roles only with `roles` visibility. */
  private async checkDetails(input: DocumentDetailsInput) {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(DocumentCategoryEntity, { id: input.categoryId }))) {
      throw fieldError('input.categoryId', 'notFound', 'no such category');
    }
    if (input.issuerId) {
      const [row] = (await manager.query('SELECT 1 FROM organization WHERE id = $1', [input.issuerId])) as unknown[];
      if (!row) throw fieldError('input.issuerId', 'notFound', 'no such organization');
    }
    if (input.visibility === 'roles' && !input.visibleRoles.length) {
      throw fieldError('input.visibleRoles', 'required', 'name the roles that may open the document');
    }
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      categoryId: input.categoryId,
      issuerId: input.issuerId ?? null,
      documentDate: input.documentDate ?? null,
      number: input.number?.trim() || null,
      languages: [...new Set(input.languages)],
      tags: [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))],
      visibility: input.visibility,
      visibleRoles: input.visibility === 'roles' ? [...new Set(input.visibleRoles)] : [],
    };
  }
}
