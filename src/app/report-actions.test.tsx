import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { OverviewActions } from '@/features/overview/overview-screen';
import { renderWithProviders } from '@/test/render';
import { ReportActions } from './report-actions';

/** The trade answer behind the export buttons fails with `status`. */
function failing(path: string, status: number) {
  server.use(
    http.get(`*${path}`, () =>
      HttpResponse.json(
        { error: { code: 'test', message: 'injected' } },
        { status },
      ),
    ),
  );
}

describe('the export buttons say why the figures are missing, as the panels do', () => {
  test.each([
    [404, 'The requested data does not exist on the server.'],
    [400, 'The server did not accept this request.'],
    [503, 'The data service had a problem answering this request.'],
  ])('pair view, totals %i', async (status, reason) => {
    failing('/api/trade/totals', status);
    await renderWithProviders(<ReportActions />);
    expect(await screen.findByText(reason)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  test('border overview, by-pair 404', async () => {
    failing('/api/trade/by-pair', 404);
    await renderWithProviders(<OverviewActions />);
    expect(
      await screen.findByText(
        'The requested data does not exist on the server.',
      ),
    ).toBeVisible();
  });
});
