import type { QueryClient } from '@tanstack/react-query';
import { cooperationQuery } from '@/api/queries/cooperation';
import { metaQuery } from '@/api/queries/meta';
import {
  tradeByPairQuery,
  tradeBySectorQuery,
  tradeMonthlyQuery,
  tradeTotalsQuery,
} from '@/api/queries/trade';
import { breakdownView } from '@/features/breakdown/breakdown-view';
import { rankingView } from '@/features/sectors/use-sector-ranking';
import { type Filters, useFiltersStore } from '@/state/filters';
import {
  borderViewOf,
  datasetKeyOf,
  tradeViewOf,
} from '@/view-model/trade-view';

/**
 * Sends the requests a screen's panels will make for `filters`, each built
 * by the query factory and view function the panel itself uses, so the keys
 * are the panels' keys and nothing is asked twice; a fresh answer in the
 * cache is not asked again. The client's retry rule applies, as for a
 * panel's own request; a failure is the panel's to show. The breakdown's
 * chapter detail is asked ahead only when the filter chooses chapters; a
 * table opened by hand asks for its own.
 */
export function sendAhead(
  client: QueryClient,
  filters: Filters,
  dataset: string,
): void {
  const view = tradeViewOf(filters, dataset);
  const quietly = (answer: Promise<unknown>) => {
    answer.catch(() => undefined);
  };
  if (filters.view === 'overview') {
    quietly(client.query(tradeByPairQuery(borderViewOf(view))));
    return;
  }
  quietly(client.query(tradeTotalsQuery(view)));
  quietly(client.query(tradeMonthlyQuery(view)));
  quietly(client.query(tradeBySectorQuery(rankingView(view))));
  quietly(
    client.query(
      tradeBySectorQuery(
        breakdownView(view),
        filters.chapters.length > 0 ? 'chapters' : 'sections',
      ),
    ),
  );
  quietly(client.query(cooperationQuery(view.query.pair)));
}

/**
 * Sends a filter change's requests as the change is made, before React
 * renders it: the answers are on their way while the panels re-render, and
 * the panels find them in flight (or cached) under their own keys. Only a
 * user's change once the catalogue has answered: a link being checked
 * against the catalogue waits for it (useCatalogGuard). Subscribe it
 * before the first render (main.tsx): the store calls its listeners in
 * order, and one that runs after React's is only heard once React has
 * rendered. Returns the unsubscribe function.
 */
export function requestAhead(client: QueryClient): () => void {
  return useFiltersStore.subscribe((state, previous) => {
    if (state.filters === previous.filters) return;
    if (state.lastChange.history !== 'push') return;
    const meta = client.getQueryData(metaQuery().queryKey);
    if (!meta) return;
    sendAhead(client, state.filters, datasetKeyOf(meta));
  });
}
