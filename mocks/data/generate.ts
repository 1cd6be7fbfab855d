import { SECTOR_IDS } from '../../src/api/schemas/common';
import type {
  Flow,
  Month,
  PairId,
  SectorId,
  Usd,
} from '../../src/api/schemas/common';
import type { TradeRecord } from '../../src/api/schemas/trade';
import { regionsResponse } from './regions';

/**
 * The seed of the shipped dataset. Any 32-bit integer works; this one is the
 * opening day of the 19th Forum (2023-11-09), where the F02 figure was quoted.
 */
export const DEFAULT_SEED = 20231109;

/** First and last month of every generated series, inclusive. */
export const COVERAGE = { from: '2021-01', to: '2024-12' } as const satisfies {
  from: Month;
  to: Month;
};

export const CALIBRATION_IDS = {
  f02Reported: 'F02-reported',
  f02Extrapolated: 'F02-extrapolated',
  f15Scaled: 'F15-scaled',
  demoScale: 'demo-scale',
} as const;
export type CalibrationId =
  (typeof CALIBRATION_IDS)[keyof typeof CALIBRATION_IDS];

/** F02: East Kazakhstan ↔ Altai Krai, January–August 2023, as reported by the akimat. */
export const F02_PAIR: PairId = 'KZ-63~RU-ALT';
export const F02_TOTAL_USD = 927_000_000;
export const F02_PERIOD = {
  from: '2023-01',
  to: '2023-08',
} as const satisfies {
  from: Month;
  to: Month;
};
/** Months in the F02 period; the extrapolation runs at F02_TOTAL_USD / this per month. */
const F02_MONTH_COUNT = 8;

/**
 * Multipliers on F02's average monthly level for the months outside the
 * reported period. Assumptions, not data: a modest rise towards 2023 in line
 * with the national Kazakhstan–Russia trend (F04, F05), flat-ish after.
 */
export const F02_YEAR_FACTORS: Readonly<Record<string, number>> = {
  '2021': 0.85,
  '2022': 0.95,
  '2023': 1,
  '2024': 1.03,
};

/**
 * F15: Altai Republic ↔ all of Kazakhstan. East Kazakhstan is the republic's
 * only Kazakh neighbour, so the whole figure is attributed to KZ-63~RU-AL.
 * 2022 and 2023 are the reported values; 2021 and 2024 repeat the 2023 level.
 */
export const F15_PAIR: PairId = 'KZ-63~RU-AL';
export const F15_YEAR_TOTALS_USD: Readonly<Record<string, number>> = {
  '2021': 45_000_000,
  '2022': 25_000_000,
  '2023': 45_000_000,
  '2024': 45_000_000,
};

/** Arbitrary monthly level, per pair, for pairs with no reported figure. */
export const DEMO_MONTHLY_USD = { min: 5_000_000, max: 40_000_000 } as const;

/** Share of demo-scale cells left unreported (null) to exercise missing-not-zero. */
export const UNREPORTED_SHARE = 0.01;

/**
 * Export share (Kazakh region → Russia) of the F02 pair: the 2018 ratio of
 * Altai Krai's trade with Kazakhstan, 120 M imports into Altai of 480 M (F10).
 */
export const F02_EXPORT_SHARE = 0.25;
/** F15 gives no direction; an even-ish split slightly towards imports is assumed. */
export const F15_EXPORT_SHARE = 0.4;

/** Month-to-month variation of a flat profile: ±8 %. */
export const MONTH_JITTER = 0.16;
/** Cell-level variation of the product mix: ±25 %. */
const CELL_JITTER = 0.5;
/** Variation of the export share around its assumed value: ±2 points. */
const SHARE_JITTER = 0.04;

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

/** A rough Kazakh-side export profile for the arbitrary pairs; perturbed per pair. */
// prettier-ignore
const DEMO_EXPORT_MIX: Mix = {
  I: 0.04, II: 0.14, III: 0.02, IV: 0.08, V: 0.22, VI: 0.1, VII: 0.03,
  VIII: 0.01, IX: 0.01, X: 0.01, XI: 0.02, XII: 0.005, XIII: 0.02, XIV: 0.005,
  XV: 0.18, XVI: 0.05, XVII: 0.03, XVIII: 0.005, XIX: 0.001, XX: 0.01,
  XXI: 0.001,
};

/** A rough Kazakh-side import profile for the arbitrary pairs; perturbed per pair. */
// prettier-ignore
const DEMO_IMPORT_MIX: Mix = {
  I: 0.02, II: 0.05, III: 0.02, IV: 0.1, V: 0.14, VI: 0.08, VII: 0.06,
  VIII: 0.005, IX: 0.03, X: 0.02, XI: 0.02, XII: 0.01, XIII: 0.02, XIV: 0.003,
  XV: 0.1, XVI: 0.18, XVII: 0.12, XVIII: 0.015, XIX: 0.001, XX: 0.02,
  XXI: 0.001,
};

const SECTOR_COUNT = SECTOR_IDS.length;
const FLOWS: readonly Flow[] = ['export', 'import'];

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
 * One independent stream per pair, keyed by the pair id (FNV-1a), so adding a
 * pair or changing one block's draws never shifts the values of another pair.
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

/** `YYYY-MM` months from `from` to `to`, both inclusive. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const current = `${String(year)}-${String(month).padStart(2, '0')}`;
    if (current > to) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
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
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new Error(
      `allocate: total must be a non-negative integer, got ${String(total)}`,
    );
  }
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (!(weightSum > 0))
    throw new Error('allocate: weights must have a positive sum');
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const exact = (total * (weights[i] ?? 0)) / weightSum;
    const floor = Math.floor(exact);
    parts[i] = floor;
    remainders[i] = exact - floor;
    assigned += floor;
  }
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = total - assigned;
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  if (left !== 0) throw new Error(`allocate: ${String(left)} USD left over`);
  return parts;
}

function mixWeights(mix: Mix): number[] {
  return SECTOR_IDS.map((id) => mix[id]);
}

/** A per-pair variant of a base mix, each section scaled by 0.5–1.5. */
function perturbMix(rng: Rng, mix: Mix): number[] {
  return SECTOR_IDS.map((id) => mix[id] * (0.5 + rng()));
}

type FlowCells = Record<Flow, number[]>;

/**
 * Distributes `totalUsd` over `monthCount` months × 2 flows × 21 sections.
 * The flow split is fixed first (so the export share is close to the assumed
 * one), then each flow is spread over months and sections; every level uses
 * largest-remainder rounding so the integer cells add up to `totalUsd`.
 * Cells are indexed `month * 21 + section`.
 */
function allocateBlock(
  rng: Rng,
  monthCount: number,
  totalUsd: number,
  exportShare: number,
  mix: Readonly<Record<Flow, readonly number[]>>,
): FlowCells {
  const share = Math.min(
    0.95,
    Math.max(0.05, exportShare + (rng() - 0.5) * SHARE_JITTER),
  );
  const [exportTotal = 0, importTotal = 0] = allocateLargestRemainder(
    totalUsd,
    [share, 1 - share],
  );
  const monthWeights = Array.from({ length: monthCount }, () =>
    jitter(rng, MONTH_JITTER),
  );
  const spread = (flow: Flow, flowTotal: number): number[] => {
    const flowMix = mix[flow];
    const weights = new Array<number>(monthCount * SECTOR_COUNT);
    for (let m = 0; m < monthCount; m += 1) {
      for (let s = 0; s < SECTOR_COUNT; s += 1) {
        weights[m * SECTOR_COUNT + s] =
          (monthWeights[m] ?? 1) * (flowMix[s] ?? 0) * jitter(rng, CELL_JITTER);
      }
    }
    return allocateLargestRemainder(flowTotal, weights);
  };
  return {
    export: spread('export', exportTotal),
    import: spread('import', importTotal),
  };
}

type MonthCells = {
  calibration: CalibrationId;
  cells: FlowCells;
  /** Offset of this month inside `cells` (blocks may span several months). */
  offset: number;
  /** Demo pairs only: a cell drawn below this share is reported as null. */
  unreportedShare: number;
};

function yearOf(month: Month): string {
  return month.slice(0, 4);
}

function lookupYear(
  table: Readonly<Record<string, number>>,
  year: string,
  name: string,
): number {
  const value = table[year];
  if (value === undefined) throw new Error(`${name} has no entry for ${year}`);
  return value;
}

/** KZ-63~RU-ALT: the exact F02 block plus an extrapolation around it. */
function altaiKraiMonths(
  rng: Rng,
  months: readonly Month[],
): Map<Month, MonthCells> {
  const mix = {
    export: mixWeights(ALTAI_KRAI_EXPORT_MIX),
    import: mixWeights(ALTAI_KRAI_IMPORT_MIX),
  };
  const byMonth = new Map<Month, MonthCells>();
  const reported = months.filter(
    (m) => m >= F02_PERIOD.from && m <= F02_PERIOD.to,
  );
  const reportedCells = allocateBlock(
    rng,
    reported.length,
    F02_TOTAL_USD,
    F02_EXPORT_SHARE,
    mix,
  );
  reported.forEach((month, index) => {
    byMonth.set(month, {
      calibration: CALIBRATION_IDS.f02Reported,
      cells: reportedCells,
      offset: index * SECTOR_COUNT,
      unreportedShare: 0,
    });
  });
  const averageMonthUsd = F02_TOTAL_USD / F02_MONTH_COUNT;
  for (const month of months) {
    if (byMonth.has(month)) continue;
    const factor = lookupYear(
      F02_YEAR_FACTORS,
      yearOf(month),
      'F02_YEAR_FACTORS',
    );
    const total = Math.round(
      averageMonthUsd * factor * jitter(rng, MONTH_JITTER),
    );
    byMonth.set(month, {
      calibration: CALIBRATION_IDS.f02Extrapolated,
      cells: allocateBlock(rng, 1, total, F02_EXPORT_SHARE, mix),
      offset: 0,
      unreportedShare: 0,
    });
  }
  return byMonth;
}

/** KZ-63~RU-AL: each calendar year sums exactly to its F15-based total. */
function altaiRepublicMonths(
  rng: Rng,
  months: readonly Month[],
): Map<Month, MonthCells> {
  const mix = {
    export: perturbMix(rng, DEMO_EXPORT_MIX),
    import: perturbMix(rng, DEMO_IMPORT_MIX),
  };
  const byMonth = new Map<Month, MonthCells>();
  const years = [...new Set(months.map(yearOf))];
  for (const year of years) {
    const yearMonths = months.filter((m) => yearOf(m) === year);
    const total = lookupYear(F15_YEAR_TOTALS_USD, year, 'F15_YEAR_TOTALS_USD');
    const cells = allocateBlock(
      rng,
      yearMonths.length,
      total,
      F15_EXPORT_SHARE,
      mix,
    );
    yearMonths.forEach((month, index) => {
      byMonth.set(month, {
        calibration: CALIBRATION_IDS.f15Scaled,
        cells,
        offset: index * SECTOR_COUNT,
        unreportedShare: 0,
      });
    });
  }
  return byMonth;
}

/** Every other pair: an arbitrary, seeded monthly level with no figure behind it. */
function demoMonths(
  rng: Rng,
  months: readonly Month[],
): Map<Month, MonthCells> {
  const level =
    DEMO_MONTHLY_USD.min +
    rng() * (DEMO_MONTHLY_USD.max - DEMO_MONTHLY_USD.min);
  const exportShare = 0.3 + rng() * 0.3;
  const mix = {
    export: perturbMix(rng, DEMO_EXPORT_MIX),
    import: perturbMix(rng, DEMO_IMPORT_MIX),
  };
  const byMonth = new Map<Month, MonthCells>();
  for (const month of months) {
    const total = Math.round(level * jitter(rng, MONTH_JITTER));
    byMonth.set(month, {
      calibration: CALIBRATION_IDS.demoScale,
      cells: allocateBlock(rng, 1, total, exportShare, mix),
      offset: 0,
      unreportedShare: UNREPORTED_SHARE,
    });
  }
  return byMonth;
}

/** First month a Kazakh region has data: the month of its `validFrom`, if any. */
function firstMonthOf(kz: string): Month {
  const region = regionsResponse.regions.find((r) => r.code === kz);
  const validFrom = region?.validFrom;
  return validFrom ? validFrom.slice(0, 7) : COVERAGE.from;
}

/**
 * The whole illustrative trade cube: every border pair × month of COVERAGE ×
 * flow × HS section, one record per cell, ordered by pair, month, flow and
 * section. Values are integer USD; every record is `synthetic` and names its
 * calibration (see buildDatasetMeta). Same seed, same output.
 *
 * Abai region (KZ-10) only gets months from its creation (2022-06) on. Null
 * values appear only in demo-scale pairs (about 1 %), never in F02/F15 blocks.
 */
export function generateTradeRecords(
  seed: number = DEFAULT_SEED,
): TradeRecord[] {
  const records: TradeRecord[] = [];
  for (const pair of regionsResponse.pairs) {
    const rng = streamFor(seed, pair.id);
    const months = monthRange(firstMonthOf(pair.kz), COVERAGE.to);
    const byMonth =
      pair.id === F02_PAIR
        ? altaiKraiMonths(rng, months)
        : pair.id === F15_PAIR
          ? altaiRepublicMonths(rng, months)
          : demoMonths(rng, months);
    for (const month of months) {
      const block = byMonth.get(month);
      if (!block) throw new Error(`no cells for ${pair.id} ${month}`);
      for (const flow of FLOWS) {
        const values = block.cells[flow];
        for (let s = 0; s < SECTOR_COUNT; s += 1) {
          const value = values[block.offset + s];
          const sector = SECTOR_IDS[s];
          if (value === undefined || sector === undefined) {
            throw new Error(
              `cell out of range: ${pair.id} ${month} ${flow} ${String(s)}`,
            );
          }
          // Always draw, so the null pattern does not shift the stream.
          const unreported = rng() < block.unreportedShare;
          records.push({
            month,
            kz: pair.kz,
            ru: pair.ru,
            flow,
            sector,
            valueUsd: unreported ? null : (value as Usd),
            synthetic: true,
            calibration: block.calibration,
          });
        }
      }
    }
  }
  return records;
}
