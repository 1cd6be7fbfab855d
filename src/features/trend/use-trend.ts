import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { tradeQuery } from '@/api/queries/trade';
import type { TradeResponse } from '@/api/schemas/trade';
import { monthsInRange } from '@/domain/months';
import {
  alignComparison,
  cumulativeByYear,
  monthlyByFlow,
  type MonthlyPoint,
} from '@/domain/trade';
import { useTradeQueries } from '@/state/trade-query';

/**
 * Monthly exports and imports for the current filters, aligned with the same
 * months a year earlier when comparison is on; optionally year-to-date sums.
 */
export function useTrend(cumulative: boolean) {
  const { current, previous } = useTradeQueries();
  const shape = useCallback(
    (points: MonthlyPoint[]) =>
      cumulative ? cumulativeByYear(points) : points,
    [cumulative],
  );
  const selectCurrent = useCallback(
    (data: TradeResponse) =>
      shape(
        monthlyByFlow(data.records, monthsInRange(current.from, current.to)),
      ),
    [current.from, current.to, shape],
  );
  const selectPrevious = useCallback(
    (data: TradeResponse) =>
      previous
        ? shape(
            monthlyByFlow(
              data.records,
              monthsInRange(previous.from, previous.to),
            ),
          )
        : [],
    [previous, shape],
  );
  const series = useQuery({ ...tradeQuery(current), select: selectCurrent });
  const comparison = useQuery({
    ...tradeQuery(previous ?? current),
    select: selectPrevious,
    enabled: previous !== null,
  });
  const comparisonPoints = previous && comparison.data ? comparison.data : null;
  const hasComparison =
    comparisonPoints?.some((p) => p.export !== null || p.import !== null) ??
    false;
  return {
    series,
    points: series.data
      ? alignComparison(series.data, hasComparison ? comparisonPoints : null)
      : null,
    comparisonRequested: previous !== null,
    hasComparison,
    comparisonFailed: previous !== null && comparison.isError,
  };
}
