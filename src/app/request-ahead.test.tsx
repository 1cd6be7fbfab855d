import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { metaQuery } from '@/api/queries/meta';
import { tradeByPairQuery, tradeTotalsQuery } from '@/api/queries/trade';
import { BreakdownPanel } from '@/features/breakdown/breakdown-panel';
import { CooperationPanel } from '@/features/cooperation/cooperation-panel';
import { KpiPanel } from '@/features/kpis/kpi-panel';
import { SectorsPanel } from '@/features/sectors/sectors-panel';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import {
  borderViewOf,
  datasetKeyOf,
  tradeViewOf,
} from '@/view-model/trade-view';
import { requestAhead } from './request-ahead';

/** Every /api/ request the page sends, as path and query. */
const sent: string[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  sent.push(`${url.pathname}${url.search}`);
};

let stop = () => {};
beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
  sent.length = 0;
  server.events.on('request:start', record);
});
afterEach(() => {
  stop();
  server.events.removeListener('request:start', record);
});

/** The pair view's panels that ask for data, as the shell shows them. */
async function renderPanels() {
  const rendered = await renderWithProviders(
    <>
      <KpiPanel />
      <SectorsPanel />
      <BreakdownPanel />
      <CooperationPanel />
    </>,
    { before: (client) => client.query(metaQuery()) },
  );
  stop = requestAhead(rendered.queryClient);
  const turnover = await screen.findByRole('region', { name: 'Turnover' });
  await within(turnover).findByText('$927.0M');
  return rendered;
}

describe('requests sent ahead of a filter change', () => {
  it('are on their way before the panels render the change, and each is sent once', async () => {
    const { queryClient } = await renderPanels();
    await waitFor(() => {
      expect(sent.filter((url) => url.includes('by-sector'))).not.toEqual([]);
    });
    sent.length = 0;

    // The change itself, outside React's rendering: the totals are already asked.
    useFiltersStore.getState().setPeriod('2023-01', '2023-12');
    const meta = queryClient.getQueryData(metaQuery().queryKey);
    const view = tradeViewOf(
      useFiltersStore.getState().filters,
      datasetKeyOf(meta),
    );
    expect(
      queryClient.getQueryState(tradeTotalsQuery(view).queryKey)?.fetchStatus,
    ).toBe('fetching');

    const turnover = screen.getByRole('region', { name: 'Turnover' });
    await waitFor(() => {
      expect(within(turnover).queryByText('$927.0M')).toBeNull();
    });
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });
    const trade = sent.filter((url) => url.startsWith('/api/trade/'));
    // Totals, monthly, and one ranking (the breakdown asks the same without a sector filter).
    expect(trade).toHaveLength(3);
    expect(new Set(trade).size).toBe(trade.length);
    expect(trade.every((url) => url.includes('to=2023-12'))).toBe(true);
    // The cooperation of the same pair is not asked again.
    expect(sent.filter((url) => url.startsWith('/api/cooperation'))).toEqual(
      [],
    );
  });

  it('ask the overview for the whole border when the view switches to it', async () => {
    const { queryClient } = await renderPanels();
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });
    sent.length = 0;
    useFiltersStore.getState().setView('overview');
    const meta = queryClient.getQueryData(metaQuery().queryKey);
    const view = tradeViewOf(
      useFiltersStore.getState().filters,
      datasetKeyOf(meta),
    );
    expect(
      queryClient.getQueryState(tradeByPairQuery(borderViewOf(view)).queryKey)
        ?.fetchStatus,
    ).toBe('fetching');
    await waitFor(() => {
      expect(sent.some((url) => url.startsWith('/api/trade/by-pair'))).toBe(
        true,
      );
    });
    // Nothing of the pair view is asked for the overview.
    expect(
      sent.filter(
        (url) => url.startsWith('/api/trade/') && !url.includes('by-pair'),
      ),
    ).toEqual([]);
  });

  it('wait for the catalogue: a view set by a link, not by a user, is not asked ahead', async () => {
    const { queryClient } = await renderPanels();
    const link = { ...DEFAULT_FILTERS, from: '2022-01', to: '2022-12' };
    useFiltersStore.getState().replaceFilters(link, { history: 'replace' });
    const meta = queryClient.getQueryData(metaQuery().queryKey);
    const view = tradeViewOf(link, datasetKeyOf(meta));
    // Asked by the panels once they render it (after the shell's check), not before.
    expect(
      queryClient.getQueryState(tradeTotalsQuery(view).queryKey),
    ).toBeUndefined();
  });
});
