import { setupWorker } from 'msw/browser';
import { workerEngine } from './engine/worker-engine';
import { handlers, setEngine } from './handlers/all';
import { faultHandlers } from './handlers/faults';

/**
 * Starts the demo backend in the browser. `baseUrl` is the app's base path
 * (Vite's `import.meta.env.BASE_URL`, ending in '/'), so the worker script is
 * found when the app is served from a sub-path. Requests the mocks do not
 * know (assets, fonts) go to the network untouched. `search` may carry a
 * demo fault (see faults.ts); the app must be awaited before it fetches.
 * `early` is the engine's worker if one was started before the app.
 */
export async function startMockWorker(
  baseUrl: string,
  search = '',
  early: Worker | null = null,
): Promise<void> {
  // The dataset is built in a worker beside the first render (`early`, when
  // index.html started it); a browser that cannot start one computes the
  // answers in this thread.
  if (typeof Worker === 'function') setEngine(workerEngine(early));
  const worker = setupWorker(...faultHandlers(search), ...handlers);
  await worker.start({
    serviceWorker: { url: `${baseUrl}mockServiceWorker.js` },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
}
