import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

/** Retries network trouble and 5xx twice; 4xx and shape errors fail at once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.retryable && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
