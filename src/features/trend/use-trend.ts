import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { tradeQuery } from '@/api/queries/trade';
import type { TradeResponse } from '@/api/schemas/trade';
import { monthsInRange } from '@/domain/months';
import { monthlyByFlow } from '@/domain/trade';
import { useTradeQueries } from '@/state/trade-query';

/** Monthly exports and imports for the current filters (and the year before). */
export function useTrend() {
  const { current, previous } = useTradeQueries();
  const selectCurrent = useCallback(
    (data: TradeResponse) =>
      monthlyByFlow(data.records, monthsInRange(current.from, current.to)),
    [current.from, current.to],
  );
  const selectPrevious = useCallback(
    (data: TradeResponse) =>
      previous
        ? monthlyByFlow(data.records, monthsInRange(previous.from, previous.to))
        : [],
    [previous],
  );
  const series = useQuery({ ...tradeQuery(current), select: selectCurrent });
  const comparison = useQuery({
    ...tradeQuery(previous ?? current),
    select: selectPrevious,
    enabled: previous !== null,
  });
  return { series, comparison: previous ? comparison : null, query: current };
}
