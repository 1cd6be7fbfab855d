import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { tradeTotalsQuery } from '@/api/queries/trade';
import {
  claimableFigures,
  reportedFigureFor,
  scaleConflicts,
} from '@/domain/provenance';
import { useFilters } from '@/state/filters';
import { useTradeView } from '@/view-model/trade-view';

/**
 * Totals for the current filters and, when comparison is on, the year before
 * (one request answers both), with the reported figure each card reproduces.
 */
export function useKpis() {
  const view = useTradeView();
  const totals = useQuery(tradeTotalsQuery(view));
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
    /** What the reported figures on the cards outgrow, to say beside them. */
    conflicts: [reported.turnover, reported.export, reported.import].flatMap(
      (figure) => (figure ? scaleConflicts(figure, figures) : []),
    ),
  };
}
