import {
  monthSchema,
  pairIdSchema,
  SECTOR_IDS,
  sectorIdSchema,
} from '@/api/schemas/common';
import { DEFAULT_FILTERS, type Filters, filtersSchema } from './filters';

/**
 * The view's public URL format (people bookmark and share it):
 * `?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08&sectors=XV,XVI&flow=export&compare=none`
 * Only values that differ from the defaults are written; omitted ones take
 * their defaults. Parameters that are not filters (`lang`, …) are kept.
 */
export const FILTER_PARAMS = [
  'pair',
  'from',
  'to',
  'sectors',
  'flow',
  'compare',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Why a parameter of a link was not applied. */
export type IgnoredParam = {
  param: FilterParam;
  value: string;
  reason: 'invalid' | 'range' | 'unknown-pair' | 'out-of-coverage';
};

/** Rewrites an older link format into the current one, in place. */
export type UrlMigration = (params: URLSearchParams) => void;

/**
 * Ordered migrations for renamed or reshaped parameters. Version 1 is the
 * first public format, so the list is empty; append, never reorder.
 */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

const SECTOR_ORDER = new Map<string, number>(
  SECTOR_IDS.map((id, i) => [id, i]),
);

/** Canonical sector list: known ids, no duplicates, in section order. */
export function canonicalSectors(
  sectors: readonly string[],
): Filters['sectors'] {
  const known = sectors.filter((s): s is Filters['sectors'][number] =>
    SECTOR_ORDER.has(s),
  );
  return [...new Set(known)].sort(
    (a, b) => (SECTOR_ORDER.get(a) ?? 0) - (SECTOR_ORDER.get(b) ?? 0),
  );
}

/**
 * Reads filters from a query string. Every bad value is dropped, the default
 * takes its place, and the result says what was ignored and why. Never throws.
 */
export function parseFilters(
  search: string,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): { filters: Filters; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  for (const migrate of migrations) migrate(params);
  const filters: Filters = {
    ...DEFAULT_FILTERS,
    sectors: [...DEFAULT_FILTERS.sectors],
  };
  const ignored: IgnoredParam[] = [];
  const read = (param: FilterParam) => params.get(param);

  const pair = read('pair');
  if (pair !== null) {
    if (pairIdSchema.safeParse(pair).success) filters.pair = pair;
    else ignored.push({ param: 'pair', value: pair, reason: 'invalid' });
  }

  const from = read('from');
  const to = read('to');
  const validFrom =
    from !== null && monthSchema.safeParse(from).success ? from : null;
  const validTo = to !== null && monthSchema.safeParse(to).success ? to : null;
  if (from !== null && validFrom === null)
    ignored.push({ param: 'from', value: from, reason: 'invalid' });
  if (to !== null && validTo === null)
    ignored.push({ param: 'to', value: to, reason: 'invalid' });
  const nextFrom = validFrom ?? filters.from;
  const nextTo = validTo ?? filters.to;
  if (nextFrom <= nextTo) {
    filters.from = nextFrom;
    filters.to = nextTo;
  } else {
    // A reversed range cannot be read either way: fall back to the default period.
    if (validFrom !== null)
      ignored.push({ param: 'from', value: validFrom, reason: 'range' });
    if (validTo !== null)
      ignored.push({ param: 'to', value: validTo, reason: 'range' });
  }

  const sectors = read('sectors');
  if (sectors !== null && sectors !== '') {
    const parts = sectors.split(',');
    for (const part of parts) {
      if (!sectorIdSchema.safeParse(part).success) {
        ignored.push({ param: 'sectors', value: part, reason: 'invalid' });
      }
    }
    filters.sectors = canonicalSectors(parts);
  }

  const flow = read('flow');
  if (flow !== null) {
    const parsed = filtersSchema.shape.flow.safeParse(flow);
    if (parsed.success) filters.flow = parsed.data;
    else ignored.push({ param: 'flow', value: flow, reason: 'invalid' });
  }

  const compare = read('compare');
  if (compare !== null) {
    const parsed = filtersSchema.shape.compare.safeParse(compare);
    if (parsed.success) filters.compare = parsed.data;
    else ignored.push({ param: 'compare', value: compare, reason: 'invalid' });
  }

  return { filters, ignored };
}

/** Whether a query string carries any filter parameter at all. */
export function hasFilterParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return FILTER_PARAMS.some((p) => params.has(p));
}

/** `~` and `,` stay literal so links read as documented. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/**
 * Writes the filters into `baseSearch`: filter parameters are replaced by
 * the non-default values, every other parameter is kept as it was.
 */
export function serializeFilters(filters: Filters, baseSearch = ''): string {
  const kept = new URLSearchParams(baseSearch);
  for (const param of FILTER_PARAMS) kept.delete(param);
  const parts: string[] = [];
  const sectors = canonicalSectors(filters.sectors).join(',');
  const values: Record<FilterParam, string> = {
    pair: filters.pair,
    from: filters.from,
    to: filters.to,
    sectors,
    flow: filters.flow,
    compare: filters.compare,
  };
  const defaults: Record<FilterParam, string> = {
    pair: DEFAULT_FILTERS.pair,
    from: DEFAULT_FILTERS.from,
    to: DEFAULT_FILTERS.to,
    sectors: DEFAULT_FILTERS.sectors.join(','),
    flow: DEFAULT_FILTERS.flow,
    compare: DEFAULT_FILTERS.compare,
  };
  for (const param of FILTER_PARAMS) {
    if (values[param] !== defaults[param])
      parts.push(`${param}=${encode(values[param])}`);
  }
  for (const [name, value] of kept)
    parts.push(`${encodeURIComponent(name)}=${encode(value)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
