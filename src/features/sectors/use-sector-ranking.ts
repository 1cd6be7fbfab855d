import { useMemo } from 'react';
import { useTradeView } from '@/view-model/trade-view';
import { useSectorTotals } from '@/view-model/use-sector-totals';

/**
 * Turnover per HS section for the current pair, period and direction, over
 * all sections: the ranking stays whole while the sector filter highlights
 * the chosen ones, so clicking a bar never makes the others disappear.
 * Sections without trade are left out.
 */
export function useSectorRanking() {
  const view = useTradeView();
  // The comparison is not drawn here: no need to ask for it.
  const allSectors = useMemo(
    () => ({
      ...view,
      query: { ...view.query, sectors: undefined },
      compare: false,
    }),
    [view],
  );
  const { totals, rows } = useSectorTotals(allSectors);
  const ranked = useMemo(() => rows?.filter((r) => r.turnover > 0), [rows]);
  return { ranking: totals, rows: ranked };
}
