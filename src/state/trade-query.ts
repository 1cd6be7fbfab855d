import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { tradeQuery } from '@/api/queries/trade';
import { SECTOR_IDS } from '@/api/schemas/common';
import type { TradeQuery } from '@/api/schemas/trade';
import { previousYearRange } from '@/domain/months';
import { type Filters, useFilters } from './filters';

/** The API query the current filters ask for. */
export function toTradeQuery(
  filters: Pick<Filters, 'pair' | 'from' | 'to' | 'sectors' | 'flow'>,
): TradeQuery {
  return {
    pair: filters.pair,
    from: filters.from,
    to: filters.to,
    // Every section chosen asks for the same data as none chosen: all of them.
    ...(filters.sectors.length > 0 && filters.sectors.length < SECTOR_IDS.length
      ? { sectors: filters.sectors }
      : {}),
    ...(filters.flow === 'all' ? {} : { flow: filters.flow }),
  };
}

/**
 * The current trade query and, when comparison is on, the same query one year
 * earlier. Both are memoized on the filter values they depend on.
 */
export function useTradeQueries(): {
  current: TradeQuery;
  previous: TradeQuery | null;
} {
  const pair = useFilters((f) => f.pair);
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const sectors = useFilters((f) => f.sectors);
  const flow = useFilters((f) => f.flow);
  const compare = useFilters((f) => f.compare);
  return useMemo(() => {
    const current = toTradeQuery({ pair, from, to, sectors, flow });
    const previous =
      compare === 'prev'
        ? { ...current, ...previousYearRange({ from, to }) }
        : null;
    return { current, previous };
  }, [pair, from, to, sectors, flow, compare]);
}

/**
 * Whether the figures of the current view rest on synthetic records, so the
 * panels can label them illustrative. False until the data has arrived.
 */
export function useCurrentDataIsSynthetic(): boolean {
  const { current } = useTradeQueries();
  const synthetic = useQuery({
    ...tradeQuery(current),
    select: (data) => data.records.some((r) => r.synthetic),
  });
  return synthetic.data ?? false;
}
