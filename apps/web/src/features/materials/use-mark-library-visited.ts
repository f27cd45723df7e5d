import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { execute } from '../../app/graphql-client';
import { MarkLibraryVisitedMutation } from './materials.documents';
import { materialKeys } from './materials.keys';

/**
 * "New since your last visit" stays visible while the user is in the library; the visit is recorded when they
 * leave it (another page, or closing the tab), so the next visit marks only what changed after this one.
 */
export function useMarkLibraryVisited(shown: boolean) {
  const client = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: async () => (await execute(MarkLibraryVisitedMutation)).markLibraryVisited,
    onSuccess: () => client.invalidateQueries({ queryKey: materialKeys.lists(), refetchType: 'none' }),
  });
  const wasShown = useRef(false);
  useEffect(() => {
    if (shown) wasShown.current = true;
  }, [shown]);
  useEffect(() => {
    const leave = () => {
      if (wasShown.current) mutate();
      wasShown.current = false;
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [mutate]);
}
