/**
 * The demo backend's worker, started by a script of its own that runs
 * before the app's entry (index.html), so the demo dataset is generated on
 * another core while the page evaluates the app and renders its first view;
 * and MSW's service worker, registered as early.
 * A real-backend build has neither that script (vite.config.ts) nor, since
 * `__DEMO_BACKEND__` is false there, this code.
 */
let started: Worker | null = null;

// `__DEMO_BACKEND__` is `readEnv().demo` decided at build time (vite.config.ts):
// this module imports nothing, so its chunk runs first and holds only this.
if (__DEMO_BACKEND__ && typeof Worker === 'function') {
  started = new Worker(
    new URL('../mocks/engine/engine.worker.ts', import.meta.url),
    { type: 'module', name: 'demo-backend' },
  );
}

// MSW's service worker, registered now rather than once the mock layer's
// chunk has loaded: a first visit spends a few hundred milliseconds
// installing and activating it. mocks/browser.ts registers the same script
// and finds this registration; a failure is its to report.
if (__DEMO_BACKEND__ && 'serviceWorker' in navigator) {
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}mockServiceWorker.js`)
    .catch(() => undefined);
}

/** The worker started early, once: the demo backend takes it over (mocks/browser.ts). */
export function takeDemoWorker(): Worker | null {
  const worker = started;
  started = null;
  return worker;
}
