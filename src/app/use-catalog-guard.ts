import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import { type Filters, useFilterActions, useFilters } from '@/state/filters';
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
 */
export function useCatalogGuard(): boolean {
  const regions = useQuery(regionsQuery());
  const meta = useQuery(metaQuery());
  const filters = useFilters((f: Filters) => f);
  const { replaceFilters } = useFilterActions();
  const coverage = meta.data?.coverage;
  const defaultView = meta.data?.defaultView;

  // A catalogue being refreshed (the dataset changed) is not judged by: the
  // view is checked against the new one when it arrives.
  const refreshing = regions.isFetching || meta.isFetching;
  const check = useMemo(
    () =>
      regions.data && coverage && !refreshing
        ? reconcileFilters(filters, {
            regions: regions.data,
            coverage,
            defaultView,
          })
        : null,
    [filters, regions.data, coverage, defaultView, refreshing],
  );
  const needsFix = check !== null && check.filters !== filters;

  useEffect(() => {
    if (check && check.filters !== filters) {
      noticeActions.addIgnored(check.ignored);
      // A corrected link replaces the entry: Back must not return to the bad one.
      replaceFilters(check.filters, { history: 'replace' });
    }
  }, [check, filters, replaceFilters]);

  return answered(regions) && answered(meta) && !needsFix;
}
