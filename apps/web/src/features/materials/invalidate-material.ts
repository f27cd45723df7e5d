import type { QueryClient } from '@tanstack/react-query';
import { materialKeys } from './materials.keys';

/**
 * After a save or a workflow step the material itself comes back from the mutation; everything kept under its
 * key (history, revisions, diffs, comments) and every list is stale, so they are refetched rather than waiting
 * for their stale time.
 */
export function invalidateAfterChange(client: QueryClient, id: string): Promise<unknown> {
  const detail = materialKeys.detail(id);
  return Promise.all([
    client.invalidateQueries({ queryKey: detail, predicate: (query) => query.queryKey.length > detail.length }),
    client.invalidateQueries({ queryKey: materialKeys.lists() }),
  ]);
}
