import { http, HttpResponse, type RequestHandler } from 'msw';
import { inThreadEngine, type DemoEngine } from '../engine/engine';

/** In this thread until the browser hands the work to a worker (browser.ts). */
let engine: DemoEngine = inThreadEngine();

/** Where the demo's answers are computed from now on. */
export function setEngine(next: DemoEngine): void {
  engine = next;
}

/**
 * The service's own answer to a request, as the catch-all route below gives
 * it; answer faults (faults.ts) start from it and then spoil it.
 */
export function serviceAnswer(request: Request): Promise<Response> {
  return engine.answer(request);
}

/**
 * Every request under /api/ goes to the service, which holds the whole
 * contract (routes, parameters, errors); nothing here restates a rule.
 * The demo backend alone also takes `/api/user-data`: POST serves the import
 * the page has just stored, DELETE forgets it and serves the demo again
 * (the service itself stays read-only). Tests that need a failure prepend
 * an override with `server.use(...)`.
 */
export const handlers: RequestHandler[] = [
  http.post('*/api/user-data', async () =>
    (await engine.serveStored())
      ? HttpResponse.json({ active: 'user' })
      : HttpResponse.json(
          {
            error: { code: 'not_found', message: 'no imported data is stored' },
          },
          { status: 404 },
        ),
  ),
  http.delete('*/api/user-data', async () => {
    await engine.serveDemo();
    return HttpResponse.json({ active: 'demo' });
  }),
  http.all('*/api/*', ({ request }) => serviceAnswer(request)),
];
