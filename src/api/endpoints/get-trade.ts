import { getJson } from '../client';
import {
  tradeByPairResponseSchema,
  tradeBySectorResponseSchema,
  tradeMonthlyResponseSchema,
  tradeRecordsResponseSchema,
  tradeTotalsResponseSchema,
  type BorderQuery,
  type Page,
  type SectorDetail,
  type TradeByPairResponse,
  type TradeBySectorResponse,
  type TradeMonthlyResponse,
  type TradeQuery,
  type TradeRecordsResponse,
  type TradeTotalsResponse,
} from '../schemas/trade';

/** The filters' part of the query string, which every trade endpoint shares. */
function filterParams(query: BorderQuery, compare: boolean) {
  return {
    from: query.from,
    to: query.to,
    sectors: query.sectors,
    chapters: query.chapters,
    flow: query.flow,
    compare: compare ? 'prev' : undefined,
  };
}

/** The query string of a view's trade endpoint. */
function tradeParams(query: TradeQuery, compare: boolean) {
  return { pair: query.pair, ...filterParams(query, compare) };
}

export function getTradeTotals(
  query: TradeQuery,
  compare: boolean,
  signal?: AbortSignal,
): Promise<TradeTotalsResponse> {
  return getJson('/api/trade/totals', tradeTotalsResponseSchema, {
    signal,
    query: tradeParams(query, compare),
  });
}

export function getTradeMonthly(
  query: TradeQuery,
  compare: boolean,
  signal?: AbortSignal,
): Promise<TradeMonthlyResponse> {
  return getJson('/api/trade/monthly', tradeMonthlyResponseSchema, {
    signal,
    query: tradeParams(query, compare),
  });
}

export function getTradeBySector(
  query: TradeQuery,
  compare: boolean,
  detail: SectorDetail,
  signal?: AbortSignal,
): Promise<TradeBySectorResponse> {
  return getJson('/api/trade/by-sector', tradeBySectorResponseSchema, {
    signal,
    query: {
      ...tradeParams(query, compare),
      detail: detail === 'chapters' ? 'chapters' : undefined,
    },
  });
}

/** Every border pair, Kazakh border region and KZ~RU at once, for one set of filters. */
export function getTradeByPair(
  query: BorderQuery,
  compare: boolean,
  signal?: AbortSignal,
): Promise<TradeByPairResponse> {
  return getJson('/api/trade/by-pair', tradeByPairResponseSchema, {
    signal,
    query: filterParams(query, compare),
  });
}

export function getTradeRecords(
  query: TradeQuery,
  page: Page,
  signal?: AbortSignal,
): Promise<TradeRecordsResponse> {
  return getJson('/api/trade/records', tradeRecordsResponseSchema, {
    signal,
    query: {
      ...tradeParams(query, false),
      offset: String(page.offset),
      limit: String(page.limit),
    },
  });
}
