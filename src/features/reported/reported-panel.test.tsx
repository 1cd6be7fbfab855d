import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoDataset } from '../../../mocks/data/dataset';
import { server } from '../../../mocks/node';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import { ReportedPanel } from './reported-panel';

beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

describe('ReportedPanel', () => {
  it('lists the figures about the forum pair at every level, the pair first and marked as this view', async () => {
    await renderWithProviders(<ReportedPanel />);
    const panel = await screen.findByRole('region', {
      name: 'Reported figures',
    });
    const items = await within(panel).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('East Kazakhstan Region ↔ Altai Krai');
    expect(items[0]).toHaveTextContent('$927.0M');
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(panel).toHaveTextContent('about $480.0M');
    expect(panel).toHaveTextContent('Kazakhstan ↔ Russia');
    // Figures from both sides' statistics: the panel says they do not match.
    expect(panel).toHaveTextContent('Mirror statistics');
  });

  it('opens exactly a figure’s level and period, all sections and both directions', async () => {
    useFiltersStore.getState().setFlow('export');
    await renderWithProviders(<ReportedPanel />);
    const button = await screen.findByRole('button', {
      name: /^Show this period: Kazakhstan ↔ Russia, .*2022, turnover$/,
    });
    await userEvent.click(button);
    expect(useFiltersStore.getState().filters).toMatchObject({
      pair: 'KZ~RU',
      from: '2022-01',
      to: '2022-12',
      sectors: [],
      flow: 'all',
    });
  });

  it('says so when nothing was reported on the sides at any level', async () => {
    const meta = await demoDataset().meta();
    server.use(
      http.get('*/api/meta', () =>
        HttpResponse.json({ ...meta, reportedFigures: [] }),
      ),
    );
    await renderWithProviders(<ReportedPanel />);
    expect(
      await screen.findByText(
        'No officially reported figure is known for these sides.',
      ),
    ).toBeVisible();
  });

  it('offers a retry when the metadata fails, and shows the figures once it succeeds', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/meta', () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 503 })
          : undefined;
      }),
    );
    await renderWithProviders(<ReportedPanel />);
    const panel = await screen.findByRole('region', {
      name: 'Reported figures',
    });
    const alert = await within(panel).findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByText('about $480.0M')).toBeVisible();
  });
});
