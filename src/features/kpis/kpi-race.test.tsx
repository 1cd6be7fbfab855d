import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import { KpiPanel } from './kpi-panel';

beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

const exact = async () => {
  const turnover = await screen.findByRole('region', { name: 'Turnover' });
  return within(turnover).getByText(/^\$/).getAttribute('title');
};

describe('a late answer never overwrites a newer view', () => {
  test('the older request, answered after the newer one, is cancelled and never drawn', async () => {
    // A server that answers January–March only after 600 ms, everything else at once.
    server.use(
      http.get('*/api/trade/totals', async ({ request }) => {
        const from = new URL(request.url).searchParams.get('from') ?? '';
        if (
          from !== '2023-01' ||
          new URL(request.url).searchParams.get('to') !== '2023-03'
        )
          return undefined;
        await new Promise((resolve) => setTimeout(resolve, 600));
        return undefined;
      }),
    );
    const { queryClient } = await renderWithProviders(<KpiPanel />);
    await waitFor(async () => {
      expect(await exact()).toBe('$927,000,000');
    });

    act(() => {
      useFiltersStore.getState().setPeriod('2023-01', '2023-03'); // slow
    });
    act(() => {
      useFiltersStore.getState().setPeriod('2023-04', '2023-06'); // fast
    });
    await waitFor(async () => {
      expect(await exact()).not.toBe('$927,000,000');
    });
    const newer = await exact();
    // Long after the slow answer would have come: the newer view stays.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await exact()).toBe(newer);
    expect(useFiltersStore.getState().filters.from).toBe('2023-04');
    // The stale query was cancelled, not left to land: it holds no answer.
    const stale = queryClient.getQueryCache().findAll({
      predicate: (query) =>
        JSON.stringify(query.queryKey).includes(
          '"from":"2023-01","to":"2023-03"',
        ),
    });
    expect(stale.length).toBeGreaterThan(0);
    for (const query of stale) {
      expect(query.state.fetchStatus).toBe('idle');
      expect(query.state.dataUpdatedAt).toBe(0);
    }
  });
});
