import type {
  MonthlyPointWire,
  Provenance,
  SectorFlows,
  TradeRecord,
} from '@/api/schemas/trade';
import { atomIndex, CUBE_FLOWS, type Cube, type CubeSelection } from './cube';
import { shiftMonth } from './months';

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
          const base = atom * cube.sectors.length;
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
  const count = cube.sectors.length;
  const exports = new Float64Array(count);
  const imports = new Float64Array(count);
  const seen = new Uint8Array(count);
  const counter = provenanceCounter(cube);
  scan(cube, selection, (value, atom, _month, flow, sector) => {
    counter.count(value, atom);
    seen[sector] = 1;
    if (Number.isNaN(value)) return;
    if (flow === 0) exports[sector] = (exports[sector] ?? 0) + value;
    else imports[sector] = (imports[sector] ?? 0) + value;
  });
  const sectors: SectorFlows[] = [];
  cube.sectors.forEach((sector, s) => {
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
                cube.values[atom * cube.sectors.length + sector] ?? Number.NaN;
              records.push({
                month: shiftMonth(first, month),
                kz: cube.rows[row] ?? '',
                ru: cube.columns[column] ?? '',
                flow: CUBE_FLOWS[flow] ?? 'export',
                sector: cube.sectors[sector] ?? 'I',
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
