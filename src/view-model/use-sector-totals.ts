import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeBySectorQuery, type TradeView } from '@/api/queries/trade';
import type { TradeBySectorResponse } from '@/api/schemas/trade';
import { rankSectors, type SectorTotal } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';

export type NamedSectorTotal = SectorTotal & {
  /** Short label for charts and tables, in the active language. */
  name: string;
  /** The official section title, for hover and exports. */
  fullName: string;
};

const selectRanking = (data: TradeBySectorResponse) =>
  rankSectors(data.current.sectors);

/**
 * Turnover per HS section for `view`, ranked, with each section's names in
 * the active language. `totals` is the query (for loading and error states);
 * `rows` are the named figures once it has data.
 */
export function useSectorTotals(view: TradeView) {
  const { language } = useI18n();
  const totals = useQuery({
    ...tradeBySectorQuery(view),
    select: selectRanking,
  });
  const sectors = useQuery(sectorsQuery());
  const rows = useMemo<NamedSectorTotal[] | undefined>(
    () =>
      totals.data?.map((total) => {
        const sector = sectors.data?.sectors.find((s) => s.id === total.sector);
        return {
          ...total,
          name: sector?.shortName[language] ?? total.sector,
          fullName: sector?.name[language] ?? total.sector,
        };
      }),
    [totals.data, sectors.data, language],
  );
  return { totals, rows };
}
