import { getJson } from '../client';
import { datasetMetaSchema, type DatasetMeta } from '../schemas/meta';

export function getMeta(signal?: AbortSignal): Promise<DatasetMeta> {
  return getJson('/api/meta', datasetMetaSchema, { signal });
}
