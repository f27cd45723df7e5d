import { LANGUAGES, PUBLISHED_STATES, REVISION_STATES, type Language, type RevisionState } from '@portal/domain';
import type { MaterialFilterInput, MaterialView } from '../../gql/graphql';
import { AUDIENCES, type Audience } from './material-options';

export const PAGE_SIZE = 25;

/** The library's filters as kept in the URL, so a filtered list can be bookmarked or sent to a colleague. */
export interface MaterialListParams {
  kindIds: string[];
  states: RevisionState[];
  language: Language | null;
  /** A campaign's id. */
  campaignId: string;
  audience: Audience | null;
  search: string;
  view: MaterialView;
  /** Only work waiting for the signed-in user's decision (not their own texts). */
  awaitingMine: boolean;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** States that make sense in a view: the library holds only agreed and approved texts. */
export const statesOfView = (view: MaterialView): readonly RevisionState[] =>
  view === 'published' ? PUBLISHED_STATES : REVISION_STATES;

/**
 * Unknown values are dropped. Users who cannot see unpublished work always get the published view without a
 * state filter, whatever the URL says (the API would refuse to show them more anyway).
 */
export function parseListParams(search: URLSearchParams, seesWork: boolean): MaterialListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const view: MaterialView = seesWork && search.get('view') === 'working' ? 'working' : 'published';
  return {
    kindIds: search.getAll('kind').filter((k) => /^[\w-]{1,64}$/.test(k)),
    states: seesWork
      ? search
          .getAll('state')
          .map((s) => oneOf(statesOfView(view), s))
          .filter((s): s is RevisionState => s !== null)
      : [],
    language: oneOf(LANGUAGES, search.get('lang')),
    campaignId: /^[0-9a-f-]{36}$/i.test(search.get('campaign') ?? '') ? search.get('campaign')! : '',
    audience: oneOf(AUDIENCES, search.get('audience')),
    search: (search.get('q') ?? '').trim(),
    view,
    awaitingMine: view === 'working' && search.get('awaiting') === 'me',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(params: MaterialListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.view !== 'published') out.set('view', params.view);
  if (params.view === 'working' && params.awaitingMine) out.set('awaiting', 'me');
  for (const k of params.kindIds) out.append('kind', k);
  for (const s of params.states) out.append('state', s);
  if (params.language) out.set('lang', params.language);
  if (params.campaignId) out.set('campaign', params.campaignId);
  if (params.audience) out.set('audience', params.audience);
  if (params.search) out.set('q', params.search);
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

export function toFilterInput(params: MaterialListParams): MaterialFilterInput {
  return {
    ...(params.kindIds.length ? { kindIds: params.kindIds } : {}),
    ...(params.states.length ? { states: params.states } : {}),
    ...(params.language ? { language: params.language } : {}),
    ...(params.campaignId ? { campaignId: params.campaignId } : {}),
    ...(params.audience ? { audience: params.audience } : {}),
    ...(params.search ? { search: params.search } : {}),
    ...(params.view === 'working' && params.awaitingMine ? { awaitingMyDecision: true } : {}),
  };
}

/** The approver's "waiting for my decision" view: work they may decide on, nothing else narrowed. */
export const isWaitingView = (params: MaterialListParams): boolean =>
  params.view === 'working' &&
  params.awaitingMine &&
  params.states.length === 0 &&
  params.kindIds.length === 0 &&
  !params.language &&
  !params.campaignId &&
  !params.audience &&
  !params.search;
