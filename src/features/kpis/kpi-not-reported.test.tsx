import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { demoDataset } from '../../../mocks/data/dataset';
import type {
  TradeMonthlyResponse,
  TradeTotalsResponse,
} from '@/api/schemas/trade';
import { createService } from '@/service/service';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import { KpiPanel } from './kpi-panel';

beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

const service = createService(demoDataset());
const answer = async <T,>(request: Request): Promise<T> =>
  (await (await service.fetch(request)).json()) as T;

describe('a direction with nothing reported', () => {
  test('never shows $0.0, even while the months that say so are still loading', async () => {
    // A dataset whose imports were not reported at all: totals 0, every month null.
    server.use(
      http.get('*/api/trade/totals', async ({ request }) => {
        const body = await answer<TradeTotalsResponse>(request);
        const current = {
          ...body.current,
          imports: 0,
          turnover: body.current.exports,
          balance: body.current.exports,
        };
        return HttpResponse.json({ ...body, current });
      }),
      http.get('*/api/trade/monthly', async ({ request }) => {
        const body = await answer<TradeMonthlyResponse>(request);
        await new Promise((resolve) => setTimeout(resolve, 400));
        const points = body.current.points.map((p) => ({ ...p, import: null }));
        return HttpResponse.json({
          ...body,
          current: { ...body.current, points },
        });
      }),
    );
    await renderWithProviders(<KpiPanel />);
    // The totals are in (the exports card would show them), the months not yet.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByText('$0.0')).toBeNull();
    const imports = await screen.findByRole('region', { name: 'Imports' });
    expect(await within(imports).findByText('not reported')).toBeVisible();
    expect(screen.queryByText('$0.0')).toBeNull();
  });
});
