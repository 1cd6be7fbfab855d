import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { tradeQuery } from '@/api/queries/trade';
import type { TradeQuery } from '@/api/schemas/trade';
import { flowTotals } from '@/domain/trade';
import { useTradeQueries } from '@/state/trade-query';

/** Totals for the current filters and, when comparison is on, the year before. */
export function useKpis() {
  const { current, previous } = useTradeQueries();
  const currentTotals = useQuery({
    ...tradeQuery(current),
    select: (data) => flowTotals(data.records),
  });
  const previousTotals = useQuery({
    ...tradeQuery(previous ?? current),
    select: (data) => flowTotals(data.records),
    enabled: previous !== null,
  });
  const meta = useQuery(metaQuery());
  const reported = meta.data?.calibrations.find(
    (c) => c.basis === 'reported' && matchesWholeBlock(current, c),
  );
  const reportedFigure = reported
    ? meta.data?.reportedFigures.find((f) => f.id === reported.figureId)
    : undefined;
  return {
    current: currentTotals,
    previous: previous ? previousTotals : null,
    previousQuery: previous,
    reportedFigure: reportedFigure ?? null,
  };
}

/** A reported figure applies only to its exact pair and period, all sectors, both flows. */
function matchesWholeBlock(
  query: TradeQuery,
  block: { pair: string | null; from: string | null; to: string | null },
): boolean {
  return (
    query.pair === block.pair &&
    query.from === block.from &&
    query.to === block.to &&
    query.sectors === undefined &&
    query.flow === undefined
  );
}
