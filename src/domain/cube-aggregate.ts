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

/**
 * What a provenance is made of, before it is named: cells summed and skipped,
 * and the indices (into `cube.calibrations`) of the calibrations they rest
 * on. Counts of disjoint cells add up, so one scan can count many views.
 */
export type ProvenanceCounts = {
  reportedCells: number;
  missingCells: number;
  calibrations: Set<number>;
};

function emptyCounts(): ProvenanceCounts {
  return { reportedCells: 0, missingCells: 0, calibrations: new Set() };
}

function countCell(
  counts: ProvenanceCounts,
  value: number,
  atom: number,
  cube: Cube,
): void {
  if (Number.isNaN(value)) counts.missingCells += 1;
  else counts.reportedCells += 1;
  counts.calibrations.add(cube.calibration[atom] ?? 0);
}

function provenanceOf(cube: Cube, counts: ProvenanceCounts): Provenance {
  return {
    synthetic: cube.synthetic && counts.reportedCells + counts.missingCells > 0,
    calibrations: [...counts.calibrations]
      .map((i) => cube.calibrations[i] ?? String(i))
      .sort(),
    reportedCells: counts.reportedCells,
    missingCells: counts.missingCells,
  };
}

/** Collects provenance while cells are summed. */
function provenanceCounter(cube: Cube) {
  const counts = emptyCounts();
  return {
    count(value: number, atom: number) {
      countCell(counts, value, atom, cube);
    },
    result(): Provenance {
      return provenanceOf(cube, counts);
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

/** The sums of one matrix cell (a Kazakh row × a Russian column) over a selection. */
export type CellSums = {
  /** Indices into `cube.rows` and `cube.columns`. */
  row: number;
  column: number;
  /** Whole USD; unreported cells add nothing. */
  exports: number;
  imports: number;
  counts: ProvenanceCounts;
};

/**
 * Sums by flow over the selection's months, flows and chapters for every
 * (row, column) of it, in one scan: one entry per selected row and column,
 * row by row, in selection order, present cells or not. Fold any group of
 * them with `sumCells`: a pair is one cell, a region with the whole other
 * country its row, the two countries all of them.
 */
export function cubeByCell(cube: Cube, selection: CubeSelection): CellSums[] {
  const cells: CellSums[] = [];
  const at: (CellSums | undefined)[] = [];
  for (const row of selection.rows) {
    for (const column of selection.columns) {
      const cell: CellSums = {
        row,
        column,
        exports: 0,
        imports: 0,
        counts: emptyCounts(),
      };
      cells.push(cell);
      at[row * cube.columns.length + column] = cell;
    }
  }
  const groupCells = cube.months.length * 2;
  scan(cube, selection, (value, atom, _month, flow) => {
    // An atom is ((row × columns + column) × months + month) × 2 + flow.
    const cell = at[Math.floor(atom / groupCells)];
    if (!cell) return;
    countCell(cell.counts, value, atom, cube);
    if (Number.isNaN(value)) return;
    if (flow === 0) cell.exports += value;
    else cell.imports += value;
  });
  return cells;
}

/**
 * The sums and provenance of a group of cells of `cubeByCell`, the same as
 * the totals of the view they make up: the counts add and the calibrations
 * unite, and the sums agree to the dollar because cells hold whole dollars
 * (integers add exactly, in any order, below 2^53). No cells: zero, with a
 * provenance of nothing summed.
 */
export function sumCells(
  cube: Cube,
  cells: readonly CellSums[],
): { exports: number; imports: number; provenance: Provenance } {
  const counts = emptyCounts();
  let exports = 0;
  let imports = 0;
  for (const cell of cells) {
    exports += cell.exports;
    imports += cell.imports;
    counts.reportedCells += cell.counts.reportedCells;
    counts.missingCells += cell.counts.missingCells;
    for (const c of cell.counts.calibrations) counts.calibrations.add(c);
  }
  return { exports, imports, provenance: provenanceOf(cube, counts) };
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
