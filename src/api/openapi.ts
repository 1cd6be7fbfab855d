import { z } from 'zod';
import {
  apiErrorBodySchema,
  flowSchema,
  monthSchema,
  pairIdSchema,
  sectorIdSchema,
} from './schemas/common';
import { cooperationResponseSchema } from './schemas/cooperation';
import { datasetMetaSchema } from './schemas/meta';
import { regionsResponseSchema } from './schemas/regions';
import { sectorsResponseSchema } from './schemas/sectors';
import { tradeResponseSchema } from './schemas/trade';

/**
 * The HTTP contract as an OpenAPI 3.1 document, generated from the same zod
 * schemas the client parses with, so the document cannot drift from the code.
 * `npm run openapi` writes it to docs/openapi.json; a unit test checks it.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const schema = (s: z.ZodType) =>
    z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });
  const json = (s: z.ZodType, description: string) => ({
    description,
    content: { 'application/json': { schema: schema(s) } },
  });
  const errors = {
    '400': json(
      apiErrorBodySchema,
      'Invalid query parameter; `error.message` names it and says why.',
    ),
    '404': json(apiErrorBodySchema, 'Unknown region pair.'),
    '500': json(apiErrorBodySchema, 'Server error; clients retry 5xx.'),
  };
  const param = (
    name: string,
    s: z.ZodType,
    description: string,
    required: boolean,
  ) => ({
    name,
    in: 'query',
    required,
    description,
    schema: schema(s),
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Border trade dashboard API',
      version: '1.0.0',
      description:
        'Read-only API behind the dashboard. All money is in whole US dollars; flows are read from the Kazakh region. A null value means not reported, never zero.',
    },
    paths: {
      '/api/meta': {
        get: {
          operationId: 'getMeta',
          summary:
            'Dataset provenance: reported figures, calibrations, assumptions, caveats, sources',
          responses: {
            '200': json(datasetMetaSchema, 'Dataset metadata'),
            '500': errors['500'],
          },
        },
      },
      '/api/regions': {
        get: {
          operationId: 'getRegions',
          summary:
            'Border regions (names in en, ru, kk) and the Kazakh–Russian border pairs',
          responses: {
            '200': json(regionsResponseSchema, 'Regions and pairs'),
            '500': errors['500'],
          },
        },
      },
      '/api/sectors': {
        get: {
          operationId: 'getSectors',
          summary: 'HS / TN VED EAEU sections I–XXI',
          responses: {
            '200': json(sectorsResponseSchema, 'Sections'),
            '500': errors['500'],
          },
        },
      },
      '/api/cooperation': {
        get: {
          operationId: 'getCooperation',
          summary:
            'Cooperation areas with cited key figures, and dated events (with their date precision) for a pair',
          parameters: [
            param(
              'pair',
              pairIdSchema,
              'Border pair, Kazakh region first: `KZ-63~RU-ALT`',
              true,
            ),
          ],
          responses: {
            '200': json(cooperationResponseSchema, 'Areas and events'),
            ...errors,
          },
        },
      },
      '/api/trade': {
        get: {
          operationId: 'getTrade',
          summary: 'Monthly trade records of one pair, filtered on the server',
          parameters: [
            param(
              'pair',
              pairIdSchema,
              'Border pair, Kazakh region first: `KZ-63~RU-ALT`',
              true,
            ),
            param(
              'from',
              monthSchema,
              'First month, inclusive (`YYYY-MM`)',
              true,
            ),
            param(
              'to',
              monthSchema,
              'Last month, inclusive; not before `from`',
              true,
            ),
            param(
              'sectors',
              z.string(),
              `Comma-separated HS sections (${sectorIdSchema.options.join(', ')}); omitted means all`,
              false,
            ),
            param('flow', flowSchema, 'Direction; omitted means both', false),
          ],
          responses: {
            '200': json(tradeResponseSchema, 'Matching records'),
            ...errors,
          },
        },
      },
    },
  };
}
