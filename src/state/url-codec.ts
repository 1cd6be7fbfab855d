/**
 * Filters to and from the query string, both directions driven by `PARAMS`.
 * Only values that differ from the defaults are written; omitted ones take
 * their defaults. Parameters that are not filters (`lang`, …) are kept.
 */

import { fromNotAfterTo } from '@/api/schemas/trade';
import {
  DEFAULT_FILTERS,
  type Filters,
  redundantChapters,
  withoutRedundantChapters,
} from './filters';
import {
  canonicalChapters,
  canonicalSectors,
  FILTER_PARAMS,
  type FilterParam,
  PARAMS,
  type ParamRead,
} from './url-params';

/**
 * Why a parameter of a link was not applied. `repeated`: the link gives the
 * parameter again with another value, and only its first value counts.
 */
export type IgnoredParam = {
  param: FilterParam;
  value: string;
  reason:
    | 'invalid'
    | 'range'
    | 'redundant'
    | 'repeated'
    | 'unknown-pair'
    | 'out-of-coverage';
};

/** Query parameters a migration may read but not edit. */
export type ReadonlyParams = Omit<
  URLSearchParams,
  'append' | 'delete' | 'set' | 'sort'
>;

/** Rewrites an older link format into the next one, as new parameters. */
export type UrlMigration = (params: ReadonlyParams) => URLSearchParams;

/**
 * Ordered migrations for renamed or reshaped parameters. Version 1 is the
 * first public format, so the list is empty; append, never reorder.
 */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** Applies the migrations in order, each to the previous one's result. */
export function migrateParams(
  search: string,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): ReadonlyParams {
  return migrations.reduce<ReadonlyParams>(
    (params, migrate) => migrate(params),
    new URLSearchParams(search),
  );
}

/** What a link says of one filter: its first value, read, and the repeats. */
type ParamReport<T> = { read: ParamRead<T>; repeated: IgnoredParam[] };

/**
 * A parameter's first value, read by its codec. A link that gives the
 * parameter again says two things at once: the first value counts, and each
 * later one that differs is reported (a link writes each filter once).
 */
function readParam<K extends FilterParam>(
  params: ReadonlyParams,
  key: K,
): ParamReport<Filters[K]> {
  const [first, ...later] = params.getAll(key);
  if (first === undefined) return { read: { status: 'missing' }, repeated: [] };
  return {
    read: PARAMS[key].parse(first),
    repeated: later
      .filter((value) => value !== first)
      .map((value) => ({ param: key, value, reason: 'repeated' })),
  };
}

/**
 * From and to are read one by one, then checked together with the API's own
 * rule: a reversed range cannot be read either way, so both fall back to the
 * default period, and whichever end the link gave is reported.
 */
function checkPeriod(
  filters: Filters,
  given: Partial<Filters>,
): { filters: Filters; ignored: IgnoredParam[] } {
  if (fromNotAfterTo(filters)) return { filters, ignored: [] };
  const ignored: IgnoredParam[] = [];
  if (given.from !== undefined)
    ignored.push({ param: 'from', value: given.from, reason: 'range' });
  if (given.to !== undefined)
    ignored.push({ param: 'to', value: given.to, reason: 'range' });
  const { from, to } = DEFAULT_FILTERS;
  return { filters: { ...filters, from, to }, ignored };
}

/**
 * A chapter whose section the link also chooses adds nothing: it is dropped
 * and reported, so the link is rewritten in its one canonical form.
 */
function checkChapters(filters: Filters): {
  filters: Filters;
  ignored: IgnoredParam[];
} {
  const ignored = redundantChapters(filters).map((value): IgnoredParam => ({
    param: 'chapters',
    value,
    reason: 'redundant',
  }));
  return { filters: withoutRedundantChapters(filters), ignored };
}

/**
 * A view that has the filters' shape, brought within the rules a link's view
 * keeps: sector and chapter lists in canonical form, a period that does not
 * end before it starts (else the default period), no chapter that a chosen
 * section covers. It is for a view that did not come from a link (a stored
 * one), so it reports nothing. Never throws.
 */
export function checkView(view: Filters): Filters {
  const canonical: Filters = {
    ...view,
    sectors: canonicalSectors(view.sectors),
    chapters: canonicalChapters(view.chapters),
  };
  return checkChapters(checkPeriod(canonical, canonical).filters).filters;
}

/** Reports keep the link's order; a cross-check's follow the last parameter it reads. */
function inLinkOrder(
  reports: readonly IgnoredParam[],
  checked: readonly IgnoredParam[],
  after: FilterParam,
): IgnoredParam[] {
  const cut = FILTER_PARAMS.indexOf(after);
  const before = (r: IgnoredParam) => FILTER_PARAMS.indexOf(r.param) <= cut;
  return [
    ...reports.filter(before),
    ...checked,
    ...reports.filter((r) => !before(r)),
  ];
}

/**
 * Reads filters from a query string. Every bad value is dropped, the default
 * takes its place, and the result says what was ignored and why. Never throws.
 */
export function parseFilters(
  search: string,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): { filters: Filters; ignored: IgnoredParam[] } {
  const params = migrateParams(search, migrations);
  const read: Filters = {
    ...DEFAULT_FILTERS,
    sectors: [...DEFAULT_FILTERS.sectors],
    chapters: [...DEFAULT_FILTERS.chapters],
  };
  const given: Partial<Filters> = {};
  const reports: IgnoredParam[] = [];
  const apply = <K extends FilterParam>(
    key: K,
    { read: result, repeated }: ParamReport<Filters[K]>,
  ) => {
    if (result.status !== 'missing')
      for (const value of result.rejected)
        reports.push({ param: key, value, reason: 'invalid' });
    // A loop, not `push(...repeated)`: a link may repeat a parameter more
    // times than a call takes arguments.
    for (const report of repeated) reports.push(report);
    if (result.status === 'valid') {
      read[key] = result.value;
      given[key] = result.value;
    }
  };
  for (const key of FILTER_PARAMS) apply(key, readParam(params, key));
  const period = checkPeriod(read, given);
  const chapters = checkChapters(period.filters);
  return {
    filters: chapters.filters,
    ignored: inLinkOrder(
      inLinkOrder(reports, period.ignored, 'to'),
      chapters.ignored,
      'chapters',
    ),
  };
}

/** Whether a query string carries any filter parameter, old names included. */
export function hasFilterParams(
  search: string,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): boolean {
  const params = migrateParams(search, migrations);
  return FILTER_PARAMS.some((p) => params.has(p));
}

/** `~` and `,` stay literal so links read as documented. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

function writeParam<K extends FilterParam>(
  key: K,
  value: Filters[K],
): string | null {
  const text = PARAMS[key].write(value);
  return text === PARAMS[key].write(DEFAULT_FILTERS[key]) ? null : text;
}

/**
 * Writes the filters into `baseSearch`: filter parameters are replaced by
 * the non-default values, every other parameter is kept as it was (after
 * the migrations, so an old link is rewritten in the current format).
 */
export function serializeFilters(
  filters: Filters,
  baseSearch = '',
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): string {
  const parts: string[] = [];
  for (const key of FILTER_PARAMS) {
    const text = writeParam(key, filters[key]);
    if (text !== null) parts.push(`${key}=${encode(text)}`);
  }
  const params = migrateParams(baseSearch, migrations);
  for (const [name, value] of params) {
    if (!(FILTER_PARAMS as readonly string[]).includes(name))
      parts.push(`${encodeURIComponent(name)}=${encode(value)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
