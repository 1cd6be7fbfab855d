import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import {
  atomIndex,
  cellIndex,
  emptyCube,
  selectionFor,
  type Cube,
} from './cube';
import {
  cubeBySector,
  cubeCellCount,
  cubeMonthly,
  cubeRecords,
} from './cube-aggregate';

/**
 * Two rows (a region and the rest), one column, three months from 2022-05;
 * the region's row starts in the second month (it did not exist before).
 */
function tinyCube(): Cube {
  const cube = emptyCube({
    rows: ['KZ-10', 'KZ-OTHER'],
    columns: ['RU-ALT'],
    months: ['2022-05', '2022-06', '2022-07'],
    sectors: SECTOR_IDS,
    calibrations: ['demo', 'R99'],
    synthetic: true,
    rowFirstMonth: [1, 0],
  });
  const set = (
    row: number,
    month: number,
    flow: number,
    sector: number,
    value: number,
  ) => {
    cube.values[cellIndex(cube, row, 0, month, flow, sector)] = value;
  };
  for (let month = 0; month < 3; month += 1) {
    for (let sector = 0; sector < 21; sector += 1) {
      set(0, month, 0, sector, 1);
      set(0, month, 1, sector, 2);
      set(1, month, 0, sector, 10);
      set(1, month, 1, sector, 20);
    }
  }
  set(1, 2, 0, 4, Number.NaN); // one unreported cell
  // The rest of Kazakhstan's first export group rests on figure R99.
  cube.calibration[atomIndex(cube, 1, 0, 0, 0)] = 1;
  return cube;
}

const query = (pair: string, from = '2022-05', to = '2022-07') => ({
  pair,
  from,
  to,
});

describe('selectionFor', () => {
  it('reads a whole country as every row, the rest included, and a region as its own', () => {
    const cube = tinyCube();
    expect(selectionFor(cube, query('KZ~RU')).rows).toEqual([0, 1]);
    expect(selectionFor(cube, query('KZ-10~RU-ALT')).rows).toEqual([0]);
    expect(selectionFor(cube, query('KZ-15~RU')).rows).toEqual([]);
    expect(
      selectionFor(cube, { ...query('KZ~RU'), flow: 'import', sectors: ['V'] }),
    ).toMatchObject({
      flows: [1],
      sectors: [4],
    });
  });
});

describe('cubeMonthly', () => {
  it('skips months before a row exists: absent, neither reported nor missing', () => {
    const { points, provenance } = cubeMonthly(
      tinyCube(),
      selectionFor(tinyCube(), query('KZ-10~RU-ALT')),
    );
    expect(points).toEqual([
      { month: '2022-05', export: null, import: null },
      { month: '2022-06', export: 21, import: 42 },
      { month: '2022-07', export: 21, import: 42 },
    ]);
    expect(provenance).toEqual({
      synthetic: true,
      calibrations: ['demo'],
      reportedCells: 2 * 2 * 21,
      missingCells: 0,
    });
  });

  it('leaves a missing cell out of the sum and counts it apart', () => {
    const cube = tinyCube();
    const { points, provenance } = cubeMonthly(
      cube,
      selectionFor(cube, query('KZ~RU', '2022-07', '2022-07')),
    );
    expect(points).toEqual([
      { month: '2022-07', export: 21 + 200, import: 42 + 420 },
    ]);
    expect(provenance.missingCells).toBe(1);
  });

  it('answers a period outside the cube with nulls and no cells', () => {
    const cube = tinyCube();
    const { points, provenance } = cubeMonthly(
      cube,
      selectionFor(cube, query('KZ~RU', '2021-01', '2021-02')),
    );
    expect(points.map((p) => [p.month, p.export, p.import])).toEqual([
      ['2021-01', null, null],
      ['2021-02', null, null],
    ]);
    expect(provenance).toMatchObject({
      synthetic: false,
      reportedCells: 0,
      missingCells: 0,
    });
  });

  it('names every calibration the summed cells came from, sorted', () => {
    const cube = tinyCube();
    const { provenance } = cubeMonthly(
      cube,
      selectionFor(cube, query('KZ~RU')),
    );
    expect(provenance.calibrations).toEqual(['R99', 'demo']);
  });
});

describe('cubeBySector', () => {
  it('sums each section over months and flows, and agrees with the monthly total', () => {
    const cube = tinyCube();
    const selection = selectionFor(cube, query('KZ~RU'));
    const { sectors } = cubeBySector(cube, selection);
    expect(sectors).toHaveLength(21);
    expect(sectors[4]).toEqual({
      sector: 'V',
      exports: 2 + 20,
      imports: 4 + 60,
    });
    const monthly = cubeMonthly(cube, selection).points;
    const total = (
      xs: readonly { export?: number | null; import?: number | null }[],
    ) => xs.reduce((sum, p) => sum + (p.export ?? 0) + (p.import ?? 0), 0);
    const sectorTotal = sectors.reduce(
      (sum, s) => sum + s.exports + s.imports,
      0,
    );
    expect(sectorTotal).toBe(total(monthly));
  });

  it('is empty when the selection holds no present cell', () => {
    const cube = tinyCube();
    expect(
      cubeBySector(
        cube,
        selectionFor(cube, query('KZ-10~RU-ALT', '2022-05', '2022-05')),
      ).sectors,
    ).toEqual([]);
  });
});

describe('cubeRecords', () => {
  it('pages through every present cell in order, with the count the listing reports', () => {
    const cube = tinyCube();
    const selection = selectionFor(cube, query('KZ~RU'));
    const count = cubeCellCount(cube, selection);
    expect(count).toBe((2 + 3) * 2 * 21);
    const pages = [0, 100, 200].map((offset) =>
      cubeRecords(cube, selection, offset, 100),
    );
    expect(pages.map((p) => p.length)).toEqual([100, 100, 10]);
    const all = pages.flat();
    expect(all[0]).toMatchObject({
      month: '2022-06',
      kz: 'KZ-10',
      ru: 'RU-ALT',
      flow: 'export',
      sector: 'I',
    });
    expect(all.filter((r) => r.valueUsd === null)).toHaveLength(1);
    expect(
      new Set(all.map((r) => `${r.kz} ${r.month} ${r.flow} ${r.sector}`)).size,
    ).toBe(count);
  });
});
