import { QueryClient } from '@tanstack/react-query';
import { reviewKeys } from '../material-review/material-review.keys';
import { invalidateAfterChange } from './invalidate-material';
import { parseListParams } from './material-list-params';
import { materialKeys } from './materials.keys';

describe('invalidateAfterChange', () => {
  it('marks revisions, diffs, comments, history and lists stale, but not the material just returned', async () => {
    const client = new QueryClient();
    const id = 'm1';
    const keys = {
      detail: materialKeys.detail(id),
      history: materialKeys.history(id),
      revisions: reviewKeys.revisions(id),
      diff: reviewKeys.diff(id, 1, 2),
      comments: reviewKeys.comments(id),
      list: materialKeys.list(parseListParams(new URLSearchParams(), true)),
      waiting: materialKeys.waitingCount(),
      other: reviewKeys.revisions('m2'),
    };
    for (const key of Object.values(keys)) client.setQueryData(key, {});
    await invalidateAfterChange(client, id);
    const stale = Object.fromEntries(
      Object.entries(keys).map(([name, key]) => [name, client.getQueryState(key)?.isInvalidated]),
    );
    expect(stale).toEqual({
      detail: false,
      history: true,
      revisions: true,
      diff: true,
      comments: true,
      list: true,
      waiting: true,
      other: false,
    });
  });
});
