import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import { sectorsQuery } from '@/api/queries/sectors';
import { renderWithProviders } from '@/test/render';
import { CatalogNotice } from './catalog-notice';
import { useCatalogGuard } from './use-catalog-guard';

/** A panel: it reads the catalogues too, as the real ones do when they mount. */
function Panel() {
  useQuery(metaQuery());
  useQuery(regionsQuery());
  useQuery(sectorsQuery());
  return <p>panels shown</p>;
}

/** The shell's decision and its notice, with one panel. */
function Shell() {
  const ready = useCatalogGuard();
  return (
    <>
      <CatalogNotice />
      {ready ? <Panel /> : <p>skeleton</p>}
    </>
  );
}

/** Fails `path` until `heal()` is called; counts the requests it saw. */
function failing(path: string) {
  const state = { requests: 0, healed: false };
  server.use(
    http.get(`*${path}`, () => {
      state.requests += 1;
      if (state.healed) return undefined; // on to the demo handler
      return new HttpResponse('<html>Bad Gateway</html>', { status: 502 });
    }),
  );
  return state;
}

describe('a failing catalogue keeps the page up and offers Retry', () => {
  test.each([
    ['/api/meta', 'the dataset description and its period'],
    ['/api/regions', 'region names'],
    ['/api/sectors', 'sector names'],
  ])(
    '%s: the panels show, the notice names it, Retry loads it',
    async (path, part) => {
      const fault = failing(path);
      await renderWithProviders(<Shell />);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        `Some reference data could not be loaded: ${part}.`,
      );
      expect(await screen.findByText('panels shown')).toBeVisible();
      // No loop: the failed request is not asked again by itself.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fault.requests).toBe(1);

      fault.healed = true;
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
      await waitFor(() => {
        expect(screen.queryByRole('alert')).toBeNull();
      });
      expect(fault.requests).toBe(2);
      // Retrying never took the panels down.
      expect(screen.getByText('panels shown')).toBeVisible();
    },
  );
});
