/** Status of one item of a campaign's plan (strategy §IV): open until done, or dropped on purpose. */
export const CAMPAIGN_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type CampaignItemStatus = (typeof CAMPAIGN_ITEM_STATUSES)[number];

export interface PlanProgress {
  done: number;
  /** Dropped items do not count: they were taken out of the plan on purpose. */
  total: number;
  overdue: number;
}

/** An open item past its due date (a `YYYY-MM-DD` day, compared with today's day in the same calendar). */
export const isOverdue = (item: { status: CampaignItemStatus; dueOn: string | null }, today: string): boolean =>
  item.status === 'open' && !!item.dueOn && item.dueOn < today;

export function planProgress(
  items: readonly { status: CampaignItemStatus; dueOn: string | null }[],
  today: string,
): PlanProgress {
  const counted = items.filter((i) => i.status !== 'dropped');
  return {
    done: counted.filter((i) => i.status === 'done').length,
    total: counted.length,
    overdue: items.filter((i) => isOverdue(i, today)).length,
  };
}
