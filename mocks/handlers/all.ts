import { http, type RequestHandler } from 'msw';
import { createService, type Service } from '@/service/service';

let service: Service | undefined;

/** The one service over the demo dataset, created on the first request. */
function demoService(): Service {
  service ??= createService(
    import('../data/dataset').then(({ demoDataset }) => demoDataset()),
  );
  return service;
}

/**
 * Every request under /api/ goes to the service, which holds the whole
 * contract (routes, parameters, errors); nothing here restates a rule.
 * Tests that need a failure prepend an override with `server.use(...)`.
 */
export const handlers: RequestHandler[] = [
  http.all('*/api/*', ({ request }) => demoService().fetch(request)),
];
