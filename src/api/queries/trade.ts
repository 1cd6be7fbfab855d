import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  getTradeByPair,
  getTradeBySector,
  getTradeMonthly,
  getTradeRecords,
  getTradeTotals,
} from '../endpoints/get-trade';
import type {
  BorderQuery,
  Page,
  SectorDetail,
  TradeQuery,
} from '../schemas/trade';

/** Sorted and deduplicated, or undefined when empty. */
function normalizedList<T extends string>(
  list: readonly T[] | undefined,
): T[] | undefined {
  return list && list.length > 0 ? [...new Set(list)].sort() : undefined;
}

/**
 * Normalizes the filters so equal filters give equal keys (sorted,
 * deduplicated sectors and chapters, no empties). Only the filters: a `pair`
 * on the argument is left out, so every key and request is built from this.
 */
export function normalizeBorderQuery(query: BorderQuery): BorderQuery {
  const sectors = normalizedList(query.sectors);
  const chapters = normalizedList(query.chapters);
  return {
    from: query.from,
    to: query.to,
    ...(sectors ? { sectors } : {}),
    ...(chapters ? { chapters } : {}),
    ...(query.flow ? { flow: query.flow } : {}),
  };
}

/** A view's query normalized: its pair and `normalizeBorderQuery` of its filters. */
export function normalizeTradeQuery(query: TradeQuery): TradeQuery {
  return { pair: query.pair, ...normalizeBorderQuery(query) };
}

/**
 * A trade view as the panels ask for it: which dataset answers (its id and
 * version from /api/meta, so caches of two datasets never mix), the query,
 * and whether the year before is wanted too.
 */
export type TradeView = {
  dataset: string;
  query: TradeQuery;
  compare: boolean;
};

/** The whole border as the overview asks for it: like a TradeView, without a pair. */
export type BorderView = {
  dataset: string;
  query: BorderQuery;
  compare: boolean;
};

type Aggregate = 'totals' | 'monthly' | 'by-sector' | 'by-sector-chapters';

export const tradeKeys = {
  all: ['trade'] as const,
  dataset: (dataset: string) => [...tradeKeys.all, dataset] as const,
  aggregate: (
    aggregate: Aggregate,
    dataset: string,
    query: TradeQuery,
    compare: boolean,
  ) =>
    [
      ...tradeKeys.dataset(dataset),
      aggregate,
      normalizeTradeQuery(query),
      compare ? 'prev' : 'none',
    ] as const,
  byPair: (dataset: string, query: BorderQuery, compare: boolean) =>
    [
      ...tradeKeys.dataset(dataset),
      'by-pair',
      normalizeBorderQuery(query),
      compare ? 'prev' : 'none',
    ] as const,
  records: (dataset: string, query: TradeQuery, page: Page) =>
    [
      ...tradeKeys.dataset(dataset),
      'records',
      normalizeTradeQuery(query),
      page,
    ] as const,
};

// Old figures stay on screen while a filter change loads the new ones.
const KEEP = { placeholderData: keepPreviousData } as const;

export function tradeTotalsQuery(view: TradeView) {
  const query = normalizeTradeQuery(view.query);
  return queryOptions({
    queryKey: tradeKeys.aggregate('totals', view.dataset, query, view.compare),
    queryFn: ({ signal }) => getTradeTotals(query, view.compare, signal),
    ...KEEP,
  });
}

export function tradeMonthlyQuery(view: TradeView) {
  const query = normalizeTradeQuery(view.query);
  return queryOptions({
    queryKey: tradeKeys.aggregate('monthly', view.dataset, query, view.compare),
    queryFn: ({ signal }) => getTradeMonthly(query, view.compare, signal),
    ...KEEP,
  });
}

/**
 * Sums per HS section and, with `detail` = `chapters`, per chapter too. The
 * first view asks for sections only; chapter rows (96 of them) are fetched
 * when a panel shows them.
 */
export function tradeBySectorQuery(
  view: TradeView,
  detail: SectorDetail = 'sections',
) {
  const query = normalizeTradeQuery(view.query);
  return queryOptions({
    queryKey: tradeKeys.aggregate(
      detail === 'chapters' ? 'by-sector-chapters' : 'by-sector',
      view.dataset,
      query,
      view.compare,
    ),
    queryFn: ({ signal }) =>
      getTradeBySector(query, view.compare, detail, signal),
    ...KEEP,
  });
}

/** Every border pair, Kazakh border region and KZ~RU for one set of filters, in one request. */
export function tradeByPairQuery(view: BorderView) {
  const query = normalizeBorderQuery(view.query);
  return queryOptions({
    queryKey: tradeKeys.byPair(view.dataset, query, view.compare),
    queryFn: ({ signal }) => getTradeByPair(query, view.compare, signal),
    ...KEEP,
  });
}

/** One page of the records behind a view, for the CSV export (fetched on demand). */
export function tradeRecordsQuery(view: TradeView, page: Page) {
  const query = normalizeTradeQuery(view.query);
  return queryOptions({
    queryKey: tradeKeys.records(view.dataset, query, page),
    queryFn: ({ signal }) => getTradeRecords(query, page, signal),
  });
}
