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
  });
}
