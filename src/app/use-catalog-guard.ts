import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import {
  type Filters,
  useFilterActions,
  useFilters,
  useFiltersStore,
} from '@/state/filters';
import { noticeActions } from '@/state/notices';
import { reconcileFilters } from '@/state/reconcile';

/**
 * Whether a catalogue query has answered, or failed, at least once. A
 * refetch of a failed query with no data goes back to `pending`; judging by
 * `isPending` alone would unmount the panels, whose remount refetches again:
 * a loop of requests and skeletons. Once it has failed, the page stays up and
 * says so (CatalogNotice) while Retry asks again.
 */
function answered(query: { isPending: boolean; errorUpdateCount: number }) {
  return !query.isPending || query.errorUpdateCount > 0;
}

/**
 * Once regions and metadata are known, a link's pair and period are checked
 * against them; what does not exist falls back to the default with a notice.
 * Returns whether the panels may ask for data (true also when the catalogue
 * failed: the view is then asked as it is, and names show as codes).
 *
 * The shell holding this hook re-renders only when that answer changes, not
 * on every filter change: the filters are read through a selector that says
 * whether the view needs a fix.
 */
export function useCatalogGuard(): boolean {
  const regions = useQuery(regionsQuery());
  const meta = useQuery(metaQuery());
  const { replaceFilters } = useFilterActions();
  const coverage = meta.data?.coverage;
  const defaultView = meta.data?.defaultView;

  // A catalogue being refreshed (the dataset changed) is not judged by: the
  // view is checked against the new one when it arrives.
  const refreshing = regions.isFetching || meta.isFetching;
  const catalog = useMemo(
    () =>
      regions.data && coverage && !refreshing
        ? { regions: regions.data, coverage, defaultView }
        : null,
    [regions.data, coverage, defaultView, refreshing],
  );
  const needsFix = useFilters(
    useCallback(
      (filters: Filters) =>
        catalog !== null &&
        reconcileFilters(filters, catalog).filters !== filters,
      [catalog],
    ),
  );

  useEffect(() => {
    if (!needsFix || catalog === null) return;
    const filters = useFiltersStore.getState().filters;
    const check = reconcileFilters(filters, catalog);
    if (check.filters === filters) return;
    noticeActions.addIgnored(check.ignored);
    // A corrected link replaces the entry: Back must not return to the bad one.
    replaceFilters(check.filters, { history: 'replace' });
  }, [needsFix, catalog, replaceFilters]);

  return answered(regions) && answered(meta) && !needsFix;
}
