import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { tradeMonthlyQuery, tradeTotalsQuery } from '@/api/queries/trade';
import type { TradeMonthlyResponse } from '@/api/schemas/trade';
import {
  claimableFigures,
  reportedFigureFor,
  scaleConflicts,
} from '@/domain/provenance';
import { useFilters } from '@/state/filters';
import { useTradeView } from '@/view-model/trade-view';

/** Whether any month of the period has a reported figure, per direction. */
const selectReportedFlows = (data: TradeMonthlyResponse) => ({
  export: data.current.points.some((p) => p.export !== null),
  import: data.current.points.some((p) => p.import !== null),
});

/**
 * Totals for the current filters and, when comparison is on, the year before
 * (one request answers both), with the reported figure each card reproduces.
 */
export function useKpis() {
  const view = useTradeView();
  const totals = useQuery(tradeTotalsQuery(view));
  // The trend's query (same key, one request): a direction with no reported
  // month is "not reported", not $0.
  const monthly = useQuery({
    ...tradeMonthlyQuery(view),
    select: selectReportedFlows,
  });
  const meta = useQuery(metaQuery());
  const filters = useFilters((f) => f);
  const figures = claimableFigures(meta.data);
  const reported = {
    turnover: reportedFigureFor(figures, filters, 'turnover'),
    export: reportedFigureFor(figures, filters, 'export'),
    import: reportedFigureFor(figures, filters, 'import'),
  };
  return {
    totals,
    previousRange: view.previous,
    reported,
    /**
     * Which directions have a reported month; null until the months are
     * known, so a direction with nothing reported never flashes as $0.0.
     * If the months cannot be had, both count as reported.
     */
    reportedFlows:
      monthly.data ?? (monthly.isError ? { export: true, import: true } : null),
    /** What the reported figures on the cards outgrow, to say beside them. */
    conflicts: [reported.turnover, reported.export, reported.import].flatMap(
      (figure) => (figure ? scaleConflicts(figure, figures) : []),
    ),
  };
}
