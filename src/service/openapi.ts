import { z } from 'zod/mini';
import { apiErrorBodySchema } from '@/api/schemas/common';
import type { ParamSpec } from './params';
import { ROUTES } from './routes';

/**
 * The HTTP contract as an OpenAPI 3.1 document, generated from the route
 * table the service answers from (and so from the zod schemas the client
 * parses with): the document cannot drift from the code.
 * `npm run openapi` writes it to docs/openapi.json; a unit test checks it.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const schema = (s: z.ZodMiniType) =>
    z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });
  const json = (s: z.ZodMiniType, description: string) => ({
    description,
    content: { 'application/json': { schema: schema(s) } },
  });
  const errors = {
    '400': json(
      apiErrorBodySchema,
      'Invalid query parameter (`invalid_query`); `error.message` names it and says why.',
    ),
    '404': json(
      apiErrorBodySchema,
      'Unknown view (`unknown_pair`): not a border pair, a border region with the whole other country, or KZ~RU.',
    ),
    '500': json(
      apiErrorBodySchema,
      'Server error (`internal`); clients retry 5xx.',
    ),
  };
  const param = (spec: ParamSpec) => ({
    name: spec.name,
    in: 'query',
    required: spec.required,
    description: spec.description,
    // A list travels as one comma-separated string.
    schema: spec.list ? { type: 'string' } : schema(spec.schema),
  });
  const paths = Object.fromEntries(
    ROUTES.map((route) => [
      route.path,
      {
        get: {
          operationId: route.operationId,
          summary: route.summary,
          ...(route.params.length > 0
            ? { parameters: route.params.map(param) }
            : {}),
          responses: {
            '200': json(route.response, route.responseDescription),
            ...(route.params.length > 0 ? { '400': errors['400'] } : {}),
            ...(route.looksUpView ? { '404': errors['404'] } : {}),
            '500': errors['500'],
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Border trade dashboard API',
      version: '2.0.0',
      description:
        'Read-only API behind the dashboard. All money is in whole US dollars; flows are read from the Kazakh side. A null value means not reported, never zero. Every level (a border pair, a border region with the whole other country, Kazakhstan with Russia) is a sum over one matrix of Kazakh rows × Russian columns, each including the rest of its country.',
    },
    paths,
  };
}
