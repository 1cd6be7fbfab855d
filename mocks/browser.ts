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
 */
export async function startMockWorker(
  baseUrl: string,
  search = '',
): Promise<void> {
  // The dataset is built in a worker beside the first render; a browser
  // that cannot start one computes the answers in this thread.
  if (typeof Worker === 'function') setEngine(workerEngine());
  const worker = setupWorker(...faultHandlers(search), ...handlers);
  await worker.start({
    serviceWorker: { url: `${baseUrl}mockServiceWorker.js` },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
}
