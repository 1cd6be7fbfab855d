import {
  DuckDBDataChunk,
  type DuckDBConnection,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { PairId } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';
import { CUBE_FLOWS, type Cube } from '@/domain/cube';
import type { MemoryDatasetInput } from '@/service/memory-dataset';

/**
 * What a DuckDB dataset is loaded from: exactly what the in-memory dataset
 * is built from, so the two can be compared answer for answer.
 */
export type DuckDbLoadInput = MemoryDatasetInput;

/** What the cube says about itself beyond its axes, kept as the `cube` catalogue entry. */
export type CubeFacts = { synthetic: boolean };

/**
 * The schema. Catalogues are JSON text in `catalogue` (the JSON extension is
 * not needed: the server parses them). `cells` holds only present cells: the
 * months of a row before its first month (Abai before June 2022) are not
 * stored at all, and a NULL value is a cell that was not reported. Axis
 * tables map the small integer keys of `cells` to the codes queries use.
 */
const SCHEMA = `
CREATE OR REPLACE TABLE catalogue (name VARCHAR PRIMARY KEY, body VARCHAR NOT NULL);
CREATE OR REPLACE TABLE kz_rows (row SMALLINT PRIMARY KEY, code VARCHAR NOT NULL, first_month SMALLINT NOT NULL);
CREATE OR REPLACE TABLE ru_columns (col SMALLINT PRIMARY KEY, code VARCHAR NOT NULL);
CREATE OR REPLACE TABLE months (month SMALLINT PRIMARY KEY, code VARCHAR NOT NULL);
CREATE OR REPLACE TABLE flows (flow TINYINT PRIMARY KEY, code VARCHAR NOT NULL);
CREATE OR REPLACE TABLE chapters (chapter TINYINT PRIMARY KEY, code VARCHAR NOT NULL, section VARCHAR NOT NULL);
CREATE OR REPLACE TABLE calibrations (calibration SMALLINT PRIMARY KEY, name VARCHAR NOT NULL);
CREATE OR REPLACE TABLE cells (
  row SMALLINT NOT NULL,
  col SMALLINT NOT NULL,
  month SMALLINT NOT NULL,
  flow TINYINT NOT NULL,
  chapter TINYINT NOT NULL,
  value DOUBLE,
  calibration SMALLINT NOT NULL
);
`;

/**
 * Grains of `sums`: which of the three finer axes a row of it keeps. A bit
 * set keeps that axis's own key; clear, the axis is summed over and its key
 * is -1. The grain of all three (`GRAIN_CELLS`) is `cells` itself and is not
 * repeated in `sums`.
 */
export const GRAIN_ROW = 1;
export const GRAIN_COLUMN = 2;
export const GRAIN_CHAPTER = 4;
export const GRAIN_CELLS = GRAIN_ROW | GRAIN_COLUMN | GRAIN_CHAPTER;

/**
 * `cells` summed at every coarser grain, by month and flow: per pair
 * without chapters, per region (either side) with or without chapters, and
 * per country pair. A query that needs no finer axis reads a few thousand
 * rows here instead of millions in `cells` (about a tenth of their count in
 * all, bench/server-scale.mjs). `reported` and `cells` are the group's
 * non-NULL and all cells, so provenance adds up as it does over `cells`;
 * `total` is NULL when nothing in the group was reported. Sorted by grain,
 * then keys, so each grain is a contiguous, zone-mapped range.
 */
const SUMS = `
CREATE OR REPLACE TABLE sums AS
SELECT
  ((1 - GROUPING(row)) * ${String(GRAIN_ROW)}
    + (1 - GROUPING(col)) * ${String(GRAIN_COLUMN)}
    + (1 - GROUPING(chapter)) * ${String(GRAIN_CHAPTER)})::TINYINT AS grain,
  coalesce(row, -1)::SMALLINT AS row,
  coalesce(col, -1)::SMALLINT AS col,
  month,
  flow,
  coalesce(chapter, -1)::TINYINT AS chapter,
  sum(value) AS total,
  count(value)::INTEGER AS reported,
  count(*)::INTEGER AS cells,
  list(DISTINCT calibration) AS calibrations
FROM cells
GROUP BY GROUPING SETS (
  (row, col, month, flow),
  (row, month, flow, chapter),
  (col, month, flow, chapter),
  (month, flow, chapter),
  (row, month, flow),
  (col, month, flow),
  (month, flow)
)
ORDER BY grain, row, col, month, flow, chapter`;

/** Builds `sums` from `cells` (see above); part of every load, and of opening an older file. */
export async function buildSums(connection: DuckDBConnection): Promise<void> {
  await connection.run(SUMS);
}

async function hasTable(
  connection: DuckDBConnection,
  table: 'cells' | 'sums',
): Promise<boolean> {
  const prepared = await connection.prepare(
    `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = $table`,
  );
  prepared.bind({ table });
  const rows = (await prepared.runAndReadAll()).getRowObjectsJS();
  prepared.destroySync();
  return rows[0]?.['n'] === 1;
}

/** Whether the database was ever loaded. */
export const hasCells = (connection: DuckDBConnection) =>
  hasTable(connection, 'cells');

/** Whether it has `sums`: a file written before they existed has `cells` only. */
export const hasSums = (connection: DuckDBConnection) =>
  hasTable(connection, 'sums');

/** Every view the catalogue offers (see `isKnownView`): the ones cooperation is asked for. */
export function catalogueViews(regions: RegionsResponse): PairId[] {
  const { pairs } = regions;
  return [
    ...pairs.map((p) => p.id),
    ...new Set(pairs.map((p) => `${p.kz}~RU`)),
    ...new Set(pairs.map((p) => `KZ~${p.ru}`)),
    'KZ~RU',
  ];
}

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/** Appends rows a data chunk at a time, typed by the table's own columns. */
async function appendRows(
  connection: DuckDBConnection,
  table: string,
  rows: Iterable<readonly DuckDBValue[]>,
): Promise<void> {
  const appender = await connection.createAppender(table);
  const types = Array.from({ length: appender.columnCount }, (_, i) =>
    appender.columnType(i),
  );
  let batch: (readonly DuckDBValue[])[] = [];
  const flush = () => {
    const chunk = DuckDBDataChunk.create(types, batch.length);
    chunk.setRows(batch);
    appender.appendDataChunk(chunk);
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length === CHUNK_ROWS) flush();
  }
  if (batch.length > 0) flush();
  appender.closeSync();
}

/**
 * The present cells in (row, column, month, flow, chapter) order, the order
 * of `cubeRecords`, as rows of `cells`; an unreported (NaN) value is NULL.
 */
function* presentCells(cube: Cube): Generator<DuckDBValue[]> {
  const chapterCount = cube.chapters.length;
  let atom = 0;
  for (let row = 0; row < cube.rows.length; row += 1) {
    const first = cube.rowFirstMonth[row] ?? 0;
    for (let col = 0; col < cube.columns.length; col += 1) {
      for (let month = 0; month < cube.months.length; month += 1) {
        // One atom per (row, column, month, flow), counted even when absent.
        for (let flow = 0; flow < CUBE_FLOWS.length; flow += 1, atom += 1) {
          if (month < first) continue;
          const calibration = cube.calibration[atom] ?? 0;
          for (let chapter = 0; chapter < chapterCount; chapter += 1) {
            const value =
              cube.values[atom * chapterCount + chapter] ?? Number.NaN;
            yield [
              row,
              col,
              month,
              flow,
              chapter,
              Number.isNaN(value) ? null : value,
              calibration,
            ];
          }
        }
      }
    }
  }
}

/**
 * Replaces whatever the database holds with `input`, in one transaction:
 * a reader never sees half a load. The cooperation catalogue is stored for
 * every view the regions catalogue offers, the only ones the service asks.
 */
export async function loadDataset(
  connection: DuckDBConnection,
  input: DuckDbLoadInput,
): Promise<void> {
  const { cube } = input;
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(SCHEMA);
    const facts: CubeFacts = { synthetic: cube.synthetic };
    await appendRows(connection, 'catalogue', [
      ['meta', JSON.stringify(input.meta)],
      ['regions', JSON.stringify(input.regions)],
      ['sectors', JSON.stringify(input.sectors)],
      ['cube', JSON.stringify(facts)],
      ...catalogueViews(input.regions).map((view) => [
        `cooperation:${view}`,
        JSON.stringify(input.cooperation(view)),
      ]),
    ]);
    await appendRows(
      connection,
      'kz_rows',
      cube.rows.map((code, i) => [i, code, cube.rowFirstMonth[i] ?? 0]),
    );
    await appendRows(
      connection,
      'ru_columns',
      cube.columns.map((code, i) => [i, code]),
    );
    await appendRows(
      connection,
      'months',
      cube.months.map((code, i) => [i, code]),
    );
    await appendRows(
      connection,
      'flows',
      CUBE_FLOWS.map((code, i) => [i, code]),
    );
    await appendRows(
      connection,
      'chapters',
      cube.chapters.map((code, i) => [i, code, cube.chapterSection[i] ?? 'I']),
    );
    await appendRows(
      connection,
      'calibrations',
      cube.calibrations.map((name, i) => [i, name]),
    );
    await appendRows(connection, 'cells', presentCells(cube));
    await buildSums(connection);
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}
