import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeQuery } from '@/api/queries/trade';
import type { TradeResponse } from '@/api/schemas/trade';
import { totalsBySector } from '@/domain/trade';
import { useTradeQueries } from '@/state/trade-query';

/**
 * Turnover per HS section for the current pair, period and direction, over
 * all sections: the ranking stays whole while the sector filter highlights
 * the chosen ones, so clicking a bar never makes the others disappear.
 */
export function useSectorRanking() {
  const { current } = useTradeQueries();
  const allSectors = useMemo(
    () => ({ ...current, sectors: undefined }),
    [current],
  );
  const select = useCallback(
    (data: TradeResponse) => totalsBySector(data.records),
    [],
  );
  const ranking = useQuery({ ...tradeQuery(allSectors), select });
  const sectors = useQuery(sectorsQuery());
  return { ranking, sectors };
}
