import {
  checkByPairAnswer,
  checkBySectorAnswer,
  checkMonthlyAnswer,
  checkRecordsAnswer,
  checkTotalsAnswer,
} from '../answer-checks';
import { getJson } from '../client';
import { AnswerMismatchError, type Mismatch } from '../errors';
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
export function filterParams(query: BorderQuery, compare: boolean) {
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

/**
 * The answer, unless it does not fit its request: an answer that parsed but
 * is wrong (months not asked for, duplicate rows, impossible values) is
 * refused rather than drawn as truth.
 */
function fitting<T>(endpoint: string, answer: T, mismatches: Mismatch[]): T {
  if (mismatches.length > 0)
    throw new AnswerMismatchError(endpoint, mismatches);
  return answer;
}

const TOTALS = '/api/trade/totals';
const MONTHLY = '/api/trade/monthly';
const BY_SECTOR = '/api/trade/by-sector';
const BY_PAIR = '/api/trade/by-pair';
const RECORDS = '/api/trade/records';

export async function getTradeTotals(
  query: TradeQuery,
  compare: boolean,
  signal?: AbortSignal,
): Promise<TradeTotalsResponse> {
  const answer = await getJson(TOTALS, tradeTotalsResponseSchema, {
    signal,
    query: tradeParams(query, compare),
  });
  return fitting(
    TOTALS,
    answer,
    checkTotalsAnswer({ ...query, compare }, answer),
  );
}

export async function getTradeMonthly(
  query: TradeQuery,
  compare: boolean,
  signal?: AbortSignal,
): Promise<TradeMonthlyResponse> {
  const answer = await getJson(MONTHLY, tradeMonthlyResponseSchema, {
    signal,
    query: tradeParams(query, compare),
  });
  return fitting(
    MONTHLY,
    answer,
    checkMonthlyAnswer({ ...query, compare }, answer),
  );
}

export async function getTradeBySector(
  query: TradeQuery,
  compare: boolean,
  detail: SectorDetail,
  signal?: AbortSignal,
): Promise<TradeBySectorResponse> {
  const answer = await getJson(BY_SECTOR, tradeBySectorResponseSchema, {
    signal,
    query: {
      ...tradeParams(query, compare),
      detail: detail === 'chapters' ? 'chapters' : undefined,
    },
  });
  return fitting(
    BY_SECTOR,
    answer,
    checkBySectorAnswer({ ...query, compare, detail }, answer),
  );
}

/** Every border pair, Kazakh border region and KZ~RU at once, for one set of filters. */
export async function getTradeByPair(
  query: BorderQuery,
  compare: boolean,
  signal?: AbortSignal,
): Promise<TradeByPairResponse> {
  const answer = await getJson(BY_PAIR, tradeByPairResponseSchema, {
    signal,
    query: filterParams(query, compare),
  });
  return fitting(
    BY_PAIR,
    answer,
    checkByPairAnswer({ ...query, compare }, answer),
  );
}

export async function getTradeRecords(
  query: TradeQuery,
  page: Page,
  signal?: AbortSignal,
): Promise<TradeRecordsResponse> {
  const answer = await getJson(RECORDS, tradeRecordsResponseSchema, {
    signal,
    query: {
      ...tradeParams(query, false),
      offset: String(page.offset),
      limit: String(page.limit),
    },
  });
  return fitting(
    RECORDS,
    answer,
    checkRecordsAnswer({ ...query, page }, answer),
  );
}
