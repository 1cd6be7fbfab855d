import type {
  ChapterFlows,
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
    chapter: number,
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
          const base = atom * cube.chapters.length;
          for (const chapter of selection.chapters) {
            visit(
              cube.values[base + chapter] ?? Number.NaN,
              atom,
              month,
              flow,
              chapter,
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

/** Sums by chapter and flow over the selection, and which chapters have a present cell. */
function chapterSums(cube: Cube, selection: CubeSelection) {
  const count = cube.chapters.length;
  const exports = new Float64Array(count);
  const imports = new Float64Array(count);
  const seen = new Uint8Array(count);
  const counter = provenanceCounter(cube);
  scan(cube, selection, (value, atom, _month, flow, chapter) => {
    counter.count(value, atom);
    seen[chapter] = 1;
    if (Number.isNaN(value)) return;
    if (flow === 0) exports[chapter] = (exports[chapter] ?? 0) + value;
    else imports[chapter] = (imports[chapter] ?? 0) + value;
  });
  return { exports, imports, seen, provenance: counter.result() };
}

type ChapterSums = ReturnType<typeof chapterSums>;

/** Section rows of chapter sums: each section is the sum of its chapters. */
function sectionRows(cube: Cube, sums: ChapterSums): SectorFlows[] {
  const rows: SectorFlows[] = [];
  const bySection = new Map<string, SectorFlows>();
  cube.chapters.forEach((_, c) => {
    if (sums.seen[c] !== 1) return;
    const section = cube.chapterSection[c] ?? 'I';
    let row = bySection.get(section);
    if (!row) {
      row = {
        sector: section,
        exports: 0 as SectorFlows['exports'],
        imports: 0 as SectorFlows['imports'],
      };
      bySection.set(section, row);
      rows.push(row);
    }
    row.exports = (row.exports +
      (sums.exports[c] ?? 0)) as SectorFlows['exports'];
    row.imports = (row.imports +
      (sums.imports[c] ?? 0)) as SectorFlows['imports'];
  });
  return rows;
}

function chapterRows(cube: Cube, sums: ChapterSums): ChapterFlows[] {
  const rows: ChapterFlows[] = [];
  cube.chapters.forEach((chapter, c) => {
    if (sums.seen[c] !== 1) return;
    rows.push({
      chapter,
      exports: (sums.exports[c] ?? 0) as ChapterFlows['exports'],
      imports: (sums.imports[c] ?? 0) as ChapterFlows['imports'],
    });
  });
  return rows;
}

/**
 * Sums by HS section and flow over the selection, in section order, each the
 * sum of its chapters. A section appears when the selection holds any
 * present cell of it, reported or not.
 */
export function cubeBySector(
  cube: Cube,
  selection: CubeSelection,
): { sectors: SectorFlows[]; provenance: Provenance } {
  const sums = chapterSums(cube, selection);
  return { sectors: sectionRows(cube, sums), provenance: sums.provenance };
}

/**
 * Sums by HS chapter and flow over the selection, in chapter order. A
 * chapter appears when the selection holds any present cell of it.
 */
export function cubeByChapter(
  cube: Cube,
  selection: CubeSelection,
): { chapters: ChapterFlows[]; provenance: Provenance } {
  const sums = chapterSums(cube, selection);
  return { chapters: chapterRows(cube, sums), provenance: sums.provenance };
}

/** cubeBySector and cubeByChapter in one pass over the cells. */
export function cubeBySectorAndChapter(
  cube: Cube,
  selection: CubeSelection,
): {
  sectors: SectorFlows[];
  chapters: ChapterFlows[];
  provenance: Provenance;
} {
  const sums = chapterSums(cube, selection);
  return {
    sectors: sectionRows(cube, sums),
    chapters: chapterRows(cube, sums),
    provenance: sums.provenance,
  };
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
    selection.chapters.length
  );
}

/**
 * The cells of the selection as records, ordered by row, column, month, flow
 * and chapter, skipping the first `offset` and returning at most `limit`.
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
      selection.chapters.length;
    // Skip whole rows before the page without visiting their cells.
    if (index + rowCells <= offset) {
      index += rowCells;
      continue;
    }
    for (const column of selection.columns) {
      for (let month = from; month <= to; month += 1) {
        for (const flow of selection.flows) {
          const atom = atomIndex(cube, row, column, month, flow);
          for (const chapter of selection.chapters) {
            if (index >= end) return records;
            if (index >= offset) {
              const value =
                cube.values[atom * cube.chapters.length + chapter] ??
                Number.NaN;
              records.push({
                month: shiftMonth(first, month),
                kz: cube.rows[row] ?? '',
                ru: cube.columns[column] ?? '',
                flow: CUBE_FLOWS[flow] ?? 'export',
                sector: cube.chapterSection[chapter] ?? 'I',
                chapter: cube.chapters[chapter] ?? '01',
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
