import { queryOptions } from '@tanstack/react-query';
import { getRegions } from '../endpoints/get-regions';

export const regionKeys = {
  all: ['regions'] as const,
};

export function regionsQuery() {
  return queryOptions({
    queryKey: regionKeys.all,
    queryFn: ({ signal }) => getRegions(signal),
    staleTime: Infinity,
    // Once failed, asked again by Retry (CatalogNotice), not by each of the
    // many components that mount and read it.
    retryOnMount: false,
  });
}
