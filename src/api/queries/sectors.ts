import { queryOptions } from '@tanstack/react-query';
import { getSectors } from '../endpoints/get-sectors';

export const sectorKeys = {
  all: ['sectors'] as const,
};

export function sectorsQuery() {
  return queryOptions({
    queryKey: sectorKeys.all,
    queryFn: ({ signal }) => getSectors(signal),
    staleTime: Infinity,
    // Once failed, asked again by Retry (CatalogNotice), not by each of the
    // many components that mount and read it.
    retryOnMount: false,
  });
}
