import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoDataset } from '../../../mocks/data/dataset';
import { server } from '../../../mocks/node';
import { errorMessageKey } from '@/components/error-message';
import { useI18n } from '@/i18n/i18n';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import { renderWithProviders } from '@/test/render';
import { ImportControls } from './import-controls';
import type { CommitResult } from './protocol';
import { useShowImport } from './use-show-import';

const RESULT: CommitResult = {
  pair: 'KZ-15~RU-ORE',
  from: '2024-01',
  to: '2024-02',
  records: 2,
  duplicates: [],
  file: {
    name: 'orenburg.csv',
    importedAt: '2024-03-01T10:00:00Z',
    container: 'text',
    encoding: 'utf-8',
    delimiter: ';',
    columns: [],
    fixed: { kz: null, ru: null, flow: null, unit: null },
    rows: 2,
    records: 2,
    controlTotals: [],
  },
};

beforeEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

/** The POST of /api/user-data answers `statuses` in turn. */
function activation(statuses: number[]) {
  const seen = { requests: 0 };
  server.use(
    http.post('*/api/user-data', () => {
      const status = statuses[seen.requests] ?? 200;
      seen.requests += 1;
      return status === 200
        ? HttpResponse.json({ active: 'user' })
        : HttpResponse.json(
            { error: { code: 'test', message: 'injected' } },
            { status },
          );
    }),
  );
  return seen;
}

function Probe({ onShown }: { onShown: (result: CommitResult) => void }) {
  const { t } = useI18n();
  const { show, error } = useShowImport(onShown);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          show(RESULT);
        }}
      >
        show
      </button>
      {error ? <p role="alert">{t(errorMessageKey(error))}</p> : null}
    </>
  );
}

describe('useShowImport', () => {
  it('keeps a refused activation as its error, moves nothing, and shows the import on a second try', async () => {
    const seen = activation([500]);
    const shown: CommitResult[] = [];
    await renderWithProviders(<Probe onShown={(r) => shown.push(r)} />);

    await userEvent.click(screen.getByRole('button', { name: 'show' }));
    // A rejection would fail the run as unhandled; it is the hook's error.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data service had a problem answering this request.',
    );
    expect(shown).toEqual([]);
    expect(useFiltersStore.getState().filters.pair).toBe(DEFAULT_FILTERS.pair);

    await userEvent.click(screen.getByRole('button', { name: 'show' }));
    await waitFor(() => {
      expect(shown).toEqual([RESULT]);
    });
    expect(seen.requests).toBe(2);
    expect(useFiltersStore.getState().filters).toMatchObject({
      pair: 'KZ-15~RU-ORE',
      from: '2024-01',
      to: '2024-02',
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ImportControls', () => {
  it('says so when the demo data could not be restored', async () => {
    const meta = await demoDataset().meta();
    server.use(
      http.get('*/api/meta', () =>
        HttpResponse.json({ ...meta, status: 'user' }),
      ),
      http.delete('*/api/user-data', () => HttpResponse.error()),
    );
    await renderWithProviders(<ImportControls />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Reset to demo data' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The demo data could not be restored. The data service could not be reached.',
    );
  });
});
