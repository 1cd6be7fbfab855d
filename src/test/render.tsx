import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createQueryClient } from '@/app/query-client';
import { ViewChrome } from '@/app/view-chrome';
import { initI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';

/**
 * Renders UI as the app does: a fresh client with the app's defaults (no
 * retries, no shared cache between tests), the view's shared panel chrome, and i18n in the
 * given language. Requests go to the
 * msw/node server started in setup.ts, so unhandled ones fail the test.
 */
export async function renderWithProviders(
  ui: ReactElement,
  {
    language = 'en',
    before,
  }: {
    language?: Language;
    /** Runs on the fresh client before rendering, e.g. to load /api/meta as the shell does. */
    before?: (queryClient: QueryClient) => Promise<unknown>;
  } = {},
): Promise<RenderResult & { queryClient: QueryClient }> {
  await initI18n(language);
  const queryClient = createQueryClient({ retry: false, gcTime: Infinity });
  await before?.(queryClient);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ViewChrome>{ui}</ViewChrome>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
