import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '@/i18n/i18n';
import {
  DEFAULT_FILTERS,
  type Filters,
  useFiltersStore,
} from '@/state/filters';
import { useExportContext } from './use-export-context';

async function contextFor(filters: Filters, language: 'en' | 'ru' = 'en') {
  await initI18n(language);
  useFiltersStore.getState().replaceFilters(filters, { history: 'none' });
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useExportContext(), { wrapper });
  await waitFor(() => {
    expect(result.current).not.toBeNull();
  });
  return result.current;
}

afterEach(() => {
  useFiltersStore
    .getState()
    .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

describe('useExportContext', () => {
  it('names every good of a whole view as all goods, and keeps the title plain', async () => {
    const context = await contextFor(DEFAULT_FILTERS);
    // Intl writes the range with thin spaces around the dash.
    expect(context?.title.replace(/\s/g, ' ')).toBe(
      'East Kazakhstan Region ↔ Altai Krai trade, Jan – Aug 2023',
    );
    expect(context?.filterLines).toContain(
      'Goods (HS sections and chapters): All goods',
    );
  });

  it('names the chosen sections and chapters in the title and the filter lines', async () => {
    const context = await contextFor({
      ...DEFAULT_FILTERS,
      sectors: ['XVI'],
      chapters: ['04', '76'],
    });
    const goods =
      'XVI Machinery & electrical, 04 Dairy, eggs, honey, 76 Aluminium';
    expect(context?.title).toMatch(
      new RegExp(` · ${goods.replace(/[&.]/g, '\\$&')}$`),
    );
    expect(context?.filterLines).toContain(
      `Goods (HS sections and chapters): ${goods}`,
    );
  });

  it('speaks the interface language', async () => {
    const context = await contextFor(
      { ...DEFAULT_FILTERS, chapters: ['76'] },
      'ru',
    );
    expect(context?.title).toMatch(/ · 76 Алюминий$/);
  });
});
