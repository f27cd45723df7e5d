import type { DocumentCategoryEntity } from './document-category.entity.js';
import type { DocumentVersionEntity } from './document-version.entity.js';
import type { DocumentEntity } from './document.entity.js';
import type { DocumentCategoryModel, DocumentModel, DocumentVersionModel } from './document.model.js';

export const toCategoryModel = (c: DocumentCategoryEntity): DocumentCategoryModel => ({
  id: c.id,
  code: c.code,
  nameRu: c.names.ru,
  nameKy: c.names.ky,
  nameEn: c.names.en,
  official: c.official,
  sortOrder: c.sortOrder,
});

export const toVersionModel = (v: DocumentVersionEntity): DocumentVersionModel => ({
  id: v.id,
  number: v.number,
  fileName: v.fileName,
  mediaType: v.mediaType,
  size: v.size,
  label: v.label,
  note: v.note,
  createdByName: v.creator?.displayName ?? '',
  createdAt: v.createdAt,
  extraction: v.extraction,
  pageCount: v.pageCount,
});

export function toDocumentModel(
  d: DocumentEntity,
  extra: { versions?: DocumentVersionEntity[]; materialIds?: string[] } = {},
): DocumentModel {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    category: toCategoryModel(d.category!),
    issuer: d.issuer ? { id: d.issuer.id, name: d.issuer.name } : null,
    documentDate: d.documentDate,
    number: d.number,
    languages: d.languages,
    tags: d.tags,
    visibility: d.visibility,
    visibleRoles: d.visibleRoles,
    currentVersion: d.currentVersion,
    archivedAt: d.archivedAt,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    versions: (extra.versions ?? []).map(toVersionModel),
    materialIds: extra.materialIds ?? [],
  };
}
