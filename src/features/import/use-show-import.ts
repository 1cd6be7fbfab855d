import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { userDataMutations } from '@/api/queries/user-data';
import { DEFAULT_FILTERS, useFilterActions } from '@/state/filters';
import type { CommitResult } from './protocol';

/**
 * Puts a stored import on screen: the backend is asked to serve it, then
 * every answer is refreshed and the view moves to the data's largest pair
 * and months. A refusal is kept as `error` for the dialog to show beside a
 * Retry (`show` again); the stored file stays, and nothing on screen moves.
 */
export function useShowImport(onShown: (result: CommitResult) => void) {
  const queryClient = useQueryClient();
  const { replaceFilters } = useFilterActions();
  const { mutate, error, isPending } = useMutation(
    userDataMutations.activate(),
  );
  const show = useCallback(
    (result: CommitResult) => {
      mutate(undefined, {
        onSuccess: () => {
          // The refresh starts first, so the catalogue check waits for the
          // new coverage instead of judging the new view by the old one.
          const refreshed = queryClient.invalidateQueries();
          replaceFilters(
            {
              ...DEFAULT_FILTERS,
              pair: result.pair,
              from: result.from,
              to: result.to,
            },
            { history: 'push' },
          );
          void refreshed.then(() => {
            onShown(result);
          });
        },
      });
    },
    [mutate, queryClient, replaceFilters, onShown],
  );
  return { show, error, pending: isPending };
}
