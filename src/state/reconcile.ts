import type { Month } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';
import { lastTwelveMonths } from '@/domain/months';
import { isKnownView } from '@/domain/sides';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { IgnoredParam } from './url-codec';

export type Catalog = {
  /** The backend's regions and border pairs: which views exist. */
  regions: RegionsResponse;
  coverage: { from: Month; to: Month };
  /** The backend's own default, when its data lacks the app's (`meta.defaultView`). */
  defaultView?: { pair: string; from: Month; to: Month } | undefined;
};

const fits = (period: { from: Month; to: Month }, catalog: Catalog) =>
  period.from <= period.to &&
  period.from >= catalog.coverage.from &&
  period.to <= catalog.coverage.to;

/**
 * The view the data opens on when the app's default is not in it: the
 * backend's `defaultView` when it exists in the catalogue, else the first
 * border pair (the default one if known) on `fallbackPeriod`.
 */
export function dataDefaultView(catalog: Catalog): {
  pair: string;
  from: Month;
  to: Month;
} {
  const offered = catalog.defaultView;
  if (
    offered &&
    isKnownView(offered.pair, catalog.regions) &&
    fits(offered, catalog)
  )
    return { pair: offered.pair, from: offered.from, to: offered.to };
  const first = catalog.regions.pairs[0];
  return {
    pair:
      isKnownView(DEFAULT_FILTERS.pair, catalog.regions) || !first
        ? DEFAULT_FILTERS.pair
        : first.id,
    ...fallbackPeriod(catalog.coverage),
  };
}

/** Whether the filters' view is the app's built-in default, which nobody chose. */
function isBuiltInView(filters: Filters): boolean {
  return (
    filters.pair === DEFAULT_FILTERS.pair &&
    filters.from === DEFAULT_FILTERS.from &&
    filters.to === DEFAULT_FILTERS.to
  );
}

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
  return lastTwelveMonths(coverage);
}

/**
 * Checks filters that parsed well against what the backend knows: the pair
 * must exist and the period lie within the data's coverage. What fails falls
 * back to the default and is reported, like a malformed parameter. A view is
 * a border pair, a border region with the whole other country, or KZ~RU.
 * The built-in default view, which nobody chose, is replaced by the data's
 * own (`dataDefaultView`) without a notice when the data lacks it.
 */
export function reconcileFilters(
  filters: Filters,
  catalog: Catalog,
): { filters: Filters; ignored: IgnoredParam[] } {
  if (
    isBuiltInView(filters) &&
    !(isKnownView(filters.pair, catalog.regions) && fits(filters, catalog))
  ) {
    const next = { ...filters, ...dataDefaultView(catalog) };
    // A backend whose catalogue lacks even that has nothing better to offer.
    return isKnownView(next.pair, catalog.regions) && fits(next, catalog)
      ? { filters: next, ignored: [] }
      : { filters, ignored: [] };
  }
  const ignored: IgnoredParam[] = [];
  let next = filters;
  if (!isKnownView(filters.pair, catalog.regions)) {
    ignored.push({
      param: 'pair',
      value: filters.pair,
      reason: 'unknown-pair',
    });
    // The default pair, or the data's own if it lacks it.
    next = {
      ...next,
      pair: isKnownView(DEFAULT_FILTERS.pair, catalog.regions)
        ? DEFAULT_FILTERS.pair
        : dataDefaultView(catalog).pair,
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
  // A catalogue with no valid view (no pairs, an empty coverage) has nothing
  // to fall back to: the view stays, and its panels say what the server says.
  if (!isKnownView(next.pair, catalog.regions) || !fits(next, catalog))
    return { filters, ignored: [] };
  return { filters: next, ignored };
}
