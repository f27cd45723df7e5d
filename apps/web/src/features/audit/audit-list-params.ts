import type { AuditFilterInput } from '../../gql/graphql';

export const PAGE_SIZE = 50;

/** The kinds of record the log names, as the API writes them. */
export const SUBJECT_TYPES = ['Contact', 'Organization', 'User', 'Material', 'MaterialKind', 'Comment', 'Job'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Families of actions the filter offers; the API matches a family by prefix (`contact` → `contact.*`). */
export const ACTION_GROUPS = [
  'auth',
  'user',
  'contact',
  'organization',
  'material',
  'material_kind',
  'comment',
  'job',
] as const;

/** The page's filters as kept in the URL, so a filtered log can be bookmarked or sent to a colleague. */
export interface AuditListParams {
  actorId: string | null;
  subjectType: SubjectType | null;
  subjectId: string | null;
  action: string | null;
  /** Days as YYYY-MM-DD, both inclusive, in the browser's time zone. */
  from: string | null;
  to: string | null;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z_.]{1,80}$/;

const matching = (pattern: RegExp, value: string | null) => (value !== null && pattern.test(value) ? value : null);

/** Unknown or malformed values are dropped rather than sent to the API. */
export function parseAuditParams(search: URLSearchParams): AuditListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const subjectType = search.get('subjectType');
  return {
    actorId: matching(UUID, search.get('actor')),
    subjectType: (SUBJECT_TYPES as readonly string[]).includes(subjectType ?? '') ? (subjectType as SubjectType) : null,
    subjectId: matching(UUID, search.get('subject')),
    action: matching(ACTION, search.get('action')),
    from: matching(DAY, search.get('from')),
    to: matching(DAY, search.get('to')),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(params: AuditListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.actorId) out.set('actor', params.actorId);
  if (params.subjectType) out.set('subjectType', params.subjectType);
  if (params.subjectId) out.set('subject', params.subjectId);
  if (params.action) out.set('action', params.action);
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

/** Start of a local day as an instant; `to` is the start of the day after, so the whole day is included. */
const dayStart = (day: string, plusDays = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
};

export function toFilterInput(params: AuditListParams): AuditFilterInput {
  return {
    ...(params.actorId ? { actorId: params.actorId } : {}),
    ...(params.subjectType ? { subjectType: params.subjectType } : {}),
    ...(params.subjectId ? { subjectId: params.subjectId } : {}),
    ...(params.action ? { action: params.action } : {}),
    ...(params.from ? { from: dayStart(params.from) } : {}),
    ...(params.to ? { to: dayStart(params.to, 1) } : {}),
  };
}

/** The CSV export takes the same filter as query-string parameters. */
export function auditExportUrl(params: AuditListParams): string {
  const q = new URLSearchParams(Object.entries(toFilterInput(params)) as [string, string][]);
  const query = q.toString();
  return `/api/audit/export.csv${query ? `?${query}` : ''}`;
}
