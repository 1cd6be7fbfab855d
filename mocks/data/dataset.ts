import type { DatasetMeta } from '../../src/api/schemas/meta';
import type { RegionsResponse } from '../../src/api/schemas/regions';
import type { SectorsResponse } from '../../src/api/schemas/sectors';
import type { TradeQuery, TradeRecord } from '../../src/api/schemas/trade';
import { DEFAULT_SEED, generateTradeRecords } from './generate';
import { buildDatasetMeta } from './meta';
import { regionsResponse } from './regions';
import { sectorsResponse } from './sectors';

/**
 * The demo dataset, built once when this module is first imported. Handlers
 * import it dynamically so the bundler gives the generator its own chunk and
 * the app shell does not pay for it.
 */
export type Dataset = {
  records: readonly TradeRecord[];
  meta: DatasetMeta;
  regions: RegionsResponse;
  sectors: SectorsResponse;
};

const records = generateTradeRecords(DEFAULT_SEED);

export const dataset: Dataset = {
  records,
  meta: buildDatasetMeta(records),
  regions: regionsResponse,
  sectors: sectorsResponse,
};

/** Records per pair id (`KZ-63~RU-ALT`), in generation order (month, flow, section). */
const recordsByPair = new Map<string, TradeRecord[]>();
for (const pair of regionsResponse.pairs) recordsByPair.set(pair.id, []);
for (const record of records) {
  recordsByPair.get(`${record.kz}~${record.ru}`)?.push(record);
}

/** True when the pair is one of the 19 border pairs. */
export function isKnownPair(pair: string): boolean {
  return recordsByPair.has(pair);
}

/**
 * The records of one pair between `from` and `to` (both inclusive, `YYYY-MM`),
 * limited to `sectors` (undefined or empty: all) and `flow` (undefined: both).
 * An unknown pair yields no records; the handler answers 404 before asking.
 * Returned records are shared with the dataset: do not mutate them.
 */
export function queryTrade(query: TradeQuery): TradeRecord[] {
  const pairRecords = recordsByPair.get(query.pair);
  if (!pairRecords) return [];
  const sectors =
    query.sectors && query.sectors.length > 0
      ? new Set<string>(query.sectors)
      : null;
  const { from, to, flow } = query;
  return pairRecords.filter(
    (r) =>
      r.month >= from &&
      r.month <= to &&
      (flow === undefined || r.flow === flow) &&
      (sectors === null || sectors.has(r.sector)),
  );
}
