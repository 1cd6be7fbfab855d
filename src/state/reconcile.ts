import type { Month } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';
import { isKnownView } from '@/domain/sides';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { IgnoredParam } from './url-codec';

export type Catalog = {
  /** The backend's regions and border pairs: which views exist. */
  regions: RegionsResponse;
  coverage: { from: Month; to: Month };
};

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
    next = { ...next, pair: DEFAULT_FILTERS.pair };
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
    next = { ...next, from: DEFAULT_FILTERS.from, to: DEFAULT_FILTERS.to };
  }
  return { filters: next, ignored };
}
