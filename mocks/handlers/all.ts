import { http, HttpResponse, type RequestHandler } from 'msw';
import { clearUserData, loadUserData } from '@/lib/user-data-store';
import type { Dataset } from '@/service/dataset';
import { createService, type Service } from '@/service/service';

let service: Service | undefined;

function demo(): Promise<Dataset> {
  return import('../data/dataset').then(({ demoDataset }) => demoDataset());
}

/** The analyst's stored import as a dataset, or null when there is none. */
async function stored(): Promise<Dataset | null> {
  const data = await loadUserData();
  if (!data) return null;
  const { createUserDataset } = await import('@/service/user-dataset');
  return createUserDataset(data);
}

/**
 * The one service, over the analyst's import when this browser keeps one,
 * else over the demo dataset; created on the first request.
 */
function activeService(): Service {
  service ??= createService(stored().then((dataset) => dataset ?? demo()));
  return service;
}

/**
 * The service's own answer to a request, as the catch-all route below gives
 * it; answer faults (faults.ts) start from it and then spoil it.
 */
export function serviceAnswer(request: Request): Promise<Response> {
  return activeService().fetch(request);
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
  http.post('*/api/user-data', async () => {
    const dataset = await stored();
    if (!dataset)
      return HttpResponse.json(
        { error: { code: 'not_found', message: 'no imported data is stored' } },
        { status: 404 },
      );
    service = createService(Promise.resolve(dataset));
    return HttpResponse.json({ active: 'user' });
  }),
  http.delete('*/api/user-data', async () => {
    await clearUserData();
    service = createService(demo());
    return HttpResponse.json({ active: 'demo' });
  }),
  http.all('*/api/*', ({ request }) => serviceAnswer(request)),
];
