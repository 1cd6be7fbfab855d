import { getJson } from '../client';
import type { PairId } from '../schemas/common';
import {
  cooperationResponseSchema,
  type CooperationResponse,
} from '../schemas/cooperation';

export function getCooperation(
  pair: PairId,
  signal?: AbortSignal,
): Promise<CooperationResponse> {
  return getJson('/api/cooperation', cooperationResponseSchema, {
    signal,
    query: { pair },
  });
}
