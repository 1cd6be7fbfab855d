import { z } from 'zod/mini';
import {
  flowSchema,
  monthSchema,
  pairIdSchema,
  sectorIdSchema,
} from '@/api/schemas/common';
import { chapterIdSchema } from '@/api/schemas/sectors';
import {
  compareSchema,
  FROM_AFTER_TO,
  fromNotAfterTo,
  RECORDS_PAGE_MAX,
} from '@/api/schemas/trade';
import { ServiceError } from './errors';
import type { Route } from './routes';

/** One query parameter: how it is documented and how it is parsed. */
export type ParamSpec = {
  name: string;
  schema: z.ZodMiniType;
  description: string;
  required: boolean;
  /** Travels as a comma list (`sectors=XV,XVI`); empty means omitted. */
  list?: boolean;
};

export const PAIR: ParamSpec = {
  name: 'pair',
  schema: pairIdSchema,
  description:
    'The two sides, Kazakh side first: a border pair `KZ-63~RU-ALT`, a border region with the whole other country `KZ-15~RU` or `KZ~RU-OMS`, or `KZ~RU`',
  required: true,
};

/** The filters every trade aggregate takes besides its view: period, goods, direction. */
export const FILTER_PARAMS: readonly ParamSpec[] = [
  {
    name: 'from',
    schema: monthSchema,
    description: 'First month, inclusive (`YYYY-MM`)',
    required: true,
  },
  {
    name: 'to',
    schema: monthSchema,
    description: 'Last month, inclusive; not before `from`',
    required: true,
  },
  {
    name: 'sectors',
    schema: z.array(sectorIdSchema),
    description: `Comma-separated HS sections (${sectorIdSchema.options.join(', ')}); omitted means all`,
    required: false,
    list: true,
  },
  {
    name: 'chapters',
    schema: z.array(chapterIdSchema),
    description:
      'Comma-separated HS chapters (`01`…`97`, no `77`); omitted means all. With `sectors`, the union of both',
    required: false,
    list: true,
  },
  {
    name: 'flow',
    schema: flowSchema,
    description: 'Direction from the Kazakh side; omitted means both',
    required: false,
  },
];

export const TRADE_PARAMS: readonly ParamSpec[] = [PAIR, ...FILTER_PARAMS];

export const COMPARE: ParamSpec = {
  name: 'compare',
  schema: compareSchema,
  description:
    '`prev` also answers for the same months one year earlier (`previous`); omitted, `previous` is null',
  required: false,
};

/** By-sector answers list the chapters only when asked: a view that shows none downloads none. */
export const DETAIL: ParamSpec = {
  name: 'detail',
  schema: z.enum(['chapters']),
  description:
    '`chapters` also lists every HS chapter (`chapters`, null otherwise), so a view downloads chapter rows only when it shows them',
  required: false,
};

/** A page of records: `offset` and `limit`, bounded so no reply is huge. */
export const PAGE_PARAMS: readonly ParamSpec[] = [
  {
    name: 'offset',
    schema: z.coerce.number().check(z.int(), z.nonnegative()),
    description: 'Records to skip; default 0',
    required: false,
  },
  {
    name: 'limit',
    schema: z.coerce.number().check(z.int(), z.gte(1), z.lte(RECORDS_PAGE_MAX)),
    description: `Records per page, 1–${String(RECORDS_PAGE_MAX)}; default 1000`,
    required: false,
  },
];

export const PERIOD_RULE = {
  check: (value: Record<string, unknown>) =>
    fromNotAfterTo(value as { from: string; to: string }),
  message: FROM_AFTER_TO.message,
  path: FROM_AFTER_TO.path,
};

/**
 * Reads a route's parameters from a query string with their schemas. Every
 * problem becomes one 400 whose message names the parameter first
 * (`from: expected a month as YYYY-MM`).
 */
export function parseParams(
  route: Route,
  search: URLSearchParams,
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const spec of route.params) {
    const value = search.get(spec.name);
    if (value === null) continue;
    if (spec.list) {
      if (value !== '') raw[spec.name] = value.split(',');
    } else raw[spec.name] = value;
  }
  const shape = Object.fromEntries(
    route.params.map((spec) => [
      spec.name,
      spec.required ? spec.schema : z.optional(spec.schema),
    ]),
  );
  const object = z.object(shape);
  const schema = route.refine
    ? object.check(
        z.refine(route.refine.check, {
          message: route.refine.message,
          path: route.refine.path,
        }),
      )
    : object;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
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
  throw new ServiceError(400, 'invalid_query', message);
}
