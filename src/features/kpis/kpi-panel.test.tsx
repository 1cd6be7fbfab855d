import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { metaQuery } from '@/api/queries/meta';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import { KpiPanel } from './kpi-panel';

beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

describe('KpiPanel', () => {
  it('shows the reported 927 million turnover with its exact value and source', async () => {
    await renderWithProviders(<KpiPanel />);
    const turnover = await screen.findByRole('region', { name: 'Turnover' });
    expect(await within(turnover).findByText('$927.0M')).toHaveAttribute(
      'title',
      '$927,000,000',
    );
    expect(within(turnover).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringContaining('akimvko/press/news/details/650060'),
    );
    // The reported total is a cited figure: only its change against the synthetic
    // year before is labelled; the synthetic split is labelled on each card.
    const turnoverTags =
      await within(turnover).findAllByText('Illustrative data');
    expect(turnoverTags).toHaveLength(1);
    expect(turnoverTags[0]?.closest('p')).toHaveTextContent('vs Jan');
    for (const name of ['Exports', 'Imports', 'Balance']) {
      const card = screen.getByRole('region', { name });
      expect(await within(card).findByText('Illustrative data')).toBeVisible();
    }
  });

  it('shows a dash, not a zero, for a direction the filter leaves out', async () => {
    useFiltersStore.getState().setFlow('export');
    await renderWithProviders(<KpiPanel />);
    const imports = await screen.findByRole('region', { name: 'Imports' });
    expect(
      await within(imports).findByText('left out by the direction filter'),
    ).toBeVisible();
    // The reported figure covers both directions, so it is not claimed here.
    const turnover = screen.getByRole('region', { name: 'Turnover' });
    expect(within(turnover).queryByRole('link')).toBeNull();
    expect(
      await within(turnover).findByText('Illustrative data'),
    ).toBeVisible();
  });

  it('says so when the pair has no trade in the period', async () => {
    useFiltersStore.getState().replaceFilters(
      {
        ...DEFAULT_FILTERS,
        pair: 'KZ-10~RU-ALT',
        from: '2021-01',
        to: '2021-12',
      },
      { history: 'none' },
    );
    await renderWithProviders(<KpiPanel />);
    expect(
      await screen.findByText('No trade is recorded for this pair and period.'),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Turnover' })).toBeNull();
  });

  it('offers a retry after a server error and shows the figures once it succeeds', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/trade/totals', () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 503 })
          : undefined;
      }),
    );
    useFiltersStore.getState().setCompare('none');
    // The shell mounts panels once /api/meta is known (their keys name the dataset).
    await renderWithProviders(<KpiPanel />, {
      before: (client) => client.query(metaQuery()),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The data service had a problem answering this request.',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('$927.0M')).toBeVisible();
  });
});
