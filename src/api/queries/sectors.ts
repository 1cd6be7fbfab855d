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
  });
}
