import type { Month, SectorId } from '@/api/schemas/common';
import type { TradeRecord } from '@/api/schemas/trade';

/**
 * Sums of a set of records in USD, from the Kazakh region's point of view.
 * Null (unreported) cells are skipped and counted in `missingCells`: a total
 * over partly missing data is a lower bound, and the UI says so.
 */
export type FlowTotals = {
  exports: number;
  imports: number;
  /** exports + imports */
  turnover: number;
  /** exports − imports; negative is a deficit */
  balance: number;
  reportedCells: number;
  missingCells: number;
};

export function flowTotals(records: readonly TradeRecord[]): FlowTotals {
  let exports = 0;
  let imports = 0;
  let reportedCells = 0;
  let missingCells = 0;
  for (const record of records) {
    if (record.valueUsd === null) {
      missingCells += 1;
      continue;
    }
    reportedCells += 1;
    if (record.flow === 'export') exports += record.valueUsd;
    else imports += record.valueUsd;
  }
  return {
    exports,
    imports,
    turnover: exports + imports,
    balance: exports - imports,
    reportedCells,
    missingCells,
  };
}

export type MonthlyPoint = {
  month: Month;
  /** USD; null when no reported cell of that flow exists in the month. */
  export: number | null;
  import: number | null;
};

/**
 * One point per month of `months` (in that order), each flow summed over
 * sectors. A month without any reported cell stays null, never zero, so a
 * chart shows a gap instead of a fake collapse.
 */
export function monthlyByFlow(
  records: readonly TradeRecord[],
  months: readonly Month[],
): MonthlyPoint[] {
  // Index months once and sum into arrays: no per-record string keys, which
  // made this 75× slower than flowTotals on the whole cube (bench/domain).
  const position = new Map(months.map((month, i) => [month, i]));
  const exports: (number | null)[] = months.map(() => null);
  const imports: (number | null)[] = months.map(() => null);
  for (const record of records) {
    if (record.valueUsd === null) continue;
    const i = position.get(record.month);
    if (i === undefined) continue;
    const sums = record.flow === 'export' ? exports : imports;
    sums[i] = (sums[i] ?? 0) + record.valueUsd;
  }
  return months.map((month, i) => ({
    month,
    export: exports[i] ?? null,
    import: imports[i] ?? null,
  }));
}

/**
 * Running totals within each calendar year (year to date); a null month adds
 * nothing but stays null itself, and the running total resets each January.
 */
export function cumulativeByYear(
  points: readonly MonthlyPoint[],
): MonthlyPoint[] {
  let year = '';
  let exports = 0;
  let imports = 0;
  return points.map((point) => {
    const pointYear = point.month.slice(0, 4);
    if (pointYear !== year) {
      year = pointYear;
      exports = 0;
      imports = 0;
    }
    exports += point.export ?? 0;
    imports += point.import ?? 0;
    return {
      month: point.month,
      export: point.export === null ? null : exports,
      import: point.import === null ? null : imports,
    };
  });
}

export type SectorTotal = {
  sector: SectorId;
  exports: number;
  imports: number;
  turnover: number;
  /** Share of the turnover of all sectors given, 0–1. */
  share: number;
};

/**
 * Turnover per HS section, largest first (ties by section order as given in
 * the records). Shares sum to 1 unless the total is zero, when all are 0.
 */
export function totalsBySector(records: readonly TradeRecord[]): SectorTotal[] {
  const bySector = new Map<SectorId, { exports: number; imports: number }>();
  for (const record of records) {
    const entry = bySector.get(record.sector) ?? { exports: 0, imports: 0 };
    if (record.valueUsd !== null) {
      if (record.flow === 'export') entry.exports += record.valueUsd;
      else entry.imports += record.valueUsd;
    }
    bySector.set(record.sector, entry);
  }
  let grand = 0;
  for (const entry of bySector.values()) grand += entry.exports + entry.imports;
  return [...bySector.entries()]
    .map(([sector, { exports, imports }]) => ({
      sector,
      exports,
      imports,
      turnover: exports + imports,
      share: grand === 0 ? 0 : (exports + imports) / grand,
    }))
    .sort((a, b) => b.turnover - a.turnover);
}

export type Change = {
  /** current − previous, in the unit of both */
  absolute: number;
  /** (current − previous) / |previous|; null when previous is 0 or missing */
  relative: number | null;
};

export function change(
  current: number,
  previous: number | null,
): Change | null {
  if (previous === null) return null;
  return {
    absolute: current - previous,
    relative: previous === 0 ? null : (current - previous) / Math.abs(previous),
  };
}

export type TrendPoint = MonthlyPoint & {
  /** The month a year earlier that this point is compared with. */
  previousMonth: Month | null;
  previousExport: number | null;
  previousImport: number | null;
};

/**
 * Lines the comparison series up with the current one by position: the
 * n-th month of the period against the n-th month of the same period a year
 * earlier. Without a comparison, or past its end, the previous values are null.
 */
export function alignComparison(
  current: readonly MonthlyPoint[],
  previous: readonly MonthlyPoint[] | null,
): TrendPoint[] {
  return current.map((point, i) => {
    const before = previous?.[i];
    return {
      ...point,
      previousMonth: before?.month ?? null,
      previousExport: before?.export ?? null,
      previousImport: before?.import ?? null,
    };
  });
}
