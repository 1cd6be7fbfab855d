import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

/** Automatic retries of a transient failure, after the first attempt. */
export const MAX_RETRIES = 2;

/**
 * Retries network trouble and 5xx, twice; 4xx, format and mismatch errors
 * fail at once (the same question gets the same answer). A timeout is
 * transient too, but it already took the whole deadline
 * (`REQUEST_DEADLINE_MS`): a second one would keep the analyst waiting
 * twice as long, so the panel offers Retry instead.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return (
    isApiError(error) &&
    error.retryable &&
    error.kind !== 'timeout' &&
    failureCount < MAX_RETRIES
  );
}

/** Backoff before retry n (0-based): 0.5 s, then 1.5 s, with a little jitter. */
export function retryDelay(failureCount: number): number {
  const base = failureCount === 0 ? 500 : 1500;
  return base + Math.round(Math.random() * 200);
}

/**
 * The app's query client. Tests pass `{ retry: false }` (and a long
 * `gcTime`) and keep every other default, so they see what the app does.
 */
export function createQueryClient(
  overrides: Partial<DefaultOptions['queries']> = {},
): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // A failed question is asked again by its Retry, not by every panel
        // that mounts later: the trend panel loads lazily after the KPIs,
        // which read the same monthly answer, and would otherwise ask a
        // 400 or a format error a second time (a 5xx three more times).
        retryOnMount: false,
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        ...overrides,
      },
    },
  });
}
