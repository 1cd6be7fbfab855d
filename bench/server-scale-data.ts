import type { Month } from '@/api/schemas/common';
import { atomIndex, cellIndex, emptyCube, type Cube } from '@/domain/cube';
import { monthIndex } from '@/domain/months';
import { createMemoryDataset } from '@/service/memory-dataset';
import { demoDatasetInput } from '../mocks/data/dataset';
import { createDuckDbDataset } from '../server/duckdb-dataset';

/**
 * The scale dataset of `npm run bench:server`: the demo cube with its two
 * "rest of the country" lines taken apart. `KZ-OTHER` becomes the twelve
 * other regions of Kazakhstan (every region then has its own row) and
 * `RU-OTHER` fifteen named Russian regions plus a smaller rest of Russia.
 * Each new cell is the demo's rest cell times a fixed share (shares of a
 * month sum to 1), so every view the catalogue offers answers the demo's
 * figures: only the number of stored records grows. Zhetysu and Ulytau,
 * like Abai, exist from June 2022 only; before that they store no cells and
 * the other rest regions' shares are scaled up to make up the whole.
 */

/** The regions behind `KZ-OTHER`, with a share and (if newer) the first month. */
const KZ_REST: readonly { code: string; share: number; from?: Month }[] = [
  { code: 'KZ-11', share: 6 }, // Akmola
  { code: 'KZ-19', share: 5 }, // Almaty Region
  { code: 'KZ-31', share: 3 }, // Zhambyl
  { code: 'KZ-33', share: 2, from: '2022-06' }, // Zhetysu, from Almaty Region
  { code: 'KZ-35', share: 9 }, // Karaganda
  { code: 'KZ-43', share: 2 }, // Kyzylorda
  { code: 'KZ-47', share: 4 }, // Mangystau
  { code: 'KZ-61', share: 3 }, // Turkestan
  { code: 'KZ-62', share: 2, from: '2022-06' }, // Ulytau, from Karaganda
  { code: 'KZ-71', share: 14 }, // Astana
  { code: 'KZ-75', share: 20 }, // Almaty
  { code: 'KZ-79', share: 5 }, // Shymkent
];

/** The regions behind `RU-OTHER`, with a share; what is left stays `RU-OTHER`. */
const RU_REST: readonly { code: string; share: number }[] = [
  { code: 'RU-MOW', share: 30 },
  { code: 'RU-SPE', share: 8 },
  { code: 'RU-MOS', share: 7 },
  { code: 'RU-SVE', share: 5 },
  { code: 'RU-TA', share: 4 },
  { code: 'RU-BA', share: 3 },
  { code: 'RU-KDA', share: 3 },
  { code: 'RU-NIZ', share: 2 },
  { code: 'RU-PER', share: 2 },
  { code: 'RU-KYA', share: 2 },
  { code: 'RU-KEM', share: 2 },
  { code: 'RU-IRK', share: 1 },
  { code: 'RU-ROS', share: 2 },
  { code: 'RU-TOM', share: 1 },
  { code: 'RU-ULY', share: 1 },
  { code: 'RU-OTHER', share: 27 },
];

type Part = { source: number; code: string; share: number; first: number };

/** Each demo line replaced by its parts; a line that is not a rest is its own part. */
function split(
  axis: readonly string[],
  rest: string,
  parts: readonly { code: string; share: number; from?: Month }[],
  firstMonth: (source: number) => number,
  origin: Month,
): Part[] {
  return axis.flatMap((code, source): Part[] =>
    code === rest
      ? parts.map((p) => ({
          source,
          code: p.code,
          share: p.share,
          first: p.from ? monthIndex(p.from) - monthIndex(origin) : 0,
        }))
      : [{ source, code, share: 1, first: firstMonth(source) }],
  );
}

/** The demo cube with its rest row and column taken apart (see above). */
export function scaleCube(demo: Cube): Cube {
  const origin = demo.months[0] ?? '2017-01';
  const rows = split(
    demo.rows,
    'KZ-OTHER',
    KZ_REST,
    (i) => demo.rowFirstMonth[i] ?? 0,
    origin,
  );
  const columns = split(demo.columns, 'RU-OTHER', RU_REST, () => 0, origin);
  const cube = emptyCube({
    rows: rows.map((r) => r.code),
    columns: columns.map((c) => c.code),
    months: demo.months,
    chapters: demo.chapters,
    chapterSection: demo.chapterSection,
    calibrations: demo.calibrations,
    synthetic: demo.synthetic,
    rowFirstMonth: rows.map((r) => r.first),
  });
  const chapters = demo.chapters.length;
  const columnTotal = new Map<number, number>();
  for (const c of columns)
    columnTotal.set(c.source, (columnTotal.get(c.source) ?? 0) + c.share);
  for (const [k, row] of rows.entries())
    for (let m = row.first; m < demo.months.length; m += 1) {
      // The shares of the rows that exist this month.
      const rowTotal = rows
        .filter((r) => r.source === row.source && m >= r.first)
        .reduce((sum, r) => sum + r.share, 0);
      for (const [c, column] of columns.entries()) {
        const weight =
          (row.share / rowTotal) *
          (column.share / (columnTotal.get(column.source) ?? 1));
        for (let f = 0; f < 2; f += 1) {
          const from = atomIndex(demo, row.source, column.source, m, f);
          cube.calibration[atomIndex(cube, k, c, m, f)] =
            demo.calibration[from] ?? 0;
          const at = cellIndex(cube, k, c, m, f, 0);
          for (let s = 0; s < chapters; s += 1)
            cube.values[at + s] =
              (demo.values[from * chapters + s] ?? Number.NaN) * weight;
        }
      }
    }
  return cube;
}

/** Builds the scale database at `path` (replacing its data); reports what it holds. */
export async function buildScaleDatabase(path: string): Promise<{
  records: number;
  rows: number;
  columns: number;
  months: number;
  chapters: number;
  loadMs: number;
}> {
  const input = demoDatasetInput();
  const cube = scaleCube(input.cube);
  const dataset = await createDuckDbDataset({ path });
  try {
    const started = performance.now();
    await dataset.load({ ...input, cube });
    const loadMs = performance.now() - started;
    return {
      records: await dataset.cellCount(),
      rows: cube.rows.length,
      columns: cube.columns.length,
      months: cube.months.length,
      chapters: cube.chapters.length,
      loadMs: Math.round(loadMs),
    };
  } finally {
    await dataset.close();
  }
}

/** The demo's own KZ~RU totals for a period, USD: what the scale server must answer too. */
export async function demoTotals(
  from: Month,
  to: Month,
): Promise<{ exports: number; imports: number }> {
  const totals = await createMemoryDataset(demoDatasetInput()).totals({
    pair: 'KZ~RU',
    from,
    to,
  });
  return { exports: totals.exports, imports: totals.imports };
}
