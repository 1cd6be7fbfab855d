import { getJson } from '../client';
import {
  regionsResponseSchema,
  type RegionsResponse,
} from '../schemas/regions';

export function getRegions(signal?: AbortSignal): Promise<RegionsResponse> {
  return getJson('/api/regions', regionsResponseSchema, { signal });
}
