import type { z } from 'zod/mini';
import { cooperationResponseSchema } from '@/api/schemas/cooperation';
import { datasetMetaSchema } from '@/api/schemas/meta';
import { regionsResponseSchema } from '@/api/schemas/regions';
import { sectorsResponseSchema } from '@/api/schemas/sectors';
import {
  type BorderQuery,
  tradeByPairResponseSchema,
  tradeBySectorResponseSchema,
  type PeriodBySector,
  tradeMonthlyResponseSchema,
  tradeRecordsResponseSchema,
  tradeTotalsResponseSchema,
  type TradeQuery,
} from '@/api/schemas/trade';
import { previousYearRange } from '@/domain/months';
import { isKnownView } from '@/domain/sides';
import type { Dataset } from './dataset';
import {
  COMPARE,
  DETAIL,
  FILTER_PARAMS,
  PAGE_PARAMS,
  PAIR,
  PERIOD_RULE,
  TRADE_PARAMS,
  type ParamSpec,
} from './params';
import { ServiceError } from './errors';

export type Route = {
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  params: readonly ParamSpec[];
  /** Cross-parameter rules, checked after each parameter parsed. */
  refine?: {
    check: (value: Record<string, unknown>) => boolean;
    message: string;
    path: string[];
  };
  response: z.ZodMiniType;
  responseDescription: string;
  /** 404 is documented when the route looks a view up. */
  looksUpView: boolean;
  handle: (
    dataset: Dataset,
    params: Record<string, unknown>,
  ) => Promise<unknown>;
};

/** The filters of parsed parameters, without empty lists. */
function borderQueryOf(params: Record<string, unknown>): BorderQuery {
  const { from, to, sectors, chapters, flow } = params as BorderQuery;
  return {
    from,
    to,
    ...(sectors && sectors.length > 0 ? { sectors } : {}),
    ...(chapters && chapters.length > 0 ? { chapters } : {}),
    ...(flow ? { flow } : {}),
  };
}

function tradeQueryOf(params: Record<string, unknown>): TradeQuery {
  return {
    pair: params['pair'] as TradeQuery['pair'],
    ...borderQueryOf(params),
  };
}

/** Answers 404 unless the dataset's catalogue offers the view. */
async function requireView(dataset: Dataset, pair: string): Promise<void> {
  if (!isKnownView(pair, await dataset.regions())) {
    throw new ServiceError(
      404,
      'unknown_pair',
      `pair: ${pair} is not one of the border pairs, a border region with the whole other country, or KZ~RU`,
    );
  }
}

/** An aggregate for the query's period and, with `compare=prev`, the year before. */
async function compared<Q extends BorderQuery, T>(
  query: Q,
  compare: unknown,
  ask: (query: Q) => Promise<T>,
): Promise<{ current: T; previous: T | null }> {
  const [current, previous] = await Promise.all([
    ask(query),
    compare === 'prev'
      ? ask({ ...query, ...previousYearRange(query) })
      : Promise.resolve(null),
  ]);
  return { current, previous };
}

/** A view's aggregate, 404 unless the catalogue offers the view, with its comparison. */
function withComparison<T>(
  ask: (dataset: Dataset, query: TradeQuery) => Promise<T>,
) {
  return async (dataset: Dataset, params: Record<string, unknown>) => {
    const query = tradeQueryOf(params);
    await requireView(dataset, query.pair);
    return compared(query, params['compare'], (q) => ask(dataset, q));
  };
}

/**
 * The whole HTTP contract: every route, its parameters, its reply. The
 * service answers from this table, and the OpenAPI document is generated
 * from it, so neither can drift from the other.
 */
export const ROUTES: readonly Route[] = [
  {
    path: '/api/meta',
    operationId: 'getMeta',
    summary:
      'Dataset provenance: reported figures, calibrations, assumptions, caveats, sources',
    params: [],
    response: datasetMetaSchema,
    responseDescription: 'Dataset metadata',
    looksUpView: false,
    handle: (dataset) => dataset.meta(),
  },
  {
    path: '/api/regions',
    operationId: 'getRegions',
    summary:
      'Border regions, the rest of each country and the countries (names in en, ru, kk), and the Kazakh–Russian border pairs',
    params: [],
    response: regionsResponseSchema,
    responseDescription: 'Regions and pairs',
    looksUpView: false,
    handle: (dataset) => dataset.regions(),
  },
  {
    path: '/api/sectors',
    operationId: 'getSectors',
    summary: 'HS / TN VED EAEU sections I–XXI',
    params: [],
    response: sectorsResponseSchema,
    responseDescription: 'Sections',
    looksUpView: false,
    handle: (dataset) => dataset.sectors(),
  },
  {
    path: '/api/cooperation',
    operationId: 'getCooperation',
    summary:
      'Cooperation areas with cited key figures, and dated events (with their date precision) for a view',
    params: [PAIR],
    response: cooperationResponseSchema,
    responseDescription: 'Areas and events',
    looksUpView: true,
    handle: async (dataset, params) => {
      const pair = params['pair'] as string;
      await requireView(dataset, pair);
      return dataset.cooperation(pair);
    },
  },
  {
    path: '/api/trade/totals',
    operationId: 'getTradeTotals',
    summary:
      'Exports, imports, turnover and balance of a view and period, with provenance',
    params: [...TRADE_PARAMS, COMPARE],
    refine: PERIOD_RULE,
    response: tradeTotalsResponseSchema,
    responseDescription: 'Totals',
    looksUpView: true,
    handle: withComparison((dataset, query) => dataset.totals(query)),
  },
  {
    path: '/api/trade/monthly',
    operationId: 'getTradeMonthly',
    summary:
      'Exports and imports per month of a view and period, with provenance',
    params: [...TRADE_PARAMS, COMPARE],
    refine: PERIOD_RULE,
    response: tradeMonthlyResponseSchema,
    responseDescription: 'Monthly series',
    looksUpView: true,
    handle: withComparison((dataset, query) => dataset.monthly(query)),
  },
  {
    path: '/api/trade/by-sector',
    operationId: 'getTradeBySector',
    summary:
      'Exports and imports per HS section of a view and period, with provenance',
    params: [...TRADE_PARAMS, COMPARE, DETAIL],
    refine: PERIOD_RULE,
    response: tradeBySectorResponseSchema,
    responseDescription: 'Sums by section, and by chapter with detail=chapters',
    looksUpView: true,
    handle: async (dataset, params) => {
      const reply = await withComparison((d, query) => d.bySector(query))(
        dataset,
        params,
      );
      if (params['detail'] === 'chapters') return reply;
      const sectionsOnly = (period: PeriodBySector) => ({
        ...period,
        chapters: null,
      });
      return {
        current: sectionsOnly(reply.current),
        previous: reply.previous ? sectionsOnly(reply.previous) : null,
      };
    },
  },
  {
    path: '/api/trade/by-pair',
    operationId: 'getTradeByPair',
    summary:
      'Exports and imports of every border pair, of each Kazakh border region with all of Russia, and of Kazakhstan with Russia, for one period and filters, with provenance; takes no `pair`',
    params: [...FILTER_PARAMS, COMPARE],
    refine: PERIOD_RULE,
    response: tradeByPairResponseSchema,
    responseDescription:
      'Sums per border pair (in the order of /api/regions), per Kazakh border region and for KZ~RU',
    looksUpView: false,
    handle: (dataset, params) =>
      compared(borderQueryOf(params), params['compare'], (query) =>
        dataset.byPair(query),
      ),
  },
  {
    path: '/api/trade/records',
    operationId: 'getTradeRecords',
    summary:
      'The matrix cells (month × Kazakh row × Russian column × flow × section) behind a view, paged; rows and columns include the rest of each country (`KZ-OTHER`, `RU-OTHER`)',
    params: [...TRADE_PARAMS, ...PAGE_PARAMS],
    refine: PERIOD_RULE,
    response: tradeRecordsResponseSchema,
    responseDescription: 'One page of records and the total count',
    looksUpView: true,
    handle: async (dataset, params) => {
      const query = tradeQueryOf(params);
      await requireView(dataset, query.pair);
      return dataset.records(query, {
        offset: (params['offset'] as number | undefined) ?? 0,
        limit: (params['limit'] as number | undefined) ?? 1000,
      });
    },
  },
];
