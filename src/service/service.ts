import type { Dataset } from './dataset';
import { ServiceError } from './errors';
import { parseParams } from './params';
import { ROUTES } from './routes';

/** The backend as one web-standard handler: MSW, node:http and tests all call it. */
export type Service = {
  fetch: (request: Request) => Promise<Response>;
};

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/**
 * The HTTP contract over a dataset. `dataset` may be a promise, so a large
 * dataset (the demo cube) can load while the caller already holds the
 * service. Paths are matched from their `/api/` segment on, so the app can
 * live under a base path. The reply is JSON in every case: a documented
 * error (400 `invalid_query`, 404 `unknown_pair` or `not_found`, 405) or 500
 * `internal`, whose message never carries internals.
 */
export function createService(dataset: Dataset | Promise<Dataset>): Service {
  const ready = Promise.resolve(dataset);
  return {
    async fetch(request) {
      const url = new URL(request.url);
      const at = url.pathname.indexOf('/api/');
      const path = at < 0 ? url.pathname : url.pathname.slice(at);
      try {
        const route = ROUTES.find((r) => r.path === path);
        if (!route)
          throw new ServiceError(404, 'not_found', `${path}: no such endpoint`);
        if (request.method !== 'GET') {
          throw new ServiceError(
            405,
            'method_not_allowed',
            `${request.method}: the API is read-only; use GET`,
          );
        }
        const params = parseParams(route, url.searchParams);
        return reply(200, await route.handle(await ready, params));
      } catch (error) {
        if (error instanceof ServiceError)
          return reply(error.status, error.body);
        console.error('[service]', path, error);
        return reply(500, {
          error: { code: 'internal', message: `${path}: internal error` },
        });
      }
    },
  };
}
