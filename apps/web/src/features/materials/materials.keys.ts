import type { MaterialListParams } from './material-list-params';

/** Query keys of the materials feature; workflow steps and saves invalidate `all`. */
export const materialKeys = {
  all: ['materials'] as const,
  lists: () => [...materialKeys.all, 'list'] as const,
  /** Under `lists`, so every step that refreshes the lists refreshes the count too. */
  waitingCount: () => [...materialKeys.lists(), 'waiting'] as const,
  list: (params: MaterialListParams) => [...materialKeys.lists(), params] as const,
  details: () => [...materialKeys.all, 'detail'] as const,
  detail: (id: string) => [...materialKeys.details(), id] as const,
  history: (id: string) => [...materialKeys.detail(id), 'history'] as const,
  /** Published texts offered as the replacement of `excludeId` in the withdraw dialog. */
  replacements: (excludeId: string, search: string) =>
    [...materialKeys.all, 'replacements', excludeId, search] as const,
  kinds: ['materialKinds'] as const,
  /** Under the campaigns feature's root key, so saving a campaign refreshes the pickers. */
  campaignOptions: ['campaigns', 'options'] as const,
};
