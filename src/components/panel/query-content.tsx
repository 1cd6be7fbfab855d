import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../error-state';
import { FetchingIndicator } from '../fetching-indicator';
import { LoadStatus } from '../load-status';
import './query-content.css';

type Props<T> = {
  query: UseQueryResult<T>;
  /** Shown until the first answer; as tall as the body it stands for. */
  skeleton: ReactNode;
  /** True when the answer has nothing to draw; `empty` is shown instead. */
  isEmpty?: (data: T) => boolean;
  empty?: string;
  children: (data: T) => ReactNode;
};

/**
 * The ladder every panel body climbs: a skeleton until the first answer, the
 * error with a retry, the empty state, then the body; while a filter change
 * loads, the previous answer stays with a progress bar over it. Offline or
 * slow, a badge says so (LoadStatus).
 */
export function QueryContent<T>({
  query,
  skeleton,
  isEmpty,
  empty,
  children,
}: Props<T>) {
  const status = (
    <LoadStatus
      fetching={query.isFetching}
      paused={query.fetchStatus === 'paused'}
      hasFigures={query.data !== undefined}
    />
  );
  if (query.isPending)
    return (
      <>
        {status}
        {skeleton}
      </>
    );
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (isEmpty?.(query.data)) return <p className="empty-state">{empty}</p>;
  return (
    <>
      {status}
      <FetchingIndicator active={query.isPlaceholderData} />
      {children(query.data)}
    </>
  );
}
