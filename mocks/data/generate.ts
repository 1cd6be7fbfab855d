import {
  SECTOR_IDS,
  type Month,
  type PairId,
  type SectorId,
} from '@/api/schemas/common';
import type { Calibration, ReportedFigure } from '@/api/schemas/meta';
import { CHAPTER_IDS, type ChapterId } from '@/api/schemas/sectors';
import { atomIndex, emptyCube, type Cube } from '@/domain/cube';
import { cubeMonthly } from '@/domain/cube-aggregate';
import { monthIndex, monthsInRange } from '@/domain/months';
import { CHAPTERS } from '@/service/catalog/data/chapters';
import { regionsResponse } from '@/service/catalog/data/regions';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import { selectionFor } from './selection';
import {
  demoScaleDescription,
  extrapolatedDescription,
  figureDescription,
} from './texts';

/**
 * The seed of the shipped dataset. Any 32-bit integer works; this one is the
 * opening day of the 19th Forum (2023-11-09), where R01 was quoted.
 */
export const DEFAULT_SEED = 20231109;

/** First and last month of the matrix, inclusive: every reported figure lies inside. */
export const COVERAGE = { from: '2017-01', to: '2025-12' } as const satisfies {
  from: Month;
  to: Month;
};

/**
 * Rows of the matrix, the Kazakh side: the border regions west to east, then
 * every other region of Kazakhstan as one row (`KZ-OTHER`).
 */
export const KZ_ROWS = [
  'KZ-23',
  'KZ-27',
  'KZ-15',
  'KZ-39',
  'KZ-59',
  'KZ-55',
  'KZ-10',
  'KZ-63',
  'KZ-OTHER',
] as const;
export type KzRow = (typeof KZ_ROWS)[number];

/** Columns, the Russian side: border regions west to east, then the rest of Russia. */
export const RU_COLUMNS = [
  'RU-AST',
  'RU-VGG',
  'RU-SAR',
  'RU-SAM',
  'RU-ORE',
  'RU-CHE',
  'RU-KGN',
  'RU-TYU',
  'RU-OMS',
  'RU-NVS',
  'RU-ALT',
  'RU-AL',
  'RU-OTHER',
] as const;
export type RuColumn = (typeof RU_COLUMNS)[number];

/** Calibration ids of cells that no reported figure covers (see labelAtoms). */
export const EXTRAPOLATED = 'extrapolated';
export const DEMO_SCALE = 'demo-scale';

/**
 * Kazakhstan–Russia turnover per calendar year, USD. Assumptions, not data,
 * in the range Kazakh statistics report (about 17–26 bn a year); only 2022
 * (F05) and January–August 2023 (F04) are fixed by figures. Each year is
 * varied by the seed (NATIONAL_JITTER) before use.
 */
export const NATIONAL_TURNOVER_USD: Readonly<Record<string, number>> = {
  '2017': 17_400_000_000,
  '2018': 18_600_000_000,
  '2019': 19_200_000_000,
  '2020': 17_200_000_000,
  '2021': 22_800_000_000,
  '2022': 26_100_000_000,
  '2023': 25_500_000_000,
  '2024': 25_800_000_000,
  '2025': 26_400_000_000,
};
/** Seeded variation of each national year: ±3 %. */
export const NATIONAL_JITTER = 0.06;

/**
 * Assumed share of each Kazakh border region in Kazakhstan–Russia trade; the
 * rest of Kazakhstan (Karaganda, Almaty, Astana…) takes what is left. Set near
 * the figures where there are any: Aktobe about 6 % (R10, R12), West
 * Kazakhstan about 3.4 % (R15, R16). Abai's share sits in East Kazakhstan
 * before the split (see formedFromRows).
 */
export const KZ_ROW_SHARES: Readonly<
  Record<Exclude<KzRow, 'KZ-OTHER'>, number>
> = {
  'KZ-23': 0.02,
  'KZ-27': 0.034,
  'KZ-15': 0.062,
  'KZ-39': 0.08,
  'KZ-59': 0.03,
  'KZ-55': 0.07,
  'KZ-10': 0.015,
  'KZ-63': 0.075,
};

/**
 * Assumed share of each Russian border region in the trade, the rest of
 * Russia taking what is left; near the figures where there are any
 * (Chelyabinsk R17, Orenburg R18, Tyumen R19, Omsk R07–R09, Astrakhan R20,
 * Altai Republic R05–R06). Altai Krai follows ALTAI_KRAI instead.
 */
export const RU_COLUMN_SHARES: Readonly<
  Record<Exclude<RuColumn, 'RU-OTHER' | 'RU-ALT'>, number>
> = {
  'RU-AST': 0.0008,
  'RU-VGG': 0.015,
  'RU-SAR': 0.016,
  'RU-SAM': 0.03,
  'RU-ORE': 0.024,
  'RU-CHE': 0.095,
  'RU-KGN': 0.01,
  'RU-TYU': 0.011,
  'RU-OMS': 0.018,
  'RU-NVS': 0.025,
  'RU-AL': 0.0014,
};

/**
 * Altai Krai's share grows: about 480 M USD with all of Kazakhstan in 2018
 * (R02) but 927 M with East Kazakhstan alone in eight months of 2023 (R01).
 * Both can only hold with steep growth, so the share grows by `growth` a
 * year (Tomenko: turnover grew more than 1.5× from 2016 to 2018, about 22 %
 * a year) from `share2018` until mid-`untilYear`, flat after. An assumption.
 */
export const ALTAI_KRAI = {
  share2018: 0.026,
  growth: 1.22,
  untilYear: 2023,
} as const;

/**
 * How strongly two cells of the matrix trade, before the shares above are
 * imposed: neighbours across the border notably, non-neighbours less the
 * farther apart along the border (halving per region), the rest-of-country
 * cells most (a region's trade with "other regions of Russia" is usually most
 * of its trade with Russia: Aktobe traded 1,124.8 M with Russia in 2017, of
 * which Orenburg 89.5 M, R10 and R11).
 */
export const AFFINITY = {
  neighbour: 3,
  nonNeighbour: 0.4,
  nonNeighbourDecay: 0.5,
  rest: 1,
  /** Seeded variation per cell: ±25 %. */
  jitter: 0.5,
} as const;

/**
 * R01 makes Altai Krai East Kazakhstan's dominant Russian partner (927 M in
 * eight months, more than old East Kazakhstan traded with all of Russia in
 * 2017); the pair's affinity is raised so the base level is already near it.
 */
export const PAIR_AFFINITY: Readonly<Partial<Record<PairId, number>>> = {
  'KZ-63~RU-ALT': 40,
};

/**
 * Export share (Kazakhstan → Russia) of East Kazakhstan – Altai Krai: the 2018
 * ratio of Altai Krai's trade with Kazakhstan, 120 M of 480 M (R04, R02).
 */
export const ALTAI_KRAI_EXPORT_SHARE = 0.25;
/** Export share of every other cell: seeded, uniform in this range. */
export const EXPORT_SHARE_RANGE = { min: 0.3, max: 0.6 } as const;

/** Month-to-month variation of a flat profile: ±8 %. */
export const MONTH_JITTER = 0.16;
/** Variation of the export share from month to month: ±2 points. */
export const SHARE_JITTER = 0.04;
/** Atom-level variation of the product mix: ±25 %. */
const SECTION_JITTER = 0.5;

/**
 * A figure's correction fades with the distance from its period: a factor r
 * on the period becomes r^exp(−d / FADE_MONTHS) d months away, so calibrated
 * series pass smoothly into the rest of the series instead of jumping.
 */
export const FADE_MONTHS = 12;
/** Phase 1 stops when every figure is within 1e-9 (usually after 20–30 sweeps) or here. */
const FADE_SWEEPS = 200;

/** Share of section cells left unreported (NaN) where that is allowed. */
export const UNREPORTED_SHARE = 0.01;

/** Relative weights per HS section; the tables below are packed (prettier-ignore) for reading. */
type Mix = Readonly<Record<SectorId, number>>;

/**
 * What East Kazakhstan buys from Altai Krai (FACTS.md, F10, F11): grain,
 * oilseeds, flour and groats (II); coke, copper and zinc concentrates (V);
 * agricultural machinery and boilers (XVI); railcars (XVII).
 */
// prettier-ignore
const ALTAI_KRAI_IMPORT_MIX: Mix = {
  I: 0.02, II: 0.22, III: 0.02, IV: 0.04, V: 0.18, VI: 0.03, VII: 0.03,
  VIII: 0.004, IX: 0.02, X: 0.015, XI: 0.01, XII: 0.004, XIII: 0.015,
  XIV: 0.002, XV: 0.03, XVI: 0.2, XVII: 0.12, XVIII: 0.01, XIX: 0.001,
  XX: 0.01, XXI: 0.001,
};

/**
 * What East Kazakhstan sells to Altai Krai (F11): aluminium and its products
 * (XV), vegetables and fruit (II), confectionery (IV).
 */
// prettier-ignore
const ALTAI_KRAI_EXPORT_MIX: Mix = {
  I: 0.03, II: 0.2, III: 0.02, IV: 0.15, V: 0.04, VI: 0.03, VII: 0.02,
  VIII: 0.005, IX: 0.01, X: 0.01, XI: 0.01, XII: 0.003, XIII: 0.02, XIV: 0.003,
  XV: 0.35, XVI: 0.04, XVII: 0.02, XVIII: 0.005, XIX: 0.001, XX: 0.01,
  XXI: 0.001,
};

/** A rough Kazakh-side export profile for every other cell; perturbed per cell. */
// prettier-ignore
const DEMO_EXPORT_MIX: Mix = {
  I: 0.04, II: 0.14, III: 0.02, IV: 0.08, V: 0.22, VI: 0.1, VII: 0.03,
  VIII: 0.01, IX: 0.01, X: 0.01, XI: 0.02, XII: 0.005, XIII: 0.02, XIV: 0.005,
  XV: 0.18, XVI: 0.05, XVII: 0.03, XVIII: 0.005, XIX: 0.001, XX: 0.01,
  XXI: 0.001,
};

/** A rough Kazakh-side import profile for every other cell; perturbed per cell. */
// prettier-ignore
const DEMO_IMPORT_MIX: Mix = {
  I: 0.02, II: 0.05, III: 0.02, IV: 0.1, V: 0.14, VI: 0.08, VII: 0.06,
  VIII: 0.005, IX: 0.03, X: 0.02, XI: 0.02, XII: 0.01, XIII: 0.02, XIV: 0.003,
  XV: 0.1, XVI: 0.18, XVII: 0.12, XVIII: 0.015, XIX: 0.001, XX: 0.02,
  XXI: 0.001,
};

/**
 * Chapters that dominate their section in East Kazakhstan – Altai Krai
 * (FACTS.md, F10, F11), as a weight within the section; every other chapter
 * of those pairs weighs ALTAI_KRAI_MINOR_CHAPTER. Imports: cereals (10),
 * milling products (11), oilseeds (12); ores and concentrates (26), coke
 * (27); boilers and machinery (84); railcars (86). Exports: vegetables (07),
 * fruit (08); sugar confectionery, cocoa, cereal preparations (17–19);
 * aluminium (76).
 */
export const ALTAI_KRAI_IMPORT_CHAPTERS: Readonly<
  Partial<Record<ChapterId, number>>
> = { '10': 6, '11': 3, '12': 4, '26': 5, '27': 6, '84': 8, '86': 8 };
export const ALTAI_KRAI_EXPORT_CHAPTERS: Readonly<
  Partial<Record<ChapterId, number>>
> = { '07': 5, '08': 4, '17': 3, '18': 3, '19': 3, '76': 12 };
export const ALTAI_KRAI_MINOR_CHAPTER = 0.3;
/** Seeded variation of a chapter's share within its section, per pair: 0.5–1.5. */
export const CHAPTER_SPREAD = 1;

const SECTOR_COUNT = SECTOR_IDS.length;
const CHAPTER_COUNT = CHAPTER_IDS.length;
/** The section of each chapter, as an index into SECTOR_IDS. */
const CHAPTER_SECTION_INDEX: readonly number[] = CHAPTER_IDS.map((id) => {
  const section = CHAPTERS.find((c) => c.id === id)?.section;
  const index = section ? SECTOR_IDS.indexOf(section) : -1;
  if (index < 0) throw new Error(`chapter ${id} has no section`);
  return index;
});
const MONTHS: readonly Month[] = monthsInRange(COVERAGE.from, COVERAGE.to);
const ROWS = KZ_ROWS.length;
const COLUMNS = RU_COLUMNS.length;
const MONTH_COUNT = MONTHS.length;
const ATOM_COUNT = ROWS * COLUMNS * MONTH_COUNT * 2;
const FIRST_YEAR = Number(COVERAGE.from.slice(0, 4));
const SHAPE = {
  rows: KZ_ROWS,
  columns: RU_COLUMNS,
  months: MONTHS,
  chapters: CHAPTER_IDS,
  chapterSection: CHAPTER_SECTION_INDEX.map((s) => SECTOR_IDS[s] ?? 'I'),
} as const;
/** `calibration` of an atom not yet labelled. */
const UNLABELLED = 0xffff;

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for illustrative noise; never for security. */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * One independent stream per purpose and cell, keyed by name (FNV-1a), so
 * changing one cell's draws never shifts the values of another.
 */
function streamFor(seed: number, key: string): Rng {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return mulberry32(hash);
}

/** A factor around 1 with total spread `spread` (0.16 → 0.92..1.08). */
function jitter(rng: Rng, spread: number): number {
  return 1 + (rng() - 0.5) * spread;
}

/**
 * The value at index `k` of the first `n` values once sorted ascending
 * (Hoare's selection, in place: `values` is reordered).
 */
export function nthSmallest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] ?? 0;
}

/**
 * The largest-remainder split behind allocateLargestRemainder, into `parts`
 * (typed arrays, no allocation: the generator calls it for every atom).
 * `remainders` is scratch space of the same length.
 */
function allocateInto(
  total: number,
  weights: ArrayLike<number>,
  parts: Float64Array,
  remainders: Float64Array,
  selection: Float64Array = new Float64Array(weights.length),
): void {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new Error(
      `allocate: total must be a non-negative integer, got ${String(total)}`,
    );
  }
  const n = weights.length;
  let weightSum = 0;
  for (let i = 0; i < n; i += 1) weightSum += weights[i] ?? 0;
  if (!(weightSum > 0))
    throw new Error('allocate: weights must have a positive sum');
  let left = total;
  for (let i = 0; i < n; i += 1) {
    const exact = (total * (weights[i] ?? 0)) / weightSum;
    const floor = Math.floor(exact);
    parts[i] = floor;
    remainders[i] = exact - floor;
    left -= floor;
  }
  // Fewer than n units are left: one each to the `left` largest remainders,
  // the lower index first on ties. The threshold is the remainder a sort
  // would put at n - left, found by selection in `selection` (the generator
  // calls this for every atom: a sort per atom was half its time).
  if (left > 0) {
    selection.set(remainders.subarray(0, n));
    const threshold = nthSmallest(selection, n, n - left);
    for (let i = 0; i < n; i += 1) {
      if ((remainders[i] ?? 0) > threshold) {
        parts[i] = (parts[i] ?? 0) + 1;
        left -= 1;
      }
    }
    for (let i = 0; i < n && left > 0; i += 1) {
      if (remainders[i] === threshold) {
        parts[i] = (parts[i] ?? 0) + 1;
        left -= 1;
      }
    }
  }
  if (left !== 0) throw new Error(`allocate: ${String(left)} USD left over`);
}

/**
 * Splits a whole number of USD into integer parts proportional to `weights`
 * (largest-remainder method), so the parts sum to `total` exactly. Ties in
 * the remainders go to the lower index, which keeps the result deterministic.
 */
export function allocateLargestRemainder(
  total: number,
  weights: readonly number[],
): number[] {
  const parts = new Float64Array(weights.length);
  allocateInto(total, weights, parts, new Float64Array(weights.length));
  return Array.from(parts);
}

function mixWeights(mix: Mix): number[] {
  return SECTOR_IDS.map((id) => mix[id]);
}

/** A per-cell variant of a base mix, each section scaled by 0.5–1.5. */
function perturbMix(rng: Rng, mix: Mix): number[] {
  return SECTOR_IDS.map((id) => mix[id] * (0.5 + rng()));
}

function pairId(row: number, column: number): PairId {
  return `${KZ_ROWS[row] ?? ''}~${RU_COLUMNS[column] ?? ''}`;
}

function monthOfAtom(atom: number): number {
  return Math.floor(atom / 2) % MONTH_COUNT;
}

/** Index on the month axis of each row's first month (Abai: 2022-06). */
function rowFirstMonths(): number[] {
  return KZ_ROWS.map((code) => {
    const validFrom = regionsResponse.regions.find(
      (r) => r.code === code,
    )?.validFrom;
    if (!validFrom) return 0;
    const first = monthIndex(validFrom.slice(0, 7)) - monthIndex(COVERAGE.from);
    return Math.min(Math.max(first, 0), MONTH_COUNT);
  });
}

/**
 * Index of the row each row was formed from, or -1. Abai region (KZ-10) was
 * split off East Kazakhstan (KZ-63) on 8 June 2022, so its first month is
 * 2022-06; until then East Kazakhstan included Semey, and its base level
 * carries Abai's share too. The country total has no break; the boundary
 * change itself is not adjusted for (FACTS.md: never mix boundary versions).
 */
function formedFromRows(): number[] {
  return KZ_ROWS.map((code) => {
    const from = regionsResponse.regions.find(
      (r) => r.code === code,
    )?.formedFrom;
    return from ? (KZ_ROWS as readonly string[]).indexOf(from) : -1;
  });
}

const BORDER_PAIRS: ReadonlySet<string> = new Set(
  regionsResponse.pairs.map((p) => p.id),
);

/**
 * The affinity of every cell, seeded (row-major, ROWS × COLUMNS). A border
 * column's distance to a row is counted along the border order from the
 * row's nearest neighbour.
 */
function affinities(seed: number): Float64Array {
  const out = new Float64Array(ROWS * COLUMNS);
  const borderColumns = RU_COLUMNS.length - 1;
  for (let k = 0; k < ROWS; k += 1) {
    const neighbours = RU_COLUMNS.flatMap((_, r) =>
      BORDER_PAIRS.has(pairId(k, r)) ? [r] : [],
    );
    for (let r = 0; r < COLUMNS; r += 1) {
      const id = pairId(k, r);
      let base: number;
      if (k === ROWS - 1 || r === borderColumns) base = AFFINITY.rest;
      else if (neighbours.includes(r))
        base = PAIR_AFFINITY[id] ?? AFFINITY.neighbour;
      else {
        const distance = Math.min(...neighbours.map((n) => Math.abs(n - r)));
        base =
          AFFINITY.nonNeighbour * AFFINITY.nonNeighbourDecay ** (distance - 1);
      }
      out[k * COLUMNS + r] =
        base * jitter(streamFor(seed, `affinity:${id}`), AFFINITY.jitter);
    }
  }
  return out;
}

/** Month m as a fractional year, mid-month (2017-01 → 2017.04). */
function yearAt(month: number): number {
  return FIRST_YEAR + (month + 0.5) / 12;
}

/**
 * National turnover per month: the seeded yearly levels / 12, interpolated
 * log-linearly between mid-years so there is no step at a new year.
 */
function nationalMonthly(seed: number): Float64Array {
  const rng = streamFor(seed, 'national');
  const years = Object.keys(NATIONAL_TURNOVER_USD).sort();
  const logLevels = years.map((y) =>
    Math.log(
      ((NATIONAL_TURNOVER_USD[y] ?? 0) * jitter(rng, NATIONAL_JITTER)) / 12,
    ),
  );
  const out = new Float64Array(MONTH_COUNT);
  for (let m = 0; m < MONTH_COUNT; m += 1) {
    const position = Math.min(
      Math.max(yearAt(m) - FIRST_YEAR - 0.5, 0),
      years.length - 1,
    );
    const i = Math.min(Math.floor(position), years.length - 2);
    const t = position - i;
    const a = logLevels[i] ?? 0;
    const b = logLevels[i + 1] ?? a;
    out[m] = Math.exp(a + (b - a) * t);
  }
  return out;
}

function altaiKraiShare(month: number): number {
  const t = Math.min(yearAt(month), ALTAI_KRAI.untilYear + 0.5);
  return ALTAI_KRAI.share2018 * ALTAI_KRAI.growth ** (t - 2018.5);
}

function columnTargets(month: number): number[] {
  const targets = RU_COLUMNS.map((code) =>
    code === 'RU-ALT'
      ? altaiKraiShare(month)
      : code === 'RU-OTHER'
        ? 0
        : RU_COLUMN_SHARES[code],
  );
  targets[COLUMNS - 1] = 1 - targets.reduce((s, x) => s + x, 0);
  return targets;
}

const ROW_TARGETS: readonly number[] = (() => {
  const targets = KZ_ROWS.map((code) =>
    code === 'KZ-OTHER' ? 0 : KZ_ROW_SHARES[code],
  );
  targets[ROWS - 1] = 1 - targets.reduce((s, x) => s + x, 0);
  return targets;
})();

/**
 * Each cell's share of national trade per month (MONTH_COUNT × ROWS ×
 * COLUMNS): the affinities scaled until rows and columns have their assumed
 * shares (biproportional fitting; the column shares move with Altai Krai's).
 */
function cellShares(seed: number): Float64Array {
  const seedMatrix = affinities(seed);
  const cells = ROWS * COLUMNS;
  const out = new Float64Array(MONTH_COUNT * cells);
  const m0 = new Float64Array(cells);
  for (let m = 0; m < MONTH_COUNT; m += 1) {
    const columnShare = columnTargets(m);
    m0.set(seedMatrix);
    for (let iteration = 0; iteration < 60; iteration += 1) {
      for (let k = 0; k < ROWS; k += 1) {
        let sum = 0;
        for (let r = 0; r < COLUMNS; r += 1) sum += m0[k * COLUMNS + r] ?? 0;
        const f = (ROW_TARGETS[k] ?? 0) / sum;
        for (let r = 0; r < COLUMNS; r += 1)
          m0[k * COLUMNS + r] = (m0[k * COLUMNS + r] ?? 0) * f;
      }
      for (let r = 0; r < COLUMNS; r += 1) {
        let sum = 0;
        for (let k = 0; k < ROWS; k += 1) sum += m0[k * COLUMNS + r] ?? 0;
        const f = (columnShare[r] ?? 0) / sum;
        for (let k = 0; k < ROWS; k += 1)
          m0[k * COLUMNS + r] = (m0[k * COLUMNS + r] ?? 0) * f;
      }
    }
    out.set(m0, m * cells);
  }
  return out;
}

/**
 * Real-valued base level of every atom: national level × cell share × a
 * monthly jitter × the cell's export share (jittered). Absent atoms (a row
 * before its first month) are 0; their share is carried by the row the
 * region was formed from.
 */
function baseAtoms(seed: number, firstMonth: readonly number[]): Float64Array {
  const national = nationalMonthly(seed);
  const shares = cellShares(seed);
  const atoms = new Float64Array(ATOM_COUNT);
  const cells = ROWS * COLUMNS;
  const formedFrom = formedFromRows();
  for (let k = 0; k < ROWS; k += 1) {
    for (let r = 0; r < COLUMNS; r += 1) {
      const id = pairId(k, r);
      const rng = streamFor(seed, `level:${id}`);
      const exportShare =
        id === 'KZ-63~RU-ALT'
          ? ALTAI_KRAI_EXPORT_SHARE
          : EXPORT_SHARE_RANGE.min +
            rng() * (EXPORT_SHARE_RANGE.max - EXPORT_SHARE_RANGE.min);
      for (let m = 0; m < MONTH_COUNT; m += 1) {
        // Always draw, so a region's start month never shifts the stream.
        const level = jitter(rng, MONTH_JITTER);
        const share = Math.min(
          0.95,
          Math.max(0.05, exportShare + (rng() - 0.5) * SHARE_JITTER),
        );
        if (m < (firstMonth[k] ?? 0)) continue;
        let cellShare = shares[m * cells + k * COLUMNS + r] ?? 0;
        formedFrom.forEach((from, j) => {
          if (from === k && m < (firstMonth[j] ?? 0))
            cellShare += shares[m * cells + j * COLUMNS + r] ?? 0;
        });
        const total = (national[m] ?? 0) * cellShare * level;
        atoms[atomIndex(SHAPE, k, r, m, 0)] = total * share;
        atoms[atomIndex(SHAPE, k, r, m, 1)] = total * (1 - share);
      }
    }
  }
  return atoms;
}

/** The atoms a reported figure covers, and what its correction fades over. */
type Block = {
  figure: ReportedFigure;
  /** Present atoms of the figure. */
  atoms: Int32Array;
  /** Present atoms of the figure's rows × columns × flows in every month. */
  span: Int32Array;
  /** Figures whose blocks partition this one (R02 = R03 + R04); null if none. */
  sumOf: readonly string[] | null;
};

function atomsOf(
  figure: ReportedFigure,
  firstMonth: readonly number[],
  everyMonth: boolean,
): Int32Array {
  const selection = selectionFor(SHAPE, figure);
  const from = everyMonth ? 0 : selection.from;
  const to = everyMonth ? MONTH_COUNT - 1 : selection.to;
  const out: number[] = [];
  for (const k of selection.rows) {
    for (const r of selection.columns) {
      for (let m = Math.max(from, firstMonth[k] ?? 0); m <= to; m += 1) {
        for (const f of selection.flows) out.push(atomIndex(SHAPE, k, r, m, f));
      }
    }
  }
  return Int32Array.from(out);
}

/**
 * The figures a turnover figure is the exact sum of: its export and import
 * with the same sides and period (R02 = R03 + R04). Such a figure is not
 * fitted (its block is covered twice over) but checked at the end; when the
 * parts do not add up to it, the figures contradict each other and we throw.
 */
function partsOf(figure: ReportedFigure): readonly string[] | null {
  if (figure.flow !== 'turnover') return null;
  const same = (flow: ReportedFigure['flow']) =>
    REPORTED_FIGURES.find(
      (f) =>
        f.flow === flow &&
        f.kz === figure.kz &&
        f.ru === figure.ru &&
        f.from === figure.from &&
        f.to === figure.to,
    );
  const exports = same('export');
  const imports = same('import');
  if (!exports || !imports) return null;
  if (exports.valueUsd + imports.valueUsd !== figure.valueUsd) {
    throw new Error(
      `figures contradict: ${figure.id} (${String(figure.valueUsd)}) is not ${exports.id} + ${imports.id}`,
    );
  }
  return [exports.id, imports.id].sort();
}

function blocksFor(firstMonth: readonly number[]): Block[] {
  return REPORTED_FIGURES.map((figure) => {
    if (
      figure.from < COVERAGE.from ||
      figure.to > COVERAGE.to ||
      figure.from > figure.to
    ) {
      throw new Error(
        `figure ${figure.id} (${figure.from}..${figure.to}) lies outside the coverage`,
      );
    }
    if (!Number.isSafeInteger(figure.valueUsd)) {
      throw new Error(`figure ${figure.id} is not a whole number of USD`);
    }
    const atoms = atomsOf(figure, firstMonth, false);
    if (atoms.length === 0)
      throw new Error(`figure ${figure.id} covers no cell of the matrix`);
    return {
      figure,
      atoms,
      span: atomsOf(figure, firstMonth, true),
      sumOf: partsOf(figure),
    };
  });
}

function sumAtoms(values: Float64Array, atoms: Int32Array): number {
  let sum = 0;
  for (const a of atoms) sum += values[a] ?? 0;
  return sum;
}

/** Months from `month` to the figure's period; 0 inside it. */
function distance(month: number, from: number, to: number): number {
  return month < from ? from - month : month > to ? month - to : 0;
}

/**
 * Phase 1, smooth: raking where a figure's factor also reaches the months
 * around its period, fading (FADE_MONTHS). Outer figures first, so inner
 * ones win each sweep. It gets every figure close; phase 2 makes it exact.
 */
function fadeIn(values: Float64Array, blocks: readonly Block[]): void {
  const factors = new Float64Array(MONTH_COUNT);
  for (let sweep = 0; sweep < FADE_SWEEPS; sweep += 1) {
    let worst = 0;
    for (const block of blocks) {
      const sum = sumAtoms(values, block.atoms);
      if (!(sum > 0))
        throw new Error(`figure ${block.figure.id}: its base level is zero`);
      const logRatio = Math.log(block.figure.valueUsd / sum);
      worst = Math.max(worst, Math.abs(logRatio));
      const from = monthIndex(block.figure.from) - monthIndex(COVERAGE.from);
      const to = monthIndex(block.figure.to) - monthIndex(COVERAGE.from);
      for (let m = 0; m < MONTH_COUNT; m += 1) {
        factors[m] = Math.exp(
          logRatio * Math.exp(-distance(m, from, to) / FADE_MONTHS),
        );
      }
      for (const a of block.span)
        values[a] = (values[a] ?? 0) * (factors[monthOfAtom(a)] ?? 1);
    }
    if (worst < 1e-9) return;
  }
}

/**
 * Phase 2, exact: plain iterative proportional fitting (each figure's block
 * scaled to its value in turn) until every figure holds to 1e-13. With all
 * atoms positive and the figures consistent this converges; after phase 1
 * the factors are close to 1, so it leaves no visible step.
 */
function fitExactly(values: Float64Array, blocks: readonly Block[]): void {
  for (let sweep = 0; sweep < 5000; sweep += 1) {
    let worst = 0;
    for (const block of blocks) {
      const sum = sumAtoms(values, block.atoms);
      const target = block.figure.valueUsd;
      worst = Math.max(worst, Math.abs(sum - target) / target);
      const f = target / sum;
      for (const a of block.atoms) values[a] = (values[a] ?? 0) * f;
    }
    if (worst < 1e-13) return;
  }
  throw new Error('calibration: proportional fitting did not converge');
}

/**
 * Phase 3, integers: rounds every atom, then puts each figure's remaining
 * few USD on one "slack" atom of its block that lies in no figure fixed
 * before it. Figures are fixed smallest block first, so a slack atom is only
 * in figures fixed later (supersets, or overlapping ones like R16 over
 * R03/R04 and R17), which absorb the change when their turn comes.
 */
function roundExactly(values: Float64Array, blocks: readonly Block[]): void {
  for (let a = 0; a < values.length; a += 1)
    values[a] = Math.round(values[a] ?? 0);
  const fixed = new Uint8Array(values.length);
  const order = [...blocks].sort((x, y) => x.atoms.length - y.atoms.length);
  for (const block of order) {
    let slack = -1;
    for (const a of block.atoms) {
      if (
        fixed[a] === 0 &&
        (slack < 0 || (values[a] ?? 0) > (values[slack] ?? 0))
      )
        slack = a;
    }
    if (slack < 0) {
      throw new Error(
        `calibration: figure ${block.figure.id} has no atom left to absorb its rounding`,
      );
    }
    const residual = block.figure.valueUsd - sumAtoms(values, block.atoms);
    values[slack] = (values[slack] ?? 0) + residual;
    for (const a of block.atoms) fixed[a] = 1;
  }
}

function verify(values: Float64Array, blocks: readonly Block[]): void {
  for (let a = 0; a < values.length; a += 1) {
    const v = values[a] ?? Number.NaN;
    if (!(v >= 0) || !Number.isSafeInteger(v))
      throw new Error(`calibration: atom ${String(a)} is ${String(v)}`);
  }
  for (const block of blocks) {
    const sum = sumAtoms(values, block.atoms);
    if (sum !== block.figure.valueUsd) {
      throw new Error(
        `calibration: figure ${block.figure.id} sums to ${String(sum)} USD, reported ${String(block.figure.valueUsd)}`,
      );
    }
  }
}

/** Cells whose pair, row (with all of Russia) or column (with all of Kazakhstan) has a figure. */
function cellsWithFigures(): Set<string> {
  const cells = new Set<string>();
  for (const f of REPORTED_FIGURES) {
    if (f.kz === 'KZ' && f.ru === 'RU') continue;
    for (let k = 0; k < ROWS; k += 1) {
      for (let r = 0; r < COLUMNS; r += 1) {
        if (
          (f.kz === 'KZ' || f.kz === KZ_ROWS[k]) &&
          (f.ru === 'RU' || f.ru === RU_COLUMNS[r])
        )
          cells.add(pairId(k, r));
      }
    }
  }
  return cells;
}

/**
 * Calibration of every atom: the innermost (smallest) reported figure it is
 * in; else EXTRAPOLATED when its pair, row or column has a figure for
 * another period (national figures do not count: they would make every
 * cell "extrapolated"); else DEMO_SCALE.
 */
function labelAtoms(
  blocks: readonly Block[],
  ids: readonly string[],
): Uint16Array {
  const labels = new Uint16Array(ATOM_COUNT).fill(UNLABELLED);
  const outerFirst = [...blocks].sort(
    (x, y) => y.atoms.length - x.atoms.length,
  );
  for (const block of outerFirst) {
    const index = ids.indexOf(block.figure.id);
    for (const a of block.atoms) labels[a] = index;
  }
  const withFigures = cellsWithFigures();
  const extrapolated = ids.indexOf(EXTRAPOLATED);
  const demo = ids.indexOf(DEMO_SCALE);
  for (let k = 0; k < ROWS; k += 1) {
    for (let r = 0; r < COLUMNS; r += 1) {
      const label = withFigures.has(pairId(k, r)) ? extrapolated : demo;
      const first = atomIndex(SHAPE, k, r, 0, 0);
      for (let a = first; a < first + MONTH_COUNT * 2; a += 1) {
        if (labels[a] === UNLABELLED) labels[a] = label;
      }
    }
  }
  return labels;
}

/**
 * Each chapter's share within its section for one pair and flow: East
 * Kazakhstan – Altai Krai follows ALTAI_KRAI_*_CHAPTERS, its other chapters
 * weigh ALTAI_KRAI_MINOR_CHAPTER; every chapter's weight then varies by a
 * seeded factor (0.5–1.5 with CHAPTER_SPREAD 1), the same for all months of
 * the pair and flow, so no two chapters show the same figure by design.
 */
function chapterShares(seed: number, id: PairId, flow: number): Float64Array {
  const shares = new Float64Array(CHAPTER_COUNT);
  const rng = streamFor(seed, `chapters:${id}:${String(flow)}`);
  const major =
    id === 'KZ-63~RU-ALT'
      ? flow === 0
        ? ALTAI_KRAI_EXPORT_CHAPTERS
        : ALTAI_KRAI_IMPORT_CHAPTERS
      : null;
  CHAPTER_IDS.forEach((chapter, c) => {
    const base = major ? (major[chapter] ?? ALTAI_KRAI_MINOR_CHAPTER) : 1;
    shares[c] = base * jitter(rng, CHAPTER_SPREAD);
  });
  return shares;
}

/**
 * Spreads every atom over the 96 HS chapters (largest remainder, so the
 * chapters sum to the atom exactly): a chapter weighs its section's share of
 * the mix times its share within the section, so every section is the sum of
 * its chapters. In border pairs at demo scale, about UNREPORTED_SHARE of
 * chapter cells are left unreported (NaN): the atom's total goes to its
 * remaining chapters, so no sum above the atom changes.
 */
function fillChapters(
  cube: Cube,
  atoms: Float64Array,
  seed: number,
  demo: number,
): void {
  const sectionWeights = new Float64Array(SECTOR_COUNT);
  const weights = new Float64Array(CHAPTER_COUNT);
  const missing = new Uint8Array(CHAPTER_COUNT);
  const parts = new Float64Array(CHAPTER_COUNT);
  const scratch = new Float64Array(CHAPTER_COUNT);
  const selection = new Float64Array(CHAPTER_COUNT);
  for (let k = 0; k < ROWS; k += 1) {
    for (let r = 0; r < COLUMNS; r += 1) {
      const id = pairId(k, r);
      const mixRng = streamFor(seed, `mix:${id}`);
      const mix =
        id === 'KZ-63~RU-ALT'
          ? [
              mixWeights(ALTAI_KRAI_EXPORT_MIX),
              mixWeights(ALTAI_KRAI_IMPORT_MIX),
            ]
          : [
              perturbMix(mixRng, DEMO_EXPORT_MIX),
              perturbMix(mixRng, DEMO_IMPORT_MIX),
            ];
      const within = [chapterShares(seed, id, 0), chapterShares(seed, id, 1)];
      // Normalise the shares within each section, so a section's chapters
      // together weigh what the section does.
      for (const shares of within) {
        const sums = new Float64Array(SECTOR_COUNT);
        for (let c = 0; c < CHAPTER_COUNT; c += 1) {
          const s = CHAPTER_SECTION_INDEX[c] ?? 0;
          sums[s] = (sums[s] ?? 0) + (shares[c] ?? 0);
        }
        for (let c = 0; c < CHAPTER_COUNT; c += 1)
          shares[c] =
            (shares[c] ?? 0) / (sums[CHAPTER_SECTION_INDEX[c] ?? 0] ?? 1);
      }
      const rng = streamFor(seed, `sections:${id}`);
      const gaps = BORDER_PAIRS.has(id)
        ? streamFor(seed, `missing:${id}`)
        : null;
      for (let m = cube.rowFirstMonth[k] ?? 0; m < MONTH_COUNT; m += 1) {
        for (let f = 0; f < 2; f += 1) {
          const atom = atomIndex(cube, k, r, m, f);
          const flowMix = mix[f] ?? [];
          const shares = within[f] ?? weights;
          const demoAtom = cube.calibration[atom] === demo;
          for (let s = 0; s < SECTOR_COUNT; s += 1)
            sectionWeights[s] = (flowMix[s] ?? 0) * jitter(rng, SECTION_JITTER);
          let present = 0;
          for (let c = 0; c < CHAPTER_COUNT; c += 1) {
            weights[c] =
              (sectionWeights[CHAPTER_SECTION_INDEX[c] ?? 0] ?? 0) *
              (shares[c] ?? 0);
            // Draw for every atom of a pair, so the gaps do not depend on labels.
            const gap = gaps !== null && gaps() < UNREPORTED_SHARE;
            missing[c] = gap && demoAtom ? 1 : 0;
            if (missing[c] === 0) present += 1;
          }
          if (present === 0) missing.fill(0);
          for (let c = 0; c < CHAPTER_COUNT; c += 1)
            if (missing[c] === 1) weights[c] = 0;
          allocateInto(atoms[atom] ?? 0, weights, parts, scratch, selection);
          const base = atom * CHAPTER_COUNT;
          for (let c = 0; c < CHAPTER_COUNT; c += 1)
            cube.values[base + c] =
              missing[c] === 1 ? Number.NaN : (parts[c] ?? 0);
        }
      }
    }
  }
}

/**
 * The calibrated atoms (row × column × month × flow totals, integer USD):
 * seeded base levels, then the three phases (fadeIn, fitExactly,
 * roundExactly), then a check that every reported figure, R02 included,
 * holds exactly and no atom is negative. Throws otherwise.
 */
function calibratedAtoms(
  seed: number,
  firstMonth: readonly number[],
  blocks: readonly Block[],
): Float64Array {
  const values = baseAtoms(seed, firstMonth);
  const fitted = blocks.filter((b) => b.sumOf === null);
  const outerFirst = [...fitted].sort(
    (x, y) => y.atoms.length - x.atoms.length,
  );
  fadeIn(values, outerFirst);
  fitExactly(values, outerFirst);
  roundExactly(values, fitted);
  verify(values, blocks);
  return values;
}

export type GeneratedCube = {
  cube: Cube;
  /** One per id of `cube.calibrations`, in that order (see GET /api/meta). */
  calibrations: Calibration[];
};

/**
 * The whole illustrative trade matrix: KZ_ROWS × RU_COLUMNS × the months of
 * COVERAGE × 2 flows × 96 HS chapters, integer USD, calibrated so that every
 * figure of REPORTED_FIGURES (summed over its sides, period and flow, see
 * selectionFor) is reproduced exactly. Same seed, same output.
 *
 * Abai (KZ-10) has no cells before 2022-06 (they stay NaN and are never
 * read). NaN chapter cells (about 1 %) appear only in border pairs at demo scale,
 * never in a cell any figure covers.
 */
export function generateCube(seed: number = DEFAULT_SEED): GeneratedCube {
  const firstMonth = rowFirstMonths();
  const blocks = blocksFor(firstMonth);
  const atoms = calibratedAtoms(seed, firstMonth, blocks);
  const ids = [...REPORTED_FIGURES.map((f) => f.id), EXTRAPOLATED, DEMO_SCALE];
  const cube = emptyCube({
    ...SHAPE,
    calibrations: ids,
    synthetic: true,
    rowFirstMonth: firstMonth,
  });
  cube.calibration.set(labelAtoms(blocks, ids));
  fillChapters(cube, atoms, seed, ids.indexOf(DEMO_SCALE));
  return { cube, calibrations: buildCalibrations(cube) };
}

/**
 * One calibration per id of `cube.calibrations`. A reported figure's total
 * is its whole block summed back from the cube (so exactly the figure);
 * `extrapolated` and `demo-scale` total the present cells labelled with them.
 */
export function buildCalibrations(cube: Cube): Calibration[] {
  const labelTotals = new Float64Array(cube.calibrations.length);
  for (let atom = 0; atom < cube.calibration.length; atom += 1) {
    const label = cube.calibration[atom] ?? 0;
    let sum = 0;
    for (let c = 0; c < CHAPTER_COUNT; c += 1) {
      const v = cube.values[atom * CHAPTER_COUNT + c] ?? Number.NaN;
      if (!Number.isNaN(v)) sum += v;
    }
    labelTotals[label] = (labelTotals[label] ?? 0) + sum;
  }
  return cube.calibrations.map((id, index): Calibration => {
    const figure = REPORTED_FIGURES.find((f) => f.id === id);
    if (figure) {
      const { points } = cubeMonthly(cube, selectionFor(cube, figure));
      const total = points.reduce(
        (sum, p) => sum + (p.export ?? 0) + (p.import ?? 0),
        0,
      );
      return {
        id,
        basis: 'reported',
        figureId: figure.id,
        pair: `${figure.kz}~${figure.ru}`,
        from: figure.from,
        to: figure.to,
        totalUsd: total,
        description: figureDescription(figure, partsOf(figure)),
      };
    }
    return {
      id,
      basis: id === EXTRAPOLATED ? 'extrapolated' : 'demo-scale',
      figureId: null,
      pair: null,
      from: cube.months[0] ?? null,
      to: cube.months[cube.months.length - 1] ?? null,
      totalUsd: labelTotals[index] ?? 0,
      description:
        id === EXTRAPOLATED
          ? extrapolatedDescription(FADE_MONTHS)
          : demoScaleDescription(UNREPORTED_SHARE),
    };
  });
}
