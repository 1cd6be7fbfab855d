import {
  BOOLEAN,
  INTEGER,
  LIST,
  listValue,
  TINYINT,
  VARCHAR,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { Page, TradeQuery } from '@/api/schemas/trade';
import { isCountry, splitPair } from '@/domain/sides';
import {
  GRAIN_CELLS,
  GRAIN_CHAPTER,
  GRAIN_COLUMN,
  GRAIN_ROW,
} from './duckdb-load';

/**
 * The SQL of the DuckDB dataset. Every value a caller supplies is a bound
 * parameter of a prepared statement; the texts below are constants, so no
 * input ever becomes SQL.
 */

/** Named parameters and their types, ready for `PreparedStatement.bind`. */
export type Bound = {
  values: Record<string, DuckDBValue>;
  types: Record<string, DuckDBType>;
};

/**
 * The cells a trade query covers, as `selectionFor` reads it, by codes: a
 * side is its own row (or column), or every one of a country's, the rest of
 * the country included, when it is `KZ` (or `RU`); a code the cube lacks
 * selects nothing. Months are the period's, clipped to the cube's, and of
 * each row only its stored (present) months. Goods are the chapters of
 * `$sectors` and `$chapters` together, or all of them when both are empty;
 * `$flow` NULL is both directions.
 *
 * Sides, months and flow are compared with one key or a key range (a
 * scalar subquery, NULL for an unknown code, which selects nothing), not
 * with `IN (SELECT …)`: a semi-join per axis costs more than the sum itself
 * over ten million cells (bench/server-scale.mjs). Month keys follow month
 * codes, so the period is the range from the first key at or after `$from`
 * to the last at or before `$to`.
 */
const SELECTED = `
  ($kz_all OR c.row = (SELECT row FROM kz_rows WHERE code = $kz))
  AND ($ru_all OR c.col = (SELECT col FROM ru_columns WHERE code = $ru))
  AND c.month BETWEEN (SELECT min(month) FROM months WHERE code >= $from)
    AND (SELECT max(month) FROM months WHERE code <= $to)
  AND ($flow IS NULL OR c.flow = (SELECT flow FROM flows WHERE code = $flow))
  AND ((len($sectors) = 0 AND len($chapters) = 0) OR c.chapter IN (
    SELECT chapter FROM chapters
    WHERE code IN (SELECT unnest($chapters))
      OR section IN (SELECT unnest($sectors))
  ))`;

/**
 * Where a sum reads from: `cells` itself, or the rows of one grain of
 * `sums` (duckdb-load.ts), whose groups are the same cells pre-summed.
 * Both are aliased `c`, so `SELECTED` applies to either; they differ in
 * the value column and in how provenance counts.
 */
type Source = {
  from: string;
  where: string;
  value: string;
  provenance: string;
};

/**
 * The provenance of each group: cells summed (non-NULL), cells skipped
 * (NULL) and the calibration indices they rest on. Groups partition the
 * selection, so the counts add and the calibrations unite across them.
 */
const CELLS: Source = {
  from: 'cells c',
  where: SELECTED,
  value: 'c.value',
  provenance: `
  count(c.value)::INTEGER AS reported,
  (count(*) - count(c.value))::INTEGER AS missing,
  list(DISTINCT c.calibration) AS calibrations`,
};

/** The same over `sums` of grain `$grain`: counts add, calibration lists concatenate. */
const SUMS: Source = {
  from: 'sums c',
  where: `c.grain = $grain AND ${SELECTED}`,
  value: 'c.total',
  provenance: `
  sum(c.reported)::INTEGER AS reported,
  (sum(c.cells) - sum(c.reported))::INTEGER AS missing,
  flatten(list(c.calibrations)) AS calibrations`,
};

/** One statement per source: `sql.cells` and `sql.sums`. */
export type Statement = { cells: string; sums: string };
const both = (sql: (source: Source) => string): Statement => ({
  cells: sql(CELLS),
  sums: sql(SUMS),
});

/** Sums by flow, one row per flow present. */
export const TOTALS_SQL = both(
  (s) => `
SELECT f.code AS flow, sum(${s.value}) AS total, ${s.provenance}
FROM ${s.from} JOIN flows f ON f.flow = c.flow
WHERE ${s.where}
GROUP BY f.code`,
);

/** Sums by month and flow; a month with no reported cell of a flow sums to NULL. */
export const MONTHLY_SQL = both(
  (s) => `
SELECT m.code AS month, f.code AS flow, sum(${s.value}) AS total, ${s.provenance}
FROM ${s.from} JOIN months m ON m.month = c.month JOIN flows f ON f.flow = c.flow
WHERE ${s.where}
GROUP BY m.code, f.code`,
);

/** Sums by chapter and flow, in chapter order; a chapter appears when any cell of it is present. */
export const BY_CHAPTER_SQL = both(
  (s) => `
SELECT ch.chapter AS position, ch.code AS chapter, ch.section AS section,
  sum(${s.value}) FILTER (WHERE f.code = 'export') AS exports,
  sum(${s.value}) FILTER (WHERE f.code = 'import') AS imports,
  ${s.provenance}
FROM ${s.from} JOIN chapters ch ON ch.chapter = c.chapter JOIN flows f ON f.flow = c.flow
WHERE ${s.where}
GROUP BY ch.chapter, ch.code, ch.section
ORDER BY ch.chapter`,
);

/** Sums by matrix cell (Kazakh row × Russian column): the parts of every level. */
export const BY_CELL_SQL = both(
  (s) => `
SELECT r.code AS kz, co.code AS ru,
  sum(${s.value}) FILTER (WHERE f.code = 'export') AS exports,
  sum(${s.value}) FILTER (WHERE f.code = 'import') AS imports,
  ${s.provenance}
FROM ${s.from}
  JOIN kz_rows r ON r.row = c.row
  JOIN ru_columns co ON co.col = c.col
  JOIN flows f ON f.flow = c.flow
WHERE ${s.where}
GROUP BY r.code, co.code`,
);

/** How many present cells the query covers: the record count of a listing. */
export const RECORD_COUNT_SQL: Statement = {
  cells: `SELECT count(*)::INTEGER AS total FROM cells c WHERE ${SELECTED}`,
  sums: `SELECT coalesce(sum(c.cells), 0)::INTEGER AS total FROM sums c WHERE ${SUMS.where}`,
};

/** One page of the cells, in the order of `cubeRecords`. */
export const RECORDS_SQL = `
SELECT m.code AS month, r.code AS kz, co.code AS ru, f.code AS flow,
  ch.section AS sector, ch.code AS chapter, c.value AS value,
  coalesce(cal.name, '') AS calibration
FROM cells c
  JOIN kz_rows r ON r.row = c.row
  JOIN ru_columns co ON co.col = c.col
  JOIN months m ON m.month = c.month
  JOIN flows f ON f.flow = c.flow
  JOIN chapters ch ON ch.chapter = c.chapter
  LEFT JOIN calibrations cal ON cal.calibration = c.calibration
WHERE ${SELECTED}
ORDER BY c.row, c.col, c.month, c.flow, c.chapter
LIMIT $limit OFFSET $offset`;

export const CATALOGUE_SQL = `SELECT body FROM catalogue WHERE name = $name`;
export const CALIBRATIONS_SQL = `SELECT calibration, name FROM calibrations`;
export const CELL_COUNT_SQL = `SELECT count(*)::INTEGER AS cells FROM cells`;

/**
 * The statement of `sql` a query runs, with its parameters: `sums` at the
 * query's grain (a side that is a whole country, and no chapter when the
 * answer is not by chapter and no goods are chosen, is summed over), or
 * `cells` when the query needs every axis. `keep.chapter`: the answer is by
 * chapter; `keep.cell`: by Kazakh row and Russian column. Those axes are
 * then kept whatever the query's sides.
 */
export function planFor(
  sql: Statement,
  query: TradeQuery,
  keep: { chapter?: boolean; cell?: boolean } = {},
): { sql: string; bound: Bound } {
  const { kz, ru } = splitPair(query.pair);
  const goods =
    (query.sectors?.length ?? 0) > 0 || (query.chapters?.length ?? 0) > 0;
  const grain =
    (keep.cell === true || !isCountry(kz) ? GRAIN_ROW : 0) |
    (keep.cell === true || !isCountry(ru) ? GRAIN_COLUMN : 0) |
    (keep.chapter === true || goods ? GRAIN_CHAPTER : 0);
  const bound = selectionParams(query);
  if (grain === GRAIN_CELLS) return { sql: sql.cells, bound };
  return {
    sql: sql.sums,
    bound: {
      values: { ...bound.values, grain },
      types: { ...bound.types, grain: TINYINT },
    },
  };
}

/** The parameters of `SELECTED` for a query. */
export function selectionParams(query: TradeQuery): Bound {
  const { kz, ru } = splitPair(query.pair);
  const strings = LIST(VARCHAR);
  return {
    values: {
      kz_all: isCountry(kz),
      kz,
      ru_all: isCountry(ru),
      ru,
      from: query.from,
      to: query.to,
      flow: query.flow ?? null,
      sectors: listValue(query.sectors ?? []),
      chapters: listValue(query.chapters ?? []),
    },
    types: {
      kz_all: BOOLEAN,
      kz: VARCHAR,
      ru_all: BOOLEAN,
      ru: VARCHAR,
      from: VARCHAR,
      to: VARCHAR,
      flow: VARCHAR,
      sectors: strings,
      chapters: strings,
    },
  };
}

/** The parameters of `RECORDS_SQL`. */
export function pageParams(query: TradeQuery, page: Page): Bound {
  const selection = selectionParams(query);
  return {
    values: { ...selection.values, limit: page.limit, offset: page.offset },
    types: { ...selection.types, limit: INTEGER, offset: INTEGER },
  };
}
