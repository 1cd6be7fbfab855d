import { queryOptions } from '@tanstack/react-query';
import { getMeta } from '../endpoints/get-meta';

export const metaKeys = {
  all: ['meta'] as const,
};

export function metaQuery() {
  return queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => getMeta(signal),
    staleTime: Infinity,
  });
}
