import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metaQuery } from '@/api/queries/meta';
import {
  type BorderView,
  tradeByPairQuery,
  tradeTotalsQuery,
  type TradeView,
} from '@/api/queries/trade';
import { SECTOR_IDS } from '@/api/schemas/common';
import type { DatasetMeta } from '@/api/schemas/meta';
import type {
  BorderQuery,
  TradeByPairResponse,
  TradeQuery,
  TradeTotalsResponse,
} from '@/api/schemas/trade';
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

/** The key of a dataset whose /api/meta has not answered (or failed). */
const UNKNOWN_DATASET = 'unknown';
const selectDatasetKey = (meta: DatasetMeta) =>
  `${meta.datasetId}@${meta.version}`;

/**
 * The identity of the dataset that answers, for query keys. Panels mount
 * after /api/meta settled (see useCatalogGuard); if it failed, they still
 * ask, under a key of their own.
 */
export function useDatasetKey(): string {
  const meta = useQuery({ ...metaQuery(), select: selectDatasetKey });
  return meta.data ?? UNKNOWN_DATASET;
}

/** The dataset key of a /api/meta answer, or the key of an unknown dataset. */
export function datasetKeyOf(meta: DatasetMeta | undefined): string {
  return meta ? selectDatasetKey(meta) : UNKNOWN_DATASET;
}

/**
 * The trade view a set of filters asks for of a dataset, and the comparison
 * period (the same months a year earlier) when comparison is on. Pure: the
 * panels (useTradeView) and the requests sent ahead of them
 * (app/request-ahead.ts) build their queries from it.
 */
export function tradeViewOf(
  filters: Pick<
    Filters,
    'pair' | 'from' | 'to' | 'sectors' | 'chapters' | 'flow' | 'compare'
  >,
  dataset: string,
): TradeView & { previous: MonthRange | null } {
  return {
    dataset,
    query: toTradeQuery(filters),
    compare: filters.compare === 'prev',
    previous:
      filters.compare === 'prev'
        ? previousYearRange({ from: filters.from, to: filters.to })
        : null,
  };
}

/** The trade view the current filters ask for, memoized on the values it depends on. */
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
    () =>
      tradeViewOf(
        { pair, from, to, sectors, chapters, flow, compare },
        dataset,
      ),
    [dataset, pair, from, to, sectors, chapters, flow, compare],
  );
}

/** A trade query's filters for the whole border: every pair, none of its own. */
export function withoutPair(query: TradeQuery): BorderQuery {
  return {
    from: query.from,
    to: query.to,
    ...(query.sectors ? { sectors: query.sectors } : {}),
    ...(query.chapters ? { chapters: query.chapters } : {}),
    ...(query.flow ? { flow: query.flow } : {}),
  };
}

/** The border overview's view of a pair's: the same filters for every border pair. */
export function borderViewOf(view: TradeView): BorderView {
  return {
    dataset: view.dataset,
    query: withoutPair(view.query),
    compare: view.compare,
  };
}

/** The border overview's query: the current filters for every border pair. */
export function useBorderView(): BorderView {
  const view = useTradeView();
  return useMemo(() => borderViewOf(view), [view]);
}

const selectSynthetic = (data: TradeTotalsResponse) =>
  data.current.provenance.synthetic;
const selectBorderSynthetic = (data: TradeByPairResponse) =>
  data.current.pairs.some((p) => p.provenance.synthetic);

/**
 * Whether the figures of the current screen rest on synthetic cells, so the
 * panels can label them illustrative: the provenance of the pair's totals,
 * or of any border pair on the overview (the overview's own request, so no
 * extra one), decided once for the screen. False until the data has arrived,
 * and while `enabled` is false (the shell has not checked the link's view
 * against the catalogue).
 */
export function useCurrentDataIsSynthetic(enabled = true): boolean {
  const view = useTradeView();
  const border = useBorderView();
  const overview = useFilters((f) => f.view) === 'overview';
  const pairSynthetic = useQuery({
    ...tradeTotalsQuery(view),
    select: selectSynthetic,
    enabled: enabled && !overview,
  });
  const borderSynthetic = useQuery({
    ...tradeByPairQuery(border),
    select: selectBorderSynthetic,
    enabled: enabled && overview,
  });
  return (overview ? borderSynthetic.data : pairSynthetic.data) ?? false;
}
