import { getJson } from '../client';
import {
  tradeResponseSchema,
  type TradeQuery,
  type TradeResponse,
} from '../schemas/trade';

export function getTrade(
  query: TradeQuery,
  signal?: AbortSignal,
): Promise<TradeResponse> {
  return getJson('/api/trade', tradeResponseSchema, {
    signal,
    query: {
      pair: query.pair,
      from: query.from,
      to: query.to,
      sectors: query.sectors,
      flow: query.flow,
    },
  });
}
