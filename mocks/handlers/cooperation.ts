import { http, HttpResponse } from 'msw';
import { pairIdSchema, type ApiErrorBody } from '../../src/api/schemas/common';
import type { CooperationResponse } from '../../src/api/schemas/cooperation';

function errorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/** GET /api/cooperation?pair=KZ-63~RU-ALT: areas, key figures and timeline of one pair. */
export const cooperationHandler = http.get(
  '*/api/cooperation',
  async ({ request }) => {
    const raw = new URL(request.url).searchParams.get('pair');
    const parsed = pairIdSchema.safeParse(raw ?? undefined);
    if (!parsed.success) {
      // Name the parameter first, as /api/trade does: the UI and tests read it.
      const why =
        raw === null
          ? 'required parameter is missing'
          : parsed.error.issues.map((issue) => issue.message).join('; ');
      return HttpResponse.json(errorBody('invalid_query', `pair: ${why}`), {
        status: 400,
      });
    }

    const { isKnownPair } = await import('../data/dataset');
    if (!isKnownPair(parsed.data)) {
      return HttpResponse.json(
        errorBody(
          'unknown_pair',
          `pair: ${parsed.data} is not one of the border pairs`,
        ),
        { status: 404 },
      );
    }
    const { cooperationForPair } = await import('../data/cooperation');
    const body: CooperationResponse = cooperationForPair(parsed.data);
    return HttpResponse.json(body);
  },
);
