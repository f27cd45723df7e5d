import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DOCUMENT_VISIBILITIES,
  EXTRACTION_STATUSES,
  type DocumentVisibility,
  type ExtractionStatus,
  type Role,
} from '@portal/domain';
import { asEnum, RoleEnum } from '../../graphql/enums.js';
import { DiffPartModel, SnippetPartModel } from '../materials/material.model.js';

export const DocumentVisibilityEnum = asEnum(DOCUMENT_VISIBILITIES);
registerEnumType(DocumentVisibilityEnum, { name: 'DocumentVisibility' });
export const ExtractionStatusEnum = asEnum(EXTRACTION_STATUSES);
registerEnumType(ExtractionStatusEnum, { name: 'ExtractionStatus' });

@ObjectType('DocumentCategory')
export class DocumentCategoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  nameRu: string;

  @Field()
  nameKy: string;

  @Field()
  nameEn: string;

  @Field({ description: 'Legislation and official statements.' })
  official: boolean;

  @Field(() => Int)
  sortOrder: number;
}

@ObjectType('DocumentIssuer')
export class DocumentIssuerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('DocumentVersion')
export class DocumentVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  fileName: string;

  @Field()
  mediaType: string;

  @Field(() => Float)
  size: number;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdByName: string;

  @Field()
  createdAt: Date;

  @Field(() => ExtractionStatusEnum, { description: 'no_text: a scan without a text layer; it cannot be searched.' })
  extraction: ExtractionStatus;

  @Field(() => Int, { nullable: true, description: 'Pages of a PDF.' })
  pageCount: number | null;
}

@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => DocumentCategoryModel)
  category: DocumentCategoryModel;

  @Field(() => DocumentIssuerModel, { nullable: true })
  issuer: DocumentIssuerModel | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  documentDate: string | null;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => [String])
  languages: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => DocumentVisibilityEnum)
  visibility: DocumentVisibility;

  @Field(() => [RoleEnum])
  visibleRoles: Role[];

  @Field(() => Int, { description: 'The latest version, shown and searched by default (0 before the first).' })
  currentVersion: number;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => [DocumentVersionModel], { description: 'Every version, newest first (only on `document(id)`).' })
  versions: DocumentVersionModel[];

  @Field(() => [ID], { description: 'Materials it is linked to (only on `document(id)`).' })
  materialIds: string[];
}

@ObjectType('DocumentHit')
export class DocumentHitModel {
  @Field(() => DocumentModel)
  document: DocumentModel;

  @Field(() => [SnippetPartModel], { nullable: true, description: 'The matching passage of the current version.' })
  snippet: SnippetPartModel[] | null;

  @Field(() => Int, { nullable: true, description: 'The PDF page of the passage.' })
  page: number | null;
}

@ObjectType('DocumentList')
export class DocumentListModel {
  @Field(() => [DocumentHitModel])
  items: DocumentHitModel[];

  @Field(() => Int, { description: 'Number of matches, counted up to 1000.' })
  total: number;

  @Field({ description: 'More matches exist than `total` says.' })
  totalIsCapped: boolean;
}

@ObjectType('DocumentDiff')
export class DocumentDiffModel {
  @Field(() => [DiffPartModel])
  parts: DiffPartModel[];
}
