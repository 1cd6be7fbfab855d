import { http, HttpResponse } from 'msw';
import type { ApiErrorBody } from '../../src/api/schemas/common';
import {
  tradeQuerySchema,
  type TradeResponse,
} from '../../src/api/schemas/trade';

const QUERY_PARAMS = ['pair', 'from', 'to', 'sectors', 'flow'] as const;

function errorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/**
 * GET /api/trade?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08[&sectors=II,XV][&flow=import]
 *
 * `sectors` travels as a comma list (see buildUrl in src/api/client.ts); an
 * empty value means all sections, like an absent one.
 */
export const tradeHandler = http.get('*/api/trade', async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const raw: Partial<Record<(typeof QUERY_PARAMS)[number], string>> = {};
  for (const name of QUERY_PARAMS) {
    const value = params.get(name);
    if (value !== null) raw[name] = value;
  }
  const parsed = tradeQuerySchema.safeParse({
    ...raw,
    sectors:
      raw.sectors === undefined || raw.sectors === ''
        ? undefined
        : raw.sectors.split(','),
  });
  if (!parsed.success) {
    // Name the parameter first: the UI and the tests read it from the message.
    const message = parsed.error.issues
      .map((issue) => {
        const param = String(issue.path[0] ?? 'query');
        const why =
          param in raw || param === 'query'
            ? issue.message
            : 'required parameter is missing';
        return `${param}: ${why}`;
      })
      .join('; ');
    return HttpResponse.json(errorBody('invalid_query', message), {
      status: 400,
    });
  }

  const data = await import('../data/dataset');
  if (!data.isKnownPair(parsed.data.pair)) {
    return HttpResponse.json(
      errorBody(
        'unknown_pair',
        `pair: ${parsed.data.pair} is not one of the border pairs`,
      ),
      { status: 404 },
    );
  }
  const body: TradeResponse = { records: data.queryTrade(parsed.data) };
  return HttpResponse.json(body);
});
