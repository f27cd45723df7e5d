/** Query keys of the campaigns feature; every save invalidates `all` (the materials' campaign pickers live under it). */
export const campaignKeys = {
  all: ['campaigns'] as const,
  list: () => [...campaignKeys.all, 'list'] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
};
