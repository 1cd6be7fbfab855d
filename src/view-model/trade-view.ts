import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metaQuery } from '@/api/queries/meta';
import { tradeTotalsQuery, type TradeView } from '@/api/queries/trade';
import { SECTOR_IDS } from '@/api/schemas/common';
import type { DatasetMeta } from '@/api/schemas/meta';
import type { TradeQuery, TradeTotalsResponse } from '@/api/schemas/trade';
import { previousYearRange, type MonthRange } from '@/domain/months';
import { type Filters, useFilters } from '@/state/filters';

/** The API query the current filters ask for. */
export function toTradeQuery(
  filters: Pick<
    Filters,
    'pair' | 'from' | 'to' | 'sectors' | 'chapters' | 'flow'
  >,
): TradeQuery {
  // Every section chosen asks for the same data as none chosen: all of them
  // (chapters are then redundant, so the store holds none).
  const allSections = filters.sectors.length === SECTOR_IDS.length;
  return {
    pair: filters.pair,
    from: filters.from,
    to: filters.to,
    ...(filters.sectors.length > 0 && !allSections
      ? { sectors: filters.sectors }
      : {}),
    ...(filters.chapters.length > 0 && !allSections
      ? { chapters: filters.chapters }
      : {}),
    ...(filters.flow === 'all' ? {} : { flow: filters.flow }),
  };
}

const selectDatasetKey = (meta: DatasetMeta) =>
  `${meta.datasetId}@${meta.version}`;

/**
 * The identity of the dataset that answers, for query keys. Panels mount
 * after /api/meta settled (see useCatalogGuard); if it failed, they still
 * ask, under a key of their own.
 */
export function useDatasetKey(): string {
  const meta = useQuery({ ...metaQuery(), select: selectDatasetKey });
  return meta.data ?? 'unknown';
}

/**
 * The trade view the current filters ask for, memoized on the values it
 * depends on, and the comparison period (the same months a year earlier)
 * when comparison is on.
 */
export function useTradeView(): TradeView & { previous: MonthRange | null } {
  const dataset = useDatasetKey();
  const pair = useFilters((f) => f.pair);
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const sectors = useFilters((f) => f.sectors);
  const chapters = useFilters((f) => f.chapters);
  const flow = useFilters((f) => f.flow);
  const compare = useFilters((f) => f.compare);
  return useMemo(
    () => ({
      dataset,
      query: toTradeQuery({ pair, from, to, sectors, chapters, flow }),
      compare: compare === 'prev',
      previous: compare === 'prev' ? previousYearRange({ from, to }) : null,
    }),
    [dataset, pair, from, to, sectors, chapters, flow, compare],
  );
}

const selectSynthetic = (data: TradeTotalsResponse) =>
  data.current.provenance.synthetic;

/**
 * Whether the figures of the current view rest on synthetic cells, so the
 * panels can label them illustrative: the totals' provenance, decided once
 * for the view. False until the data has arrived, and while `enabled` is
 * false (the shell has not checked the link's view against the catalogue).
 */
export function useCurrentDataIsSynthetic(enabled = true): boolean {
  const view = useTradeView();
  const synthetic = useQuery({
    ...tradeTotalsQuery(view),
    select: selectSynthetic,
    enabled,
  });
  return synthetic.data ?? false;
}
