import { getJson } from '../client';
import {
  sectorsResponseSchema,
  type SectorsResponse,
} from '../schemas/sectors';

export function getSectors(signal?: AbortSignal): Promise<SectorsResponse> {
  return getJson('/api/sectors', sectorsResponseSchema, { signal });
}
