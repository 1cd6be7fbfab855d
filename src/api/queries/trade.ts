import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getTrade } from '../endpoints/get-trade';
import type { TradeQuery } from '../schemas/trade';

/** Normalizes a query so equal filters give equal keys (sorted sectors, no empties). */
export function normalizeTradeQuery(query: TradeQuery): TradeQuery {
  const sectors =
    query.sectors && query.sectors.length > 0
      ? [...query.sectors].sort()
      : undefined;
  return {
    pair: query.pair,
    from: query.from,
    to: query.to,
    ...(sectors ? { sectors } : {}),
    ...(query.flow ? { flow: query.flow } : {}),
  };
}

export const tradeKeys = {
  all: ['trade'] as const,
  list: (query: TradeQuery) =>
    [...tradeKeys.all, 'list', normalizeTradeQuery(query)] as const,
};

export function tradeQuery(query: TradeQuery) {
  const normalized = normalizeTradeQuery(query);
  return queryOptions({
    queryKey: tradeKeys.list(normalized),
    queryFn: ({ signal }) => getTrade(normalized, signal),
    // Old figures stay on screen while a filter change loads the new ones.
    placeholderData: keepPreviousData,
  });
}
