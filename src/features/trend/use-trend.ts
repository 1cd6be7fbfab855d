import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { tradeMonthlyQuery } from '@/api/queries/trade';
import type { TradeMonthlyResponse } from '@/api/schemas/trade';
import {
  alignComparison,
  cumulativeByYear,
  type MonthlyPoint,
} from '@/domain/trade';
import { useTradeView } from '@/view-model/trade-view';

const hasValue = (p: MonthlyPoint) => p.export !== null || p.import !== null;

/**
 * Monthly exports and imports for the current filters, aligned with the same
 * months a year earlier when comparison is on (one request answers both);
 * optionally year-to-date sums.
 */
export function useTrend(cumulative: boolean) {
  const view = useTradeView();
  const select = useCallback(
    (data: TradeMonthlyResponse) => {
      const shape = (points: MonthlyPoint[]) =>
        cumulative ? cumulativeByYear(points) : points;
      const previous = data.previous ? shape(data.previous.points) : null;
      const hasComparison = previous?.some(hasValue) ?? false;
      return {
        points: alignComparison(
          shape(data.current.points),
          hasComparison ? previous : null,
        ),
        hasComparison,
      };
    },
    [cumulative],
  );
  const series = useQuery({ ...tradeMonthlyQuery(view), select });
  return { series, comparisonRequested: view.compare };
}
