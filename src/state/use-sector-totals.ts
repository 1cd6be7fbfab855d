import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeQuery } from '@/api/queries/trade';
import type { TradeQuery, TradeResponse } from '@/api/schemas/trade';
import { type SectorTotal, totalsBySector } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';

export type NamedSectorTotal = SectorTotal & {
  /** Short label for charts and tables, in the active language. */
  name: string;
  /** The official section title, for hover and exports. */
  fullName: string;
};

/**
 * Turnover per HS section for `query`, ranked, with each section's names in
 * the active language. `totals` is the query (for loading and error states);
 * `rows` are the named figures once it has data.
 */
export function useSectorTotals(query: TradeQuery) {
  const { language } = useI18n();
  const select = useCallback(
    (data: TradeResponse) => totalsBySector(data.records),
    [],
  );
  const totals = useQuery({ ...tradeQuery(query), select });
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
