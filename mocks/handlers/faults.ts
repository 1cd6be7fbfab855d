import { http, HttpResponse, type RequestHandler } from 'msw';
import type { ApiErrorBody } from '../../src/api/schemas/common';

const RESOURCES = [
  'trade',
  'meta',
  'regions',
  'sectors',
  'cooperation',
] as const;

/**
 * Demo-only fault injection, for showing and testing a failing panel:
 * `?mock-fail=trade:6` answers the next six /api/trade requests with 503,
 * then lets requests through again. `?mock-fail=meta` fails it for good.
 * Several faults are comma-separated. Unknown names are ignored.
 */
export function faultHandlers(search: string): RequestHandler[] {
  const spec = new URLSearchParams(search).get('mock-fail');
  if (!spec) return [];
  return spec.split(',').flatMap((part) => {
    const [name, countText] = part.split(':');
    const resource = RESOURCES.find((r) => r === name);
    if (!resource) return [];
    let remaining = countText === undefined ? Infinity : Number(countText);
    if (!(remaining > 0)) return [];
    return [
      http.get(`*/api/${resource}`, () => {
        if (remaining <= 0) return undefined; // fall through to the real handler
        remaining -= 1;
        const body: ApiErrorBody = {
          error: {
            code: 'injected_fault',
            message: `${resource}: failure injected by ?mock-fail`,
          },
        };
        return HttpResponse.json(body, { status: 503 });
      }),
    ];
  });
}
