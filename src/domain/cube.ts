import type {
  Flow,
  Month,
  SECTOR_IDS as WIRE_SECTOR_IDS,
  SectorId,
} from '@/api/schemas/common';
import type {
  MonthlyPointWire,
  Provenance,
  SectorFlows,
  TradeQuery,
  TradeRecord,
} from '@/api/schemas/trade';
import { monthIndex, shiftMonth } from './months';
import { isCountry, splitPair } from './sides';

/** Directions in cell order: index 0 is export, 1 is import. */
export const CUBE_FLOWS: readonly Flow[] = ['export', 'import'];

/**
 * The whole trade matrix as flat arrays: Kazakh rows (border regions and the
 * rest of Kazakhstan) × Russian columns (likewise) × months × flows × HS
 * sections. Every level the product shows is a sum over this one matrix, so
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
  values: Float64Array;
  /** Index into `months` of each row's first month. */
  rowFirstMonth: readonly number[];
  /** Per (row, column, month, flow): an index into `calibrations`. */
  calibration: Uint16Array;
  calibrations: readonly string[];
  /** Whether the cells are generated (illustrative) rather than imported or official. */
  synthetic: boolean;
};

/**
 * The sector axis, in wire order. domain only type-imports the schemas (no zod at run time),
 * so the list is repeated here; `satisfies` makes typecheck fail unless it equals
 * api/schemas/common's SECTOR_IDS, element for element and in order.
 */
const SECTOR_IDS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
] as const satisfies typeof WIRE_SECTOR_IDS;
const SECTOR_COUNT = SECTOR_IDS.length;

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

/** Index of one cell in `values`. */
export function cellIndex(
  cube: Pick<Cube, 'columns' | 'months'>,
  row: number,
  column: number,
  month: number,
  flow: number,
  sector: number,
): number {
  return atomIndex(cube, row, column, month, flow) * SECTOR_COUNT + sector;
}

/** An empty cube (all cells missing) of the given shape. */
export function emptyCube(
  shape: Pick<Cube, 'rows' | 'columns' | 'months'> & {
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
    values: new Float64Array(atoms * SECTOR_COUNT).fill(Number.NaN),
    rowFirstMonth: shape.rowFirstMonth ?? shape.rows.map(() => 0),
    calibration: new Uint16Array(atoms),
    calibrations: shape.calibrations,
    synthetic: shape.synthetic,
  };
}

/**
 * Which cells a query covers, as indices into the cube's axes. `rows` and
 * `columns` are the matrix cells of each side (one region, or every cell of a
 * country); `flows` and `sectors` are indices into CUBE_FLOWS and SECTOR_IDS.
 */
export type CubeSelection = {
  rows: readonly number[];
  columns: readonly number[];
  /** Month indices, inclusive; may reach outside the cube, which adds nothing. */
  from: number;
  to: number;
  flows: readonly number[];
  sectors: readonly number[];
};

/** Index of `month` on the cube's axis; may be negative or past the end. */
export function cubeMonthIndex(
  cube: Pick<Cube, 'months'>,
  month: Month,
): number {
  const first = cube.months[0];
  return first === undefined ? 0 : monthIndex(month) - monthIndex(first);
}

const ALL_SECTORS: readonly number[] = SECTOR_IDS.map((_, i) => i);

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
 * its direction (omitted: both) and its sections (omitted or empty: all).
 * The one reading of a query, for the service and the demo generator alike.
 */
export function selectionFor(
  cube: Pick<Cube, 'rows' | 'columns' | 'months'>,
  query: TradeQuery,
): CubeSelection {
  const { kz, ru } = splitPair(query.pair);
  return {
    rows: sideCells(cube.rows, kz),
    columns: sideCells(cube.columns, ru),
    from: cubeMonthIndex(cube, query.from),
    to: cubeMonthIndex(cube, query.to),
    flows: query.flow ? [CUBE_FLOWS.indexOf(query.flow)] : [0, 1],
    sectors:
      query.sectors && query.sectors.length > 0
        ? query.sectors.map((id) => SECTOR_IDS.indexOf(id))
        : ALL_SECTORS,
  };
}

/** Calls `visit` for every present cell of the selection, with its atom and month. */
function scan(
  cube: Cube,
  selection: CubeSelection,
  visit: (
    value: number,
    atom: number,
    month: number,
    flow: number,
    sector: number,
  ) => void,
): void {
  const lastMonth = cube.months.length - 1;
  const to = Math.min(selection.to, lastMonth);
  for (const row of selection.rows) {
    const from = Math.max(selection.from, cube.rowFirstMonth[row] ?? 0);
    for (const column of selection.columns) {
      for (let month = from; month <= to; month += 1) {
        for (const flow of selection.flows) {
          const atom = atomIndex(cube, row, column, month, flow);
          const base = atom * SECTOR_COUNT;
          for (const sector of selection.sectors) {
            visit(
              cube.values[base + sector] ?? Number.NaN,
              atom,
              month,
              flow,
              sector,
            );
          }
        }
      }
    }
  }
}

/** Collects provenance while cells are summed. */
function provenanceCounter(cube: Cube) {
  let reportedCells = 0;
  let missingCells = 0;
  const used = new Set<number>();
  return {
    count(value: number, atom: number) {
      if (Number.isNaN(value)) missingCells += 1;
      else reportedCells += 1;
      used.add(cube.calibration[atom] ?? 0);
    },
    result(): Provenance {
      return {
        synthetic: cube.synthetic && reportedCells + missingCells > 0,
        calibrations: [...used]
          .map((i) => cube.calibrations[i] ?? String(i))
          .sort(),
        reportedCells,
        missingCells,
      };
    },
  };
}

/**
 * Monthly sums by flow over the selection, one point per month from `from`
 * to `to` (month indices, inclusive). A flow with no reported cell in a month
 * stays null, never zero; a month outside the cube is null too.
 */
export function cubeMonthly(
  cube: Cube,
  selection: CubeSelection,
): { points: MonthlyPointWire[]; provenance: Provenance } {
  const length = Math.max(0, selection.to - selection.from + 1);
  const sums: [(number | null)[], (number | null)[]] = [
    new Array<number | null>(length).fill(null),
    new Array<number | null>(length).fill(null),
  ];
  const counter = provenanceCounter(cube);
  scan(cube, selection, (value, atom, month, flow) => {
    counter.count(value, atom);
    if (Number.isNaN(value)) return;
    const series = sums[flow as 0 | 1];
    const i = month - selection.from;
    series[i] = (series[i] ?? 0) + value;
  });
  const first = cube.months[0] ?? '2000-01';
  const points = Array.from({ length }, (_, i) => ({
    month: shiftMonth(first, selection.from + i),
    export: (sums[0][i] ?? null) as MonthlyPointWire['export'],
    import: (sums[1][i] ?? null) as MonthlyPointWire['import'],
  }));
  return { points, provenance: counter.result() };
}

/**
 * Sums by HS section and flow over the selection, in section order. A section
 * appears when the selection holds any present cell of it, reported or not.
 */
export function cubeBySector(
  cube: Cube,
  selection: CubeSelection,
): { sectors: SectorFlows[]; provenance: Provenance } {
  const exports = new Float64Array(SECTOR_COUNT);
  const imports = new Float64Array(SECTOR_COUNT);
  const seen = new Uint8Array(SECTOR_COUNT);
  const counter = provenanceCounter(cube);
  scan(cube, selection, (value, atom, _month, flow, sector) => {
    counter.count(value, atom);
    seen[sector] = 1;
    if (Number.isNaN(value)) return;
    if (flow === 0) exports[sector] = (exports[sector] ?? 0) + value;
    else imports[sector] = (imports[sector] ?? 0) + value;
  });
  const sectors: SectorFlows[] = [];
  SECTOR_IDS.forEach((sector: SectorId, s) => {
    if (seen[s] !== 1) return;
    sectors.push({
      sector,
      exports: (exports[s] ?? 0) as SectorFlows['exports'],
      imports: (imports[s] ?? 0) as SectorFlows['imports'],
    });
  });
  return { sectors, provenance: counter.result() };
}

/** How many present cells the selection holds: the record count of a listing. */
export function cubeCellCount(cube: Cube, selection: CubeSelection): number {
  let count = 0;
  const lastMonth = cube.months.length - 1;
  const to = Math.min(selection.to, lastMonth);
  for (const row of selection.rows) {
    const from = Math.max(selection.from, cube.rowFirstMonth[row] ?? 0);
    if (to >= from) count += to - from + 1;
  }
  return (
    count *
    selection.columns.length *
    selection.flows.length *
    selection.sectors.length
  );
}

/**
 * The cells of the selection as records, ordered by row, column, month, flow
 * and section, skipping the first `offset` and returning at most `limit`.
 */
export function cubeRecords(
  cube: Cube,
  selection: CubeSelection,
  offset: number,
  limit: number,
): TradeRecord[] {
  const records: TradeRecord[] = [];
  let index = 0;
  const end = offset + limit;
  const first = cube.months[0] ?? '2000-01';
  const lastMonth = cube.months.length - 1;
  const to = Math.min(selection.to, lastMonth);
  for (const row of selection.rows) {
    const from = Math.max(selection.from, cube.rowFirstMonth[row] ?? 0);
    const span = to >= from ? to - from + 1 : 0;
    const rowCells =
      span *
      selection.columns.length *
      selection.flows.length *
      selection.sectors.length;
    // Skip whole rows before the page without visiting their cells.
    if (index + rowCells <= offset) {
      index += rowCells;
      continue;
    }
    for (const column of selection.columns) {
      for (let month = from; month <= to; month += 1) {
        for (const flow of selection.flows) {
          const atom = atomIndex(cube, row, column, month, flow);
          for (const sector of selection.sectors) {
            if (index >= end) return records;
            if (index >= offset) {
              const value =
                cube.values[atom * SECTOR_COUNT + sector] ?? Number.NaN;
              records.push({
                month: shiftMonth(first, month),
                kz: cube.rows[row] ?? '',
                ru: cube.columns[column] ?? '',
                flow: CUBE_FLOWS[flow] ?? 'export',
                sector: SECTOR_IDS[sector] ?? 'I',
                valueUsd: (Number.isNaN(value)
                  ? null
                  : value) as TradeRecord['valueUsd'],
                synthetic: cube.synthetic,
                calibration:
                  cube.calibrations[cube.calibration[atom] ?? 0] ?? '',
              });
            }
            index += 1;
          }
        }
      }
    }
  }
  return records;
}
