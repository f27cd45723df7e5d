import { registerEnumType } from '@nestjs/graphql';
import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  CONTACT_SORTS,
  CONTACT_STATUSES,
  LANGUAGES,
  ORGANIZATION_TYPES,
  REGIONS,
  ROLES,
} from '@portal/domain';
import { USER_STATUSES } from '../modules/users/user.entity.js';

/** GraphQL enums straight from the domain lists, so values are the same strings everywhere. */
export function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = asEnum(ROLES);
export const LanguageEnum = asEnum(LANGUAGES);
export const RegionEnum = asEnum(REGIONS);
export const OrganizationTypeEnum = asEnum(ORGANIZATION_TYPES);
export const ContactKindEnum = asEnum(CONTACT_KINDS);
export const ContactCategoryEnum = asEnum(CONTACT_CATEGORIES);
export const ContactStatusEnum = asEnum(CONTACT_STATUSES);
export const ContactSortEnum = asEnum(CONTACT_SORTS);
export const UserStatusEnum = asEnum(USER_STATUSES);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(LanguageEnum, { name: 'Language' });
registerEnumType(RegionEnum, { name: 'Region' });
registerEnumType(OrganizationTypeEnum, { name: 'OrganizationType' });
registerEnumType(ContactKindEnum, { name: 'ContactKind' });
registerEnumType(ContactCategoryEnum, { name: 'ContactCategory' });
registerEnumType(ContactStatusEnum, { name: 'ContactStatus' });
registerEnumType(ContactSortEnum, { name: 'ContactSort' });
registerEnumType(UserStatusEnum, { name: 'UserStatus' });
