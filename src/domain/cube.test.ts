import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import { CHAPTERS } from '@/service/catalog/data/chapters';
import {
  atomIndex,
  cellIndex,
  emptyCube,
  selectionFor,
  type Cube,
} from './cube';
import {
  cubeByChapter,
  cubeBySector,
  cubeBySectorAndChapter,
  cubeCellCount,
  cubeMonthly,
  cubeRecords,
} from './cube-aggregate';

/** Index of a chapter on the cube's axis. */
const ch = (id: (typeof CHAPTER_IDS)[number]) => CHAPTER_IDS.indexOf(id);

/** Chapters 25–27 are section V. */
const SECTION_V = [ch('25'), ch('26'), ch('27')];

/**
 * Two rows (a region and the rest), one column, three months from 2022-05;
 * the region's row starts in the second month (it did not exist before).
 */
function tinyCube(): Cube {
  const cube = emptyCube({
    rows: ['KZ-10', 'KZ-OTHER'],
    columns: ['RU-ALT'],
    months: ['2022-05', '2022-06', '2022-07'],
    chapters: CHAPTER_IDS,
    chapterSection: CHAPTER_IDS.map(
      (id) => CHAPTERS.find((c) => c.id === id)?.section ?? 'I',
    ),
    calibrations: ['demo', 'R99'],
    synthetic: true,
    rowFirstMonth: [1, 0],
  });
  const set = (
    row: number,
    month: number,
    flow: number,
    chapter: number,
    value: number,
  ) => {
    cube.values[cellIndex(cube, row, 0, month, flow, chapter)] = value;
  };
  for (let month = 0; month < 3; month += 1) {
    for (let chapter = 0; chapter < 96; chapter += 1) {
      set(0, month, 0, chapter, 1);
      set(0, month, 1, chapter, 2);
      set(1, month, 0, chapter, 10);
      set(1, month, 1, chapter, 20);
    }
  }
  set(1, 2, 0, ch('26'), Number.NaN); // one unreported cell (section V)
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
      chapters: SECTION_V,
    });
  });

  it('selects every chapter when neither sections nor chapters are given', () => {
    const cube = tinyCube();
    const all = CHAPTER_IDS.map((_, i) => i);
    expect(selectionFor(cube, query('KZ~RU')).chapters).toEqual(all);
    expect(
      selectionFor(cube, { ...query('KZ~RU'), sectors: [], chapters: [] })
        .chapters,
    ).toEqual(all);
  });

  it('selects the chapters asked for, in chapter order, and the union with sections', () => {
    const cube = tinyCube();
    expect(
      selectionFor(cube, { ...query('KZ~RU'), chapters: ['76', '07'] })
        .chapters,
    ).toEqual([ch('07'), ch('76')]);
    expect(
      selectionFor(cube, {
        ...query('KZ~RU'),
        sectors: ['V'],
        chapters: ['84', '26'],
      }).chapters,
    ).toEqual([...SECTION_V, ch('84')]);
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
      { month: '2022-06', export: 96, import: 192 },
      { month: '2022-07', export: 96, import: 192 },
    ]);
    expect(provenance).toEqual({
      synthetic: true,
      calibrations: ['demo'],
      reportedCells: 2 * 2 * 96,
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
      { month: '2022-07', export: 96 + 950, import: 192 + 1920 },
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
    expect(sectors.map((s) => s.sector)).toEqual([
      ...new Set(CHAPTERS.map((c) => c.section)),
    ]);
    // Three chapters (25–27), one export cell of chapter 26 unreported.
    expect(sectors[4]).toEqual({
      sector: 'V',
      exports: 3 * (2 + 30) - 10,
      imports: 3 * (4 + 60),
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

describe('cubeByChapter', () => {
  it('sums each chapter in chapter order; the chapters of a section sum to it', () => {
    const cube = tinyCube();
    const selection = selectionFor(cube, query('KZ~RU'));
    const { chapters, provenance } = cubeByChapter(cube, selection);
    expect(chapters.map((c) => c.chapter)).toEqual(CHAPTER_IDS);
    expect(chapters[ch('26')]).toEqual({
      chapter: '26',
      exports: 2 + 30 - 10,
      imports: 4 + 60,
    });
    expect(chapters[ch('84')]).toEqual({
      chapter: '84',
      exports: 2 + 30,
      imports: 4 + 60,
    });
    const both = cubeBySectorAndChapter(cube, selection);
    expect(both.chapters).toEqual(chapters);
    expect(both.sectors).toEqual(cubeBySector(cube, selection).sectors);
    expect(both.provenance).toEqual(provenance);
    for (const sector of both.sectors) {
      const own = chapters.filter(
        (c) =>
          CHAPTERS.find((x) => x.id === c.chapter)?.section === sector.sector,
      );
      expect(own.reduce((sum, c) => sum + c.exports, 0)).toBe(sector.exports);
      expect(own.reduce((sum, c) => sum + c.imports, 0)).toBe(sector.imports);
    }
  });

  it('leaves out chapters the selection does not hold', () => {
    const cube = tinyCube();
    const { chapters } = cubeByChapter(
      cube,
      selectionFor(cube, { ...query('KZ~RU'), chapters: ['86', '10'] }),
    );
    expect(chapters.map((c) => c.chapter)).toEqual(['10', '86']);
  });
});

describe('cubeRecords', () => {
  it('pages through every present cell in order, with the count the listing reports', () => {
    const cube = tinyCube();
    const selection = selectionFor(cube, query('KZ~RU'));
    const count = cubeCellCount(cube, selection);
    expect(count).toBe((2 + 3) * 2 * 96);
    const pages = [0, 400, 800].map((offset) =>
      cubeRecords(cube, selection, offset, 400),
    );
    expect(pages.map((p) => p.length)).toEqual([400, 400, 160]);
    const all = pages.flat();
    expect(all[0]).toMatchObject({
      month: '2022-06',
      kz: 'KZ-10',
      ru: 'RU-ALT',
      flow: 'export',
      sector: 'I',
      chapter: '01',
    });
    expect(all.filter((r) => r.valueUsd === null)).toMatchObject([
      { kz: 'KZ-OTHER', month: '2022-07', sector: 'V', chapter: '26' },
    ]);
    expect(
      new Set(all.map((r) => `${r.kz} ${r.month} ${r.flow} ${r.chapter}`)).size,
    ).toBe(count);
    expect(
      all.every(
        (r) => CHAPTERS.find((c) => c.id === r.chapter)?.section === r.sector,
      ),
    ).toBe(true);
  });
});
