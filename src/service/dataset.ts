import type { PairId } from '@/api/schemas/common';
import type { CooperationResponse } from '@/api/schemas/cooperation';
import type { DatasetMeta } from '@/api/schemas/meta';
import type { RegionsResponse } from '@/api/schemas/regions';
import type { SectorsResponse } from '@/api/schemas/sectors';
import type {
  BorderQuery,
  Page,
  PeriodByPair,
  PeriodBySector,
  PeriodMonthly,
  PeriodTotals,
  TradeQuery,
  TradeRecordsResponse,
} from '@/api/schemas/trade';

/**
 * The questions the HTTP contract asks of a data source, and nothing about
 * HTTP. The service validates every query (known view, valid months, known
 * sections) before it asks, so a dataset answers only well-formed questions.
 * Implementations: the in-memory cube (demo data, tests, a user's import) and,
 * later, SQL on DuckDB for the reference server. Async, so either fits.
 */
export type Dataset = {
  meta(): Promise<DatasetMeta>;
  regions(): Promise<RegionsResponse>;
  sectors(): Promise<SectorsResponse>;
  cooperation(pair: PairId): Promise<CooperationResponse>;
  /** Sums by flow over the query's sides, period, sections and flow. */
  totals(query: TradeQuery): Promise<PeriodTotals>;
  /** One point per month of the query's period. */
  monthly(query: TradeQuery): Promise<PeriodMonthly>;
  /** Sums by HS section and flow. */
  bySector(query: TradeQuery): Promise<PeriodBySector>;
  /**
   * Sums by flow of every border pair of `regions()` (in its order), of each
   * Kazakh border region with all of Russia, and of Kazakhstan with Russia,
   * for one set of filters: each the same as `totals` of that view.
   */
  byPair(query: BorderQuery): Promise<PeriodByPair>;
  /** The matrix cells behind the query, one page at a time. */
  records(query: TradeQuery, page: Page): Promise<TradeRecordsResponse>;
};
