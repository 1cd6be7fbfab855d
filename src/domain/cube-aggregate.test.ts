import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import {
  atomIndex,
  cellIndex,
  emptyCube,
  selectionFor,
  type Cube,
} from './cube';
import { cubeByCell, cubeMonthly, sumCells } from './cube-aggregate';

/**
 * Two Kazakh rows (a border region that exists from the second month, and
 * the rest) × two Russian columns × three months from 2022-05, every
 * chapter in section I so sections do not matter here.
 */
function gridCube(): Cube {
  const cube = emptyCube({
    rows: ['KZ-10', 'KZ-OTHER'],
    columns: ['RU-ALT', 'RU-OTHER'],
    months: ['2022-05', '2022-06', '2022-07'],
    chapters: CHAPTER_IDS,
    chapterSection: CHAPTER_IDS.map(() => 'I' as const),
    calibrations: ['demo', 'R01', 'R02'],
    synthetic: true,
    rowFirstMonth: [1, 0],
  });
  for (let row = 0; row < 2; row += 1) {
    for (let column = 0; column < 2; column += 1) {
      for (let month = 0; month < 3; month += 1) {
        for (let chapter = 0; chapter < CHAPTER_IDS.length; chapter += 1) {
          const base = (row * 2 + column + 1) * 100;
          cube.values[cellIndex(cube, row, column, month, 0, chapter)] = base;
          cube.values[cellIndex(cube, row, column, month, 1, chapter)] =
            base + 1;
        }
      }
    }
  }
  // The rest of Kazakhstan with Altai: one unreported export cell in July.
  cube.values[cellIndex(cube, 1, 0, 2, 0, 5)] = Number.NaN;
  // Two cells rest on their own calibrations.
  cube.calibration[atomIndex(cube, 0, 1, 1, 1)] = 1;
  cube.calibration[atomIndex(cube, 1, 1, 0, 0)] = 2;
  return cube;
}

const query = (pair: string, extra: object = {}) => ({
  pair,
  from: '2022-05',
  to: '2022-07',
  ...extra,
});

/** Totals of one view as the totals route computes them. */
function viewTotals(cube: Cube, pair: string, extra: object = {}) {
  const { points, provenance } = cubeMonthly(
    cube,
    selectionFor(cube, query(pair, extra)),
  );
  return {
    exports: points.reduce((s, p) => s + (p.export ?? 0), 0),
    imports: points.reduce((s, p) => s + (p.import ?? 0), 0),
    provenance,
  };
}

describe('cubeByCell and sumCells', () => {
  it('gives one entry per selected row and column, row by row', () => {
    const cube = gridCube();
    const cells = cubeByCell(cube, selectionFor(cube, query('KZ~RU')));
    expect(cells.map((c) => [c.row, c.column])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it.each([
    ['a pair is its cell', 'KZ-10~RU-ALT', [[0, 0]]],
    [
      'a region with the whole other country is its row',
      'KZ-10~RU',
      [
        [0, 0],
        [0, 1],
      ],
    ],
    [
      'a Russian region with the whole of Kazakhstan is its column',
      'KZ~RU-ALT',
      [
        [0, 0],
        [1, 0],
      ],
    ],
    [
      'the countries are every cell',
      'KZ~RU',
      [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
    ],
  ])('%s: the same sums and provenance as its totals', (_, pair, members) => {
    const cube = gridCube();
    for (const extra of [
      {},
      { flow: 'import' },
      { chapters: ['06'] },
      { from: '2022-06' },
    ]) {
      const cells = cubeByCell(
        cube,
        selectionFor(cube, query('KZ~RU', extra)),
      ).filter((c) => members.some(([r, k]) => c.row === r && c.column === k));
      expect(sumCells(cube, cells)).toEqual(viewTotals(cube, pair, extra));
    }
  });

  it('counts an unreported cell as missing, adds nothing for it, and keeps months before a row existed out', () => {
    const cube = gridCube();
    const [region, , rest] = cubeByCell(
      cube,
      selectionFor(cube, query('KZ~RU')),
    );
    // KZ-10 exists in two of the three months: 2 months × 2 flows × 96 chapters.
    expect(region?.counts).toMatchObject({
      reportedCells: 384,
      missingCells: 0,
    });
    expect(region?.exports).toBe(2 * 96 * 100);
    expect(rest?.counts).toMatchObject({ reportedCells: 575, missingCells: 1 });
    expect(rest?.exports).toBe((3 * 96 - 1) * 300);
  });

  it('unites the calibrations of the cells it sums, sorted', () => {
    const cube = gridCube();
    const cells = cubeByCell(cube, selectionFor(cube, query('KZ~RU')));
    expect(sumCells(cube, cells).provenance.calibrations).toEqual([
      'R01',
      'R02',
      'demo',
    ]);
    expect(sumCells(cube, cells.slice(0, 1)).provenance.calibrations).toEqual([
      'demo',
    ]);
  });

  it('sums no cells to zero with nothing summed, and an empty selection to no cells', () => {
    const cube = gridCube();
    expect(sumCells(cube, [])).toEqual({
      exports: 0,
      imports: 0,
      provenance: {
        synthetic: false,
        calibrations: [],
        reportedCells: 0,
        missingCells: 0,
      },
    });
    expect(cubeByCell(cube, selectionFor(cube, query('KZ-15~RU')))).toEqual([]);
    const before = cubeByCell(
      cube,
      selectionFor(cube, { pair: 'KZ~RU', from: '2020-01', to: '2020-12' }),
    );
    expect(before).toHaveLength(4);
    expect(sumCells(cube, before)).toEqual(sumCells(cube, []));
  });
});
