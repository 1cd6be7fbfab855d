import { useMemo } from 'react';
import type { TradeView } from '@/api/queries/trade';
import { useTradeView } from '@/view-model/trade-view';
import { useSectorTotals } from '@/view-model/use-sector-totals';

/**
 * What the ranking asks for: the view over all goods, without the year
 * before (the comparison is not drawn here).
 */
export function rankingView(view: TradeView): TradeView {
  return {
    ...view,
    query: { ...view.query, sectors: undefined, chapters: undefined },
    compare: false,
  };
}

/**
 * Turnover per HS section for the current pair, period and direction, over
 * all goods: the ranking stays whole while the sector filter highlights the
 * chosen sections and chapters, so clicking a bar never makes the others
 * disappear. Sections without trade are left out. With `chapters` (a
 * section is open), each section also lists its chapters; the sections stay
 * on screen while those load, and if they fail.
 */
export function useSectorRanking({ chapters = false } = {}) {
  const view = useTradeView();
  const allGoods = useMemo(() => rankingView(view), [view]);
  // Sections and the chapter detail are two queries: a failing detail
  // breaks the open sections' lists, never the ranking.
  const sections = useSectorTotals(allGoods);
  const detail = useSectorTotals(allGoods, {
    chapters: true,
    enabled: chapters,
  });
  const rows = (chapters ? detail.rows : undefined) ?? sections.rows;
  const ranked = useMemo(() => rows?.filter((r) => r.turnover > 0), [rows]);
  return {
    ranking: sections.totals,
    rows: ranked,
    /** The chapter detail, while sections are open; its error stays in their lists. */
    chapters: chapters ? detail.totals : null,
  };
}
