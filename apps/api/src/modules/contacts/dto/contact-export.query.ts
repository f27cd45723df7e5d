import { CONTACT_CATEGORIES, CONTACT_KINDS, CONTACT_STATUSES, ORGANIZATION_TYPES, REGIONS } from '@portal/domain';
import type { ContactCategory, ContactKind, ContactStatus, OrganizationType, Region } from '@portal/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The list filter as query-string parameters of the CSV export; `categories` may repeat or be comma-separated. */
export class ContactExportQuery {
  @IsOptional()
  @IsIn(CONTACT_KINDS)
  kind?: ContactKind;

  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')))
  @ArrayMaxSize(CONTACT_CATEGORIES.length)
  @IsIn(CONTACT_CATEGORIES, { each: true })
  categories?: ContactCategory[];

  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  organizationType?: OrganizationType;

  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  national?: boolean;

  @IsOptional()
  @IsIn(CONTACT_STATUSES)
  status?: ContactStatus;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
