import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  CONTACT_SORTS,
  CONTACT_STATUSES,
  ORGANIZATION_TYPES,
  REGIONS,
  type ContactCategory,
  type ContactKind,
  type ContactSort,
  type ContactStatus,
  type OrganizationType,
  type Region,
} from '@portal/domain';
import type { ContactFilterInput } from '../../gql/graphql';

export const PAGE_SIZE = 25;

/** Everything the list shows, as kept in the URL query string (so a filtered list can be bookmarked or shared). */
export interface ContactListParams {
  categories: ContactCategory[];
  organizationType: OrganizationType | null;
  /** One organization's contacts (the link from the organizations directory). */
  organizationId: string | null;
  region: Region | null;
  /** Only entries with no region: national hotlines and bodies. Excludes a region, so setting one clears the other. */
  national: boolean;
  kind: ContactKind | null;
  status: ContactStatus | null;
  search: string;
  sort: ContactSort;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: string | null) => (value !== null && UUID.test(value) ? value : null);

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Unknown or malformed values are dropped rather than sent to the API. */
export function parseListParams(search: URLSearchParams): ContactListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    categories: search
      .getAll('category')
      .map((c) => oneOf(CONTACT_CATEGORIES, c))
      .filter((c): c is ContactCategory => c !== null),
    organizationType: oneOf(ORGANIZATION_TYPES, search.get('orgType')),
    organizationId: uuidOrNull(search.get('org')),
    region: search.get('national') === '1' ? null : oneOf(REGIONS, search.get('region')),
    national: search.get('national') === '1',
    kind: oneOf(CONTACT_KINDS, search.get('kind')),
    status: oneOf(CONTACT_STATUSES, search.get('status')),
    search: (search.get('q') ?? '').trim(),
    sort: oneOf(CONTACT_SORTS, search.get('sort')) ?? 'name',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(params: ContactListParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const c of params.categories) out.append('category', c);
  if (params.organizationType) out.set('orgType', params.organizationType);
  if (params.organizationId) out.set('org', params.organizationId);
  if (params.region) out.set('region', params.region);
  if (params.national) out.set('national', '1');
  if (params.kind) out.set('kind', params.kind);
  if (params.status) out.set('status', params.status);
  if (params.search) out.set('q', params.search);
  if (params.sort !== 'name') out.set('sort', params.sort);
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

export function toFilterInput(params: ContactListParams): ContactFilterInput {
  return {
    ...(params.categories.length ? { categories: params.categories } : {}),
    ...(params.organizationType ? { organizationType: params.organizationType } : {}),
    ...(params.organizationId ? { organizationId: params.organizationId } : {}),
    ...(params.region ? { region: params.region } : {}),
    ...(params.national ? { national: true } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.search ? { search: params.search } : {}),
  };
}

/** CSV for tools, XLSX for spreadsheets, vCard for phones and address books. */
export type ExportFormat = 'csv' | 'xlsx' | 'vcf';

/** The REST exports take the same filter, with categories comma-separated. */
export function exportUrl(params: ContactListParams, format: ExportFormat = 'csv'): string {
  const q = new URLSearchParams();
  if (params.kind) q.set('kind', params.kind);
  if (params.categories.length) q.set('categories', params.categories.join(','));
  if (params.organizationType) q.set('organizationType', params.organizationType);
  if (params.organizationId) q.set('organizationId', params.organizationId);
  if (params.region) q.set('region', params.region);
  if (params.national) q.set('national', 'true');
  if (params.status) q.set('status', params.status);
  if (params.search) q.set('search', params.search);
  const query = q.toString();
  return `/api/contacts/export.${format}${query ? `?${query}` : ''}`;
}

export const vcardUrl = (id: string) => `/api/contacts/${encodeURIComponent(id)}/vcard`;
