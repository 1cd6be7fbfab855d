import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import { SectorsPanel } from './sectors-panel';

beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

describe('SectorsPanel', () => {
  test('a failing chapter detail breaks the open section only; Retry brings its chapters', async () => {
    let failing = true;
    server.use(
      http.get('*/api/trade/by-sector', ({ request }) => {
        const detail = new URL(request.url).searchParams.get('detail');
        if (detail !== 'chapters' || !failing) return undefined;
        return new HttpResponse('<html>Bad Gateway</html>', { status: 502 });
      }),
    );
    await renderWithProviders(<SectorsPanel />);
    const open = await screen.findByRole(
      'button',
      { name: 'Chapters of section XV' },
      { timeout: 5000 },
    );
    await userEvent.click(open);
    const panel = screen.getByRole('region', { name: 'By sector' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The data service had a problem answering this request.',
    );
    // The ranking itself stays: every section is still there to click.
    expect(
      within(panel).getByRole('button', { name: 'Chapters of section XVI' }),
    ).toBeVisible();

    failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(panel).findByRole('list', {
        name: 'Chapters of section XV',
      }),
    ).toBeVisible();
    expect(within(panel).queryByRole('alert')).toBeNull();
  });
});
