import type { Month } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';
import { shiftMonth } from '@/domain/months';
import { isKnownView } from '@/domain/sides';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { IgnoredParam } from './url-codec';

export type Catalog = {
  /** The backend's regions and border pairs: which views exist. */
  regions: RegionsResponse;
  coverage: { from: Month; to: Month };
};

/**
 * The period a view falls back to: the default one when the data cover it,
 * else the data's last twelve months (or all of them, when fewer). A
 * fallback the catalogue itself rejects would be corrected again for ever.
 */
export function fallbackPeriod(coverage: Catalog['coverage']): {
  from: Month;
  to: Month;
} {
  const { from, to } = DEFAULT_FILTERS;
  if (from >= coverage.from && to <= coverage.to) return { from, to };
  const yearBack = shiftMonth(coverage.to, -11);
  return {
    from: yearBack > coverage.from ? yearBack : coverage.from,
    to: coverage.to,
  };
}

/**
 * Checks filters that parsed well against what the backend knows: the pair
 * must exist and the period lie within the data's coverage. What fails falls
 * back to the default and is reported, like a malformed parameter. A view is
 * a border pair, a border region with the whole other country, or KZ~RU.
 */
export function reconcileFilters(
  filters: Filters,
  catalog: Catalog,
): { filters: Filters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  let next = filters;
  if (!isKnownView(filters.pair, catalog.regions)) {
    ignored.push({
      param: 'pair',
      value: filters.pair,
      reason: 'unknown-pair',
    });
    // The default pair, or the catalogue's first border pair if it lacks it.
    const first = catalog.regions.pairs[0];
    next = {
      ...next,
      pair:
        isKnownView(DEFAULT_FILTERS.pair, catalog.regions) || !first
          ? DEFAULT_FILTERS.pair
          : first.id,
    };
  }
  const { from, to } = catalog.coverage;
  if (
    filters.from < from ||
    filters.to > to ||
    filters.from > to ||
    filters.to < from
  ) {
    if (filters.from < from || filters.from > to) {
      ignored.push({
        param: 'from',
        value: filters.from,
        reason: 'out-of-coverage',
      });
    }
    if (filters.to > to || filters.to < from) {
      ignored.push({
        param: 'to',
        value: filters.to,
        reason: 'out-of-coverage',
      });
    }
    next = { ...next, ...fallbackPeriod(catalog.coverage) };
  }
  return { filters: next, ignored };
}
