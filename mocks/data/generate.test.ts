// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import { CHAPTER_IDS, type ChapterId } from '@/api/schemas/sectors';
import { datasetMetaSchema, type ReportedFigure } from '@/api/schemas/meta';
import {
  atomIndex,
  cellIndex,
  cubeMonthIndex,
  type Cube,
  type CubeSelection,
} from '@/domain/cube';
import { cubeBySector, cubeMonthly } from '@/domain/cube-aggregate';
import { CHAPTERS } from '@/service/catalog/data/chapters';
import { regionsResponse } from '@/service/catalog/data/regions';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import {
  allocateLargestRemainder,
  COVERAGE,
  DEFAULT_SEED,
  DEMO_SCALE,
  EXTRAPOLATED,
  generateCube,
  nthSmallest,
  KZ_ROWS,
  RU_COLUMNS,
  UNREPORTED_SHARE,
  type GeneratedCube,
} from './generate';
import { buildDatasetMeta } from './meta';
import { selectionFor, type FigureScope } from './selection';

const CHAPTER_COUNT = CHAPTER_IDS.length;
/** The section of each chapter, from the catalog (an oracle). */
const SECTION_OF = CHAPTER_IDS.map(
  (id) => CHAPTERS.find((c) => c.id === id)?.section ?? '',
);
/** Indices of the chapters of a section. */
const chaptersOf = (sector: string): number[] =>
  [...SECTION_OF.keys()].filter((c) => SECTION_OF[c] === sector);
const generated = generateCube();
const { cube } = generated;

/** Sum of both flows of a cubeMonthly answer; nulls (nothing reported) add nothing. */
function total(c: Cube, selection: CubeSelection): number {
  return cubeMonthly(c, selection).points.reduce(
    (sum, p) => sum + (p.export ?? 0) + (p.import ?? 0),
    0,
  );
}

function figureTotal(c: Cube, scope: FigureScope): number {
  return total(c, selectionFor(c, scope));
}

/** Sum of the present cells in `indices`, or null when none is present. */
function directSum(c: Cube, indices: Iterable<number>): number | null {
  let sum: number | null = null;
  for (const i of indices) {
    const v = c.values[i] ?? Number.NaN;
    if (!Number.isNaN(v)) sum = (sum ?? 0) + v;
  }
  return sum;
}

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i += 1) yield i;
}

const monthOf = (m: string) => cubeMonthIndex(cube, m);
const rowOf = (code: string) => cube.rows.indexOf(code);
const columnOf = (code: string) => cube.columns.indexOf(code);

function labelOf(
  c: Cube,
  kz: string,
  ru: string,
  month: string,
  flow: 0 | 1,
): string | undefined {
  const atom = atomIndex(c, rowOf(kz), columnOf(ru), monthOf(month), flow);
  return c.calibrations[c.calibration[atom] ?? -1];
}

/** The present atoms of a figure, as the test reads the figure (an oracle). */
function atomsOf(c: Cube, figure: ReportedFigure): Set<number> {
  const s = selectionFor(c, figure);
  const atoms = new Set<number>();
  for (const k of s.rows)
    for (const r of s.columns)
      for (let m = Math.max(s.from, c.rowFirstMonth[k] ?? 0); m <= s.to; m += 1)
        for (const f of s.flows) atoms.add(atomIndex(c, k, r, m, f));
  return atoms;
}

function sameCells(a: GeneratedCube, b: GeneratedCube): number {
  let same = 0;
  for (let i = 0; i < a.cube.values.length; i += 1)
    if (Object.is(a.cube.values[i], b.cube.values[i])) same += 1;
  return same;
}

describe('allocateLargestRemainder', () => {
  test.each([
    { total: 10, weights: [1, 1, 1], expected: [4, 3, 3] },
    { total: 0, weights: [2, 5], expected: [0, 0] },
    { total: 7, weights: [0, 1], expected: [0, 7] },
    { total: 100, weights: [0.25, 0.75], expected: [25, 75] },
    { total: 2, weights: [1, 1, 1], expected: [1, 1, 0] },
  ])(
    'splits $total over $weights into $expected',
    ({ total: t, weights, expected }) => {
      expect(allocateLargestRemainder(t, weights)).toEqual(expected);
    },
  );

  test('integer parts sum to the total and each is within 1 USD of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000_000_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: 1,
          maxLength: 30,
        }),
        (t, raw) => {
          const weights = [...raw, 0.5];
          const parts = allocateLargestRemainder(t, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
          parts.forEach((part, i) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(Math.abs(part - (t * (weights[i] ?? 0)) / sum)).toBeLessThan(
              1,
            );
          });
        },
      ),
    );
  });

  test('rejects a non-integer total and all-zero weights', () => {
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow();
    expect(() => allocateLargestRemainder(1, [0, 0])).toThrow();
  });
});

describe('selectionFor', () => {
  const all = (n: number) => [...range(n)];
  test.each([
    {
      scope: { kz: 'KZ', ru: 'RU', flow: 'turnover' },
      rows: all(KZ_ROWS.length),
      columns: all(RU_COLUMNS.length),
      flows: [0, 1],
    },
    {
      scope: { kz: 'KZ-63', ru: 'RU-ALT', flow: 'export' },
      rows: [KZ_ROWS.indexOf('KZ-63')],
      columns: [RU_COLUMNS.indexOf('RU-ALT')],
      flows: [0],
    },
    {
      scope: { kz: 'KZ-15', ru: 'RU', flow: 'import' },
      rows: [KZ_ROWS.indexOf('KZ-15')],
      columns: all(RU_COLUMNS.length),
      flows: [1],
    },
  ] as const)(
    '$scope.kz~$scope.ru $scope.flow covers the matching rows, columns and flows',
    ({ scope, rows, columns, flows }) => {
      const s = selectionFor(cube, {
        ...scope,
        from: '2018-01',
        to: '2018-12',
      });
      expect(s).toEqual({
        rows,
        columns,
        flows,
        from: 12,
        to: 23,
        chapters: all(CHAPTER_COUNT),
      });
    },
  );

  test('throws for a side the cube does not have', () => {
    expect(() =>
      selectionFor(cube, {
        kz: 'KZ-99',
        ru: 'RU',
        from: '2018-01',
        to: '2018-01',
        flow: 'turnover',
      }),
    ).toThrow(/KZ-99/);
  });
});

describe('generateCube: shape', () => {
  test('is the whole matrix: 9 rows × 13 columns × the coverage months × 2 flows × 96 chapters', () => {
    expect(cube.rows).toEqual(KZ_ROWS);
    expect(cube.columns).toEqual(RU_COLUMNS);
    expect(cube.months[0]).toBe(COVERAGE.from);
    expect(cube.months.at(-1)).toBe(COVERAGE.to);
    expect(cube.months).toHaveLength(9 * 12);
    expect(cube.values).toHaveLength(
      KZ_ROWS.length *
        RU_COLUMNS.length *
        cube.months.length *
        2 *
        CHAPTER_COUNT,
    );
    expect(cube.chapters).toEqual(CHAPTER_IDS);
    expect(cube.chapterSection).toEqual(SECTION_OF);
    expect(new Set(cube.chapterSection)).toEqual(new Set(SECTOR_IDS));
    expect(cube.synthetic).toBe(true);
  });

  test('every border pair is a cell of the matrix', () => {
    for (const pair of regionsResponse.pairs) {
      expect(rowOf(pair.kz)).toBeGreaterThanOrEqual(0);
      expect(columnOf(pair.ru)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('generateCube: reported figures', () => {
  test.each(REPORTED_FIGURES.map((f) => ({ ...f, label: `${f.kz}~${f.ru}` })))(
    '$id ($label, $from..$to, $flow) sums exactly to the reported $valueUsd USD with no cell missing',
    (figure) => {
      const { provenance } = cubeMonthly(cube, selectionFor(cube, figure));
      expect(figureTotal(cube, figure)).toBe(figure.valueUsd);
      expect(provenance.missingCells).toBe(0);
    },
  );

  test('East Kazakhstan – Altai Krai sums to exactly 927,000,000 USD in January–August 2023', () => {
    expect(
      figureTotal(cube, {
        kz: 'KZ-63',
        ru: 'RU-ALT',
        from: '2023-01',
        to: '2023-08',
        flow: 'turnover',
      }),
    ).toBe(927_000_000);
  });

  test.each([1, 123_456_789])(
    'seed %i: other values, every figure still exact',
    (seed) => {
      const other = generateCube(seed);
      for (const figure of REPORTED_FIGURES)
        expect([figure.id, figureTotal(other.cube, figure)]).toEqual([
          figure.id,
          figure.valueUsd,
        ]);
      expect(sameCells(generated, other)).toBeLessThan(cube.values.length / 2);
    },
  );
});

describe('generateCube: determinism', () => {
  test('the same seed gives the same cells and calibrations; no seed means DEFAULT_SEED', () => {
    const again = generateCube(DEFAULT_SEED);
    expect(sameCells(generated, again)).toBe(cube.values.length);
    expect(again.cube.calibration).toEqual(cube.calibration);
    expect(again.calibrations).toEqual(generated.calibrations);
  });
});

describe('generateCube: sums over the matrix', () => {
  const monthArb = fc.integer({ min: 0, max: cube.months.length - 1 });
  const flowArb = fc.constantFrom('export' as const, 'import' as const);
  const chapterArb = fc.integer({ min: 0, max: CHAPTER_COUNT - 1 });
  const single = (
    scope: Pick<FigureScope, 'kz' | 'ru' | 'flow'>,
    month: number,
    chapter: number,
  ): CubeSelection => ({
    ...selectionFor(cube, {
      ...scope,
      from: COVERAGE.from,
      to: COVERAGE.from,
    }),
    from: month,
    to: month,
    chapters: [chapter],
  });
  const point = (selection: CubeSelection, flow: 'export' | 'import') =>
    cubeMonthly(cube, selection).points[0]?.[flow] ?? null;

  test('a row summed over its columns is what the KZ-x ~ RU selection returns', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KZ_ROWS),
        monthArb,
        flowArb,
        chapterArb,
        (kz, m, flow, s) => {
          const f = flow === 'export' ? 0 : 1;
          const cells = [...range(RU_COLUMNS.length)].map((r) =>
            cellIndex(cube, rowOf(kz), r, m, f, s),
          );
          expect(point(single({ kz, ru: 'RU', flow }, m, s), flow)).toBe(
            directSum(cube, cells),
          );
        },
      ),
    );
  });

  test('a column summed over its rows is what the KZ ~ RU-x selection returns', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RU_COLUMNS),
        monthArb,
        flowArb,
        chapterArb,
        (ru, m, flow, s) => {
          const f = flow === 'export' ? 0 : 1;
          const cells = [...range(KZ_ROWS.length)].map((k) =>
            cellIndex(cube, k, columnOf(ru), m, f, s),
          );
          expect(point(single({ kz: 'KZ', ru, flow }, m, s), flow)).toBe(
            directSum(cube, cells),
          );
        },
      ),
    );
  });

  test('every section of a row, column, month and flow is exactly the sum of its chapters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KZ_ROWS),
        fc.constantFrom(...RU_COLUMNS),
        monthArb,
        flowArb,
        (kz, ru, m, flow) => {
          const f = flow === 'export' ? 0 : 1;
          const k = rowOf(kz);
          const r = columnOf(ru);
          const selection: CubeSelection = {
            rows: [k],
            columns: [r],
            from: m,
            to: m,
            flows: [f],
            chapters: [...range(CHAPTER_COUNT)],
          };
          const { sectors } = cubeBySector(cube, selection);
          const key = flow === 'export' ? 'exports' : 'imports';
          const present = m >= (cube.rowFirstMonth[k] ?? 0);
          expect(sectors.map((x) => x.sector)).toEqual(
            present ? SECTOR_IDS : [],
          );
          for (const sector of sectors) {
            const cells = chaptersOf(sector.sector).map((c) =>
              cellIndex(cube, k, r, m, f, c),
            );
            expect([sector.sector, sector[key]]).toEqual([
              sector.sector,
              directSum(cube, cells) ?? 0,
            ]);
          }
          const base = atomIndex(cube, k, r, m, f) * CHAPTER_COUNT;
          const atom = [...range(CHAPTER_COUNT)].map((c) => base + c);
          expect(sectors.reduce((sum, x) => sum + x[key], 0)).toBe(
            present ? (directSum(cube, atom) ?? 0) : 0,
          );
        },
      ),
    );
  });

  test('the KZ ~ RU total of a month, flow and chapter is the sum of its cells', () => {
    fc.assert(
      fc.property(monthArb, flowArb, chapterArb, (m, flow, s) => {
        const f = flow === 'export' ? 0 : 1;
        const cells = [...range(KZ_ROWS.length)].flatMap((k) =>
          [...range(RU_COLUMNS.length)].map((r) =>
            cellIndex(cube, k, r, m, f, s),
          ),
        );
        expect(point(single({ kz: 'KZ', ru: 'RU', flow }, m, s), flow)).toBe(
          directSum(cube, cells),
        );
      }),
    );
  });

  test('the grand total over the coverage is the sum of all present cells', () => {
    const grand = total(
      cube,
      selectionFor(cube, { kz: 'KZ', ru: 'RU', ...COVERAGE, flow: 'turnover' }),
    );
    expect(grand).toBe(directSum(cube, range(cube.values.length)));
  });
});

describe('generateCube: cells', () => {
  test('every cell is a non-negative whole number of USD or NaN', () => {
    const bad = [...cube.values].filter(
      (v) => !Number.isNaN(v) && !(v >= 0 && Number.isSafeInteger(v)),
    );
    expect(bad).toEqual([]);
  });

  test('a NaN cell is either before its row existed or an unreported demo-scale cell of a border pair', () => {
    const pairs = new Set(regionsResponse.pairs.map((p) => p.id));
    const demo = cube.calibrations.indexOf(DEMO_SCALE);
    let eligible = 0;
    let missing = 0;
    const wrong: string[] = [];
    for (const k of range(KZ_ROWS.length))
      for (const r of range(RU_COLUMNS.length))
        for (const m of range(cube.months.length))
          for (const f of [0, 1]) {
            const atom = atomIndex(cube, k, r, m, f);
            const present = m >= (cube.rowFirstMonth[k] ?? 0);
            const allowed =
              pairs.has(`${KZ_ROWS[k] ?? ''}~${RU_COLUMNS[r] ?? ''}`) &&
              cube.calibration[atom] === demo;
            if (present && allowed) eligible += CHAPTER_COUNT;
            for (const s of range(CHAPTER_COUNT)) {
              const isNaN = Number.isNaN(cube.values[atom * CHAPTER_COUNT + s]);
              if (!present) {
                if (!isNaN) wrong.push(`absent ${String(atom)} has a value`);
              } else if (isNaN) {
                missing += 1;
                if (!allowed) wrong.push(`atom ${String(atom)} may not be NaN`);
              }
            }
          }
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(missing / eligible).toBeGreaterThan(UNREPORTED_SHARE / 2);
    expect(missing / eligible).toBeLessThan(UNREPORTED_SHARE * 2);
  });

  test('Abai region (KZ-10) starts in the month it was created; 2021 has nulls and no cells', () => {
    const abai = regionsResponse.regions.find((r) => r.code === 'KZ-10');
    const first = abai?.validFrom?.slice(0, 7) ?? '';
    expect(cube.rowFirstMonth[rowOf('KZ-10')]).toBe(monthOf(first));
    const before = cubeMonthly(
      cube,
      selectionFor(cube, {
        kz: 'KZ-10',
        ru: 'RU',
        from: '2021-01',
        to: '2021-12',
        flow: 'turnover',
      }),
    );
    expect(before.points).toHaveLength(12);
    expect(
      before.points.every((p) => p.export === null && p.import === null),
    ).toBe(true);
    expect(
      before.provenance.reportedCells + before.provenance.missingCells,
    ).toBe(0);
    const from = cubeMonthly(
      cube,
      selectionFor(cube, {
        kz: 'KZ-10',
        ru: 'RU',
        from: first,
        to: first,
        flow: 'turnover',
      }),
    );
    expect(from.points[0]?.export).toBeGreaterThan(0);
  });

  test('no row or column total moves by more than a third from one month to the next', () => {
    const series = (rows: readonly number[], columns: readonly number[]) =>
      [...range(cube.months.length)].map((m) =>
        total(cube, {
          rows,
          columns,
          from: m,
          to: m,
          flows: [0, 1],
          chapters: [...range(CHAPTER_COUNT)],
        }),
      );
    const allRows = [...range(KZ_ROWS.length)];
    const allColumns = [...range(RU_COLUMNS.length)];
    const lines = [
      ...allRows.map((k) => series([k], allColumns)),
      ...allColumns.map((r) => series(allRows, [r])),
    ];
    for (const line of lines) {
      for (let m = 1; m < line.length; m += 1) {
        const [a = 0, b = 0] = [line[m - 1], line[m]];
        if (a > 0 && b > 0) expect(Math.max(a / b, b / a)).toBeLessThan(4 / 3);
      }
    }
  });

  test('East Kazakhstan – Altai Krai: 20–30 % exports, led by aluminium; imports led by II, V, XVI, XVII', () => {
    const r01 = REPORTED_FIGURES.find((f) => f.id === 'R01');
    if (!r01) throw new Error('R01 missing');
    const exports = figureTotal(cube, { ...r01, flow: 'export' });
    expect(exports / r01.valueUsd).toBeGreaterThan(0.2);
    expect(exports / r01.valueUsd).toBeLessThan(0.3);
    const bySector = (flow: 'export' | 'import') =>
      SECTOR_IDS.map((id, s) => ({
        id,
        usd: total(cube, {
          ...selectionFor(cube, { ...r01, flow }),
          chapters: chaptersOf(SECTOR_IDS[s] ?? ''),
        }),
      }))
        .sort((a, b) => b.usd - a.usd)
        .map((x) => x.id);
    expect(bySector('export')[0]).toBe('XV');
    expect(new Set(bySector('import').slice(0, 4))).toEqual(
      new Set(['II', 'V', 'XVI', 'XVII']),
    );
  });
});

describe('generateCube: chapters of East Kazakhstan – Altai Krai', () => {
  const r01 = REPORTED_FIGURES.find((f) => f.id === 'R01');
  if (!r01) throw new Error('R01 missing');
  const chapterTotal = (flow: 'export' | 'import', c: number) =>
    total(cube, { ...selectionFor(cube, { ...r01, flow }), chapters: [c] });
  test.each([
    { flow: 'import', chapters: ['84', '86', '27', '26', '10', '12', '11'] },
    { flow: 'export', chapters: ['76', '07', '08', '17', '18', '19'] },
  ] as const)(
    '$flow: $chapters each lead their section (FACTS.md)',
    ({ flow, chapters: major }) => {
      const chapters: readonly ChapterId[] = major;
      for (const id of chapters) {
        const c = CHAPTER_IDS.indexOf(id);
        const own = chapterTotal(flow, c);
        for (const other of chaptersOf(SECTION_OF[c] ?? '')) {
          if (other === c || chapters.includes(CHAPTER_IDS[other] ?? '01'))
            continue;
          expect([id, own > chapterTotal(flow, other)]).toEqual([id, true]);
        }
      }
    },
  );
});

describe('generateCube: calibration labels', () => {
  test.each([
    { kz: 'KZ-63', ru: 'RU-ALT', month: '2023-03', flow: 0, id: 'R01' },
    { kz: 'KZ-15', ru: 'RU-ORE', month: '2019-02', flow: 0, id: 'R14' },
    { kz: 'KZ-15', ru: 'RU-OTHER', month: '2019-02', flow: 0, id: 'R13' },
    { kz: 'KZ-15', ru: 'RU-OTHER', month: '2019-02', flow: 1, id: 'R12' },
    { kz: 'KZ-27', ru: 'RU-ALT', month: '2018-05', flow: 1, id: 'R03' },
    { kz: 'KZ-27', ru: 'RU-ALT', month: '2018-05', flow: 0, id: 'R04' },
    { kz: 'KZ-27', ru: 'RU-CHE', month: '2018-05', flow: 0, id: 'R17' },
    { kz: 'KZ-OTHER', ru: 'RU-OTHER', month: '2023-02', flow: 1, id: 'F04' },
    {
      kz: 'KZ-OTHER',
      ru: 'RU-OTHER',
      month: '2021-02',
      flow: 1,
      id: DEMO_SCALE,
    },
    { kz: 'KZ-55', ru: 'RU-NVS', month: '2019-03', flow: 0, id: DEMO_SCALE },
    { kz: 'KZ-55', ru: 'RU-OMS', month: '2018-03', flow: 0, id: EXTRAPOLATED },
    { kz: 'KZ-27', ru: 'RU-VGG', month: '2024-03', flow: 1, id: EXTRAPOLATED },
  ] as const)(
    '$kz~$ru $month flow $flow is calibrated to $id',
    ({ kz, ru, month, flow, id }) => {
      expect(labelOf(cube, kz, ru, month, flow)).toBe(id);
    },
  );

  test('every atom inside a figure names the smallest figure it is in', () => {
    const blocks = REPORTED_FIGURES.map((f) => ({
      id: f.id,
      atoms: atomsOf(cube, f),
    }));
    for (const block of blocks) {
      for (const atom of block.atoms) {
        const smallest = Math.min(
          ...blocks.filter((b) => b.atoms.has(atom)).map((b) => b.atoms.size),
        );
        const label = cube.calibrations[cube.calibration[atom] ?? -1] ?? '';
        const named = blocks.find((b) => b.id === label);
        expect(named?.atoms.has(atom)).toBe(true);
        expect(named?.atoms.size).toBe(smallest);
      }
    }
  });
});

describe('buildDatasetMeta', () => {
  const meta = buildDatasetMeta(generated);

  test('parses with the wire schema and carries every reported figure', () => {
    expect(datasetMetaSchema.safeParse(meta).success).toBe(true);
    expect(meta.reportedFigures.map((f) => f.id)).toEqual(
      REPORTED_FIGURES.map((f) => f.id),
    );
    expect(meta.coverage).toEqual(COVERAGE);
  });

  test('has one calibration per calibration id of the cube, in order', () => {
    expect(meta.calibrations.map((c) => c.id)).toEqual(cube.calibrations);
  });

  test('a reported calibration totals exactly its figure, over the figure’s sides and period', () => {
    for (const figure of REPORTED_FIGURES) {
      const calibration = meta.calibrations.find((c) => c.id === figure.id);
      expect(calibration).toMatchObject({
        basis: 'reported',
        figureId: figure.id,
        pair: `${figure.kz}~${figure.ru}`,
        from: figure.from,
        to: figure.to,
        totalUsd: figure.valueUsd,
      });
    }
  });

  test.each([EXTRAPOLATED, DEMO_SCALE])(
    '%s totals the present cells labelled with it',
    (id) => {
      const label = cube.calibrations.indexOf(id);
      const cells = function* () {
        for (let atom = 0; atom < cube.calibration.length; atom += 1)
          if (cube.calibration[atom] === label)
            for (const s of range(CHAPTER_COUNT))
              yield atom * CHAPTER_COUNT + s;
      };
      const calibration = meta.calibrations.find((c) => c.id === id);
      expect(calibration?.totalUsd).toBe(directSum(cube, cells()));
      expect(calibration?.totalUsd).toBeGreaterThan(0);
    },
  );

  test('every F-id cited in the texts has a source, every R-id is a reported figure', () => {
    const texts = JSON.stringify([
      meta.assumptions,
      meta.caveats,
      meta.calibrations.map((c) => c.description),
    ]);
    const sourceIds = new Set(meta.sources.map((s) => s.id));
    const figureIds = new Set(REPORTED_FIGURES.map((f) => f.id));
    for (const id of new Set(texts.match(/\bF\d{2}\b/g)))
      expect(sourceIds.has(id) || figureIds.has(id)).toBe(true);
    for (const id of new Set(texts.match(/\bR\d{2}\b/g)))
      expect(figureIds).toContain(id);
  });

  test('Kazakh texts are real translations, not copies of the Russian', () => {
    const texts = [
      ...meta.assumptions,
      ...meta.caveats,
      ...meta.calibrations.map((c) => c.description),
      ...meta.sources.map((s) => s.title),
    ];
    for (const text of texts) {
      expect(text.kk).not.toBe(text.ru);
      expect(text.kk).toMatch(/[әғқңөұүһі]/i);
      expect(text.ru).toMatch(/[а-яё]/i);
    }
  });
});

describe('nthSmallest', () => {
  test('finds what a sort puts at each index, ties and repeats included', () => {
    fc.assert(
      fc.property(
        // Quarters give many ties, as remainders of round shares do.
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 4 }).map((q) => q / 4), {
            minLength: 1,
            maxLength: 120,
          }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: 1,
            maxLength: 120,
          }),
        ),
        fc.nat(),
        (list, pick) => {
          const values = Float64Array.from(list);
          const k = pick % values.length;
          const sorted = values.slice().sort();
          expect(nthSmallest(values, values.length, k)).toBe(sorted[k]);
        },
      ),
      { numRuns: 1000, seed: 16 },
    );
  });
});
