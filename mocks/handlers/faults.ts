import { http, HttpResponse, type RequestHandler } from 'msw';
import type { ApiErrorBody } from '@/api/schemas/common';

/** Each resource and the paths it covers: `trade` is every trade aggregate. */
const RESOURCES = {
  trade: '*/api/trade/*',
  meta: '*/api/meta',
  regions: '*/api/regions',
  sectors: '*/api/sectors',
  cooperation: '*/api/cooperation',
} as const;

function isResource(name: string | undefined): name is keyof typeof RESOURCES {
  return name !== undefined && name in RESOURCES;
}

/**
 * Demo-only fault injection, for showing and testing a failing panel:
 * `?mock-fail=trade:6` answers the next six trade requests with 503,
 * then lets requests through again. `?mock-fail=meta` fails it for good.
 * Several faults are comma-separated. Unknown names are ignored.
 */
export function faultHandlers(search: string): RequestHandler[] {
  const spec = new URLSearchParams(search).get('mock-fail');
  if (!spec) return [];
  return spec.split(',').flatMap((part) => {
    const [name, countText] = part.split(':');
    if (!isResource(name)) return [];
    let remaining = countText === undefined ? Infinity : Number(countText);
    if (!(remaining > 0)) return [];
    return [
      http.get(RESOURCES[name], () => {
        if (remaining <= 0) return undefined; // fall through to the real handler
        remaining -= 1;
        const body: ApiErrorBody = {
          error: {
            code: 'injected_fault',
            message: `${name}: failure injected by ?mock-fail`,
          },
        };
        return HttpResponse.json(body, { status: 503 });
      }),
    ];
  });
}
