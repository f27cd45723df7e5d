import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DOCUMENT_VISIBILITIES, LANGUAGES, ROLES, type DocumentVisibility, type Role } from '@portal/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { HasVisibleText } from '../../../common/has-visible-text.js';
import { asEnum, RoleEnum } from '../../../graphql/enums.js';
import { PageArgs } from '../../../graphql/pagination.args.js';
import { DocumentVisibilityEnum } from '../document.model.js';

@InputType()
export class DocumentDetailsInput {
  @Field()
  @IsString()
  @Length(2, 300)
  @HasVisibleText()
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string = '';

  @Field(() => ID)
  @IsUUID()
  categoryId: string;

  @Field(() => ID, { nullable: true, description: 'The issuing body (an organization).' })
  @IsOptional()
  @IsUUID()
  issuerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true })
  documentDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Number of a law or decree.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  number?: string | null;

  @Field(() => [String], { defaultValue: [], description: `Among: ${LANGUAGES.join(', ')}.` })
  @ArrayMaxSize(LANGUAGES.length)
  @IsIn(LANGUAGES, { each: true })
  languages: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags: string[] = [];

  @Field(() => DocumentVisibilityEnum, { defaultValue: 'signed_in' })
  @IsIn(DOCUMENT_VISIBILITIES)
  visibility: DocumentVisibility = 'signed_in';

  @Field(() => [RoleEnum], { defaultValue: [], description: 'For visibility `roles`: who may open it.' })
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  visibleRoles: Role[] = [];
}

@InputType()
export class CreateDocumentInput extends DocumentDetailsInput {
  @Field(() => ID, { description: 'A complete upload of the caller: its file becomes version 1.' })
  @IsUUID()
  uploadId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  label?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class UpdateDocumentInput extends DocumentDetailsInput {
  @Field(() => Int, { description: 'The version read; a newer one is a conflict.' })
  @IsInt()
  version: number;
}

@InputType()
export class AddDocumentVersionInput {
  @Field(() => ID)
  @IsUUID()
  documentId: string;

  @Field(() => ID)
  @IsUUID()
  uploadId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  label?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export const DOCUMENT_SORTS = ['relevance', 'newest', 'document_date', 'title'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export const DocumentSortEnum = asEnum(DOCUMENT_SORTS);
registerEnumType(DocumentSortEnum, { name: 'DocumentSort' });

@InputType()
export class DocumentFilterInput {
  @Field(() => String, { nullable: true, description: 'Words inside the files, the title, number or tags.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  categoryIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  issuerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Document date from (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateString({ strict: true })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Document date to (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateString({ strict: true })
  dateTo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tag?: string | null;

  @Field({ defaultValue: false, description: 'Archived documents instead of current ones.' })
  @IsBoolean()
  archived: boolean = false;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentFilterInput)
  filter?: DocumentFilterInput | null;

  @Field(() => DocumentSortEnum, { defaultValue: 'relevance', description: 'Relevance applies when searching.' })
  @IsIn(DOCUMENT_SORTS)
  sort: DocumentSort = 'relevance';
}

@InputType()
export class DocumentCategoryInput {
  @Field({ description: 'Stable identifier, e.g. decrees.' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/)
  code: string;

  @Field()
  @IsString()
  @Length(2, 80)
  @HasVisibleText()
  nameRu: string;

  @Field()
  @IsString()
  @Length(2, 80)
  @HasVisibleText()
  nameKy: string;

  @Field()
  @IsString()
  @Length(2, 80)
  @HasVisibleText()
  nameEn: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  official: boolean = false;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  sortOrder: number = 100;
}
