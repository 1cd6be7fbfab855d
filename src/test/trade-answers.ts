import { z } from 'zod/mini';
import type {
  AggregateRequest,
  ByPairRequest,
  BySectorRequest,
  RecordsRequest,
} from '@/api/answer-checks';
import { buildUrl } from '@/api/client';
import {
  tradeByPairResponseSchema,
  tradeBySectorResponseSchema,
  tradeMonthlyResponseSchema,
  tradeRecordsResponseSchema,
  tradeTotalsResponseSchema,
} from '@/api/schemas/trade';
import { filterParams } from '@/api/endpoints/get-trade';
import type { Service } from '@/service/service';

/**
 * A service's answers to the trade requests, asked with the parameters the
 * endpoints send (src/api/endpoints/get-trade.ts) and parsed with their
 * schemas: what the answer checks see in the app, without the client.
 * Rejects when the service does not answer 200.
 */
export function tradeAnswers(service: Service) {
  const get = async <S extends z.core.$ZodType>(
    path: string,
    schema: S,
    query: Parameters<typeof buildUrl>[1],
  ): Promise<z.infer<S>> => {
    const url = new URL(buildUrl(path, query), 'http://localhost');
    const response = await service.fetch(new Request(url));
    if (response.status !== 200)
      throw new Error(`${url.href} answered ${String(response.status)}`);
    return z.parse(schema, await response.json());
  };
  return {
    totals: (request: AggregateRequest) =>
      get('/api/trade/totals', tradeTotalsResponseSchema, {
        pair: request.pair,
        ...filterParams(request, request.compare),
      }),
    monthly: (request: AggregateRequest) =>
      get('/api/trade/monthly', tradeMonthlyResponseSchema, {
        pair: request.pair,
        ...filterParams(request, request.compare),
      }),
    bySector: (request: BySectorRequest) =>
      get('/api/trade/by-sector', tradeBySectorResponseSchema, {
        pair: request.pair,
        ...filterParams(request, request.compare),
        detail: request.detail === 'chapters' ? 'chapters' : undefined,
      }),
    byPair: (request: ByPairRequest) =>
      get(
        '/api/trade/by-pair',
        tradeByPairResponseSchema,
        filterParams(request, request.compare),
      ),
    records: (request: RecordsRequest) =>
      get('/api/trade/records', tradeRecordsResponseSchema, {
        pair: request.pair,
        ...filterParams(request, false),
        offset: String(request.page.offset),
        limit: String(request.page.limit),
      }),
  };
}

export type TradeAnswers = ReturnType<typeof tradeAnswers>;
