import { queryOptions } from '@tanstack/react-query';
import { getCooperation } from '../endpoints/get-cooperation';
import type { PairId } from '../schemas/common';

export const cooperationKeys = {
  all: ['cooperation'] as const,
  pair: (pair: PairId) => [...cooperationKeys.all, pair] as const,
};

export function cooperationQuery(pair: PairId) {
  return queryOptions({
    queryKey: cooperationKeys.pair(pair),
    queryFn: ({ signal }) => getCooperation(pair, signal),
    staleTime: Infinity,
  });
}
