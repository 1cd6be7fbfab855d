import type { Flow, Month, SectorId } from '@/api/schemas/common';
import type { ChapterId } from '@/api/schemas/sectors';
import type { TradeQuery } from '@/api/schemas/trade';
import { monthIndex } from './months';
import { isCountry, splitPair } from './sides';

/** Directions in cell order: index 0 is export, 1 is import. */
export const CUBE_FLOWS: readonly Flow[] = ['export', 'import'];

/**
 * The whole trade matrix as flat arrays: Kazakh rows (border regions and the
 * rest of Kazakhstan) × Russian columns (likewise) × months × flows × HS
 * chapters. Every level the product shows is a sum over this one matrix, so
 * a pair, a region with the whole other country and the two countries can
 * never disagree.
 *
 * A cell is `values[cellIndex(cube, k, r, m, f, s)]`, in whole USD; `NaN`
 * means not reported (missing, never zero). Months of a row before its
 * `rowFirstMonth` are absent: the region did not exist (Abai, before June
 * 2022), which is neither zero nor missing.
 */
export type Cube = {
  rows: readonly string[];
  columns: readonly string[];
  /** Consecutive months, oldest first. */
  months: readonly Month[];
  /** The HS chapters of the last axis, in code order (01…97, no 77). */
  chapters: readonly ChapterId[];
  /**
   * The HS section of each chapter, in the order of `chapters`. A section's
   * value is the sum of its chapters; sections are contiguous in chapter order.
   */
  chapterSection: readonly SectorId[];
  values: Float64Array;
  /** Index into `months` of each row's first month. */
  rowFirstMonth: readonly number[];
  /** Per (row, column, month, flow): an index into `calibrations`. */
  calibration: Uint16Array;
  calibrations: readonly string[];
  /** Whether the cells are generated (illustrative) rather than imported or official. */
  synthetic: boolean;
};

/** Index of a (row, column, month, flow) group of cells, the calibration grain. */
export function atomIndex(
  cube: Pick<Cube, 'columns' | 'months'>,
  row: number,
  column: number,
  month: number,
  flow: number,
): number {
  return (
    ((row * cube.columns.length + column) * cube.months.length + month) * 2 +
    flow
  );
}

/** Index of one cell in `values`; `chapter` indexes `cube.chapters`. */
export function cellIndex(
  cube: Pick<Cube, 'columns' | 'months' | 'chapters'>,
  row: number,
  column: number,
  month: number,
  flow: number,
  chapter: number,
): number {
  return (
    atomIndex(cube, row, column, month, flow) * cube.chapters.length + chapter
  );
}

/** The sections of a cube in order: each chapter's section, first occurrence first. */
export function cubeSections(
  cube: Pick<Cube, 'chapterSection'>,
): readonly SectorId[] {
  return [...new Set(cube.chapterSection)];
}

/** An empty cube (all cells missing) of the given shape. */
export function emptyCube(
  shape: Pick<
    Cube,
    'rows' | 'columns' | 'months' | 'chapters' | 'chapterSection'
  > & {
    calibrations: readonly string[];
    synthetic: boolean;
    rowFirstMonth?: readonly number[];
  },
): Cube {
  const atoms =
    shape.rows.length * shape.columns.length * shape.months.length * 2;
  return {
    rows: shape.rows,
    columns: shape.columns,
    months: shape.months,
    chapters: shape.chapters,
    chapterSection: shape.chapterSection,
    values: new Float64Array(atoms * shape.chapters.length).fill(Number.NaN),
    rowFirstMonth: shape.rowFirstMonth ?? shape.rows.map(() => 0),
    calibration: new Uint16Array(atoms),
    calibrations: shape.calibrations,
    synthetic: shape.synthetic,
  };
}

/**
 * Which cells a query covers, as indices into the cube's axes. `rows` and
 * `columns` are the matrix cells of each side (one region, or every cell of a
 * country); `flows` and `chapters` are indices into CUBE_FLOWS and the cube's
 * chapters, in increasing order.
 */
export type CubeSelection = {
  rows: readonly number[];
  columns: readonly number[];
  /** Month indices, inclusive; may reach outside the cube, which adds nothing. */
  from: number;
  to: number;
  flows: readonly number[];
  chapters: readonly number[];
};

/** Index of `month` on the cube's axis; may be negative or past the end. */
export function cubeMonthIndex(
  cube: Pick<Cube, 'months'>,
  month: Month,
): number {
  const first = cube.months[0];
  return first === undefined ? 0 : monthIndex(month) - monthIndex(first);
}

/**
 * The rows (or columns) that make up one side: a region is its own row; a
 * whole country (`KZ`, `RU`) is every row, the rest of the country included.
 * A code the cube does not have selects nothing.
 */
function sideCells(axis: readonly string[], side: string): number[] {
  if (isCountry(side)) return axis.map((_, i) => i);
  const index = axis.indexOf(side);
  return index < 0 ? [] : [index];
}

/**
 * The cells of the cube a trade query covers: its two sides, its months,
 * its direction (omitted: both) and its goods: the chapters of its sections
 * and its chapters (both omitted or empty: all; both given: the union).
 * The one reading of a query, for the service and the demo generator alike.
 */
export function selectionFor(
  cube: Pick<
    Cube,
    'rows' | 'columns' | 'months' | 'chapters' | 'chapterSection'
  >,
  query: TradeQuery,
): CubeSelection {
  const { kz, ru } = splitPair(query.pair);
  return {
    rows: sideCells(cube.rows, kz),
    columns: sideCells(cube.columns, ru),
    from: cubeMonthIndex(cube, query.from),
    to: cubeMonthIndex(cube, query.to),
    flows: query.flow ? [CUBE_FLOWS.indexOf(query.flow)] : [0, 1],
    chapters: chapterIndices(cube, query),
  };
}

function chapterIndices(
  cube: Pick<Cube, 'chapters' | 'chapterSection'>,
  query: Pick<TradeQuery, 'sectors' | 'chapters'>,
): number[] {
  const sectors = new Set<string>(query.sectors ?? []);
  const chapters = new Set<string>(query.chapters ?? []);
  const all = sectors.size === 0 && chapters.size === 0;
  const out: number[] = [];
  cube.chapters.forEach((id, i) => {
    if (all || chapters.has(id) || sectors.has(cube.chapterSection[i] ?? ''))
      out.push(i);
  });
  return out;
}
