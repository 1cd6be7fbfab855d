// First: schemas built by later imports must see Zod's settings (jitless).
import '@/api/schemas/zod-config';
// Tokens and document-wide rules (cascade layers); each component imports its
// own CSS, which overrides them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from '@/api/client';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { requestAhead } from '@/app/request-ahead';
import { initI18n, showRawKeys } from '@/i18n/i18n';
import { detectLanguage, readSavedLanguage } from '@/i18n/languages';
import { readEnv } from '@/lib/env';
import { initTheme } from '@/state/theme';
import { takeDemoWorker } from './demo-start';
import { startUrlSync } from '@/state/url-sync';

// Before anything renders, so a saved dark or light choice does not flash.
initTheme();

const env = readEnv();

// Without a backend URL the embedded demo backend answers. Its chunk loads in
// parallel with the first render; requests wait for it, the page does not.
// `__DEMO_BACKEND__` is the build's constant for the same question, so a
// real-backend build holds no mock code at all (vite.config.ts).
const ready =
  __DEMO_BACKEND__ && env.demo
    ? import('../mocks/browser').then(({ startMockWorker }) =>
        startMockWorker(env.baseUrl, window.location.search, takeDemoWorker()),
      )
    : Promise.resolve();
configureClient({ baseUrl: env.apiBaseUrl, ready });

const language = detectLanguage({
  search: window.location.search,
  saved: readSavedLanguage(window.localStorage),
  browser: navigator.languages,
});

// The panels wait for the catalogue (useCatalogGuard): it is asked for now,
// while the language's texts load, not after the first render. A failure is
// the query's to show, in the notice that reads it.
const queryClient = createQueryClient();
// Subscribed before any component, so a filter change's requests leave
// before React renders the change.
requestAhead(queryClient);
queryClient.query(metaQuery()).catch(() => undefined);
queryClient.query(regionsQuery()).catch(() => undefined);

await initI18n(language);
// `?lang=keys` in development shows raw keys instead of text.
if (
  import.meta.env.DEV &&
  new URLSearchParams(window.location.search).get('lang') === 'keys'
) {
  await showRawKeys();
}
// Filters come from the link (or the last view) before the first render, so
// the first requests already ask for what the user opened.
startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
