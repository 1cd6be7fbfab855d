import type { Month, SectorId } from '@/api/schemas/common';

export type MonthlyPoint = {
  month: Month;
  /** USD; null when no reported cell of that flow exists in the month. */
  export: number | null;
  import: number | null;
};

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

/** A row with its turnover and its share of a whole, 0–1. */
export type Ranked<T> = T & { turnover: number; share: number };

export type SectorTotal = Ranked<{
  sector: SectorId;
  exports: number;
  imports: number;
}>;

/**
 * Rows by turnover, largest first (ties keep the order given, which the
 * service sends in code order), each with its share of `whole`: by default
 * the turnover of all rows given, so shares sum to 1 unless it is zero, when
 * all are 0. A part's rows (a section's chapters) pass the view's total to
 * share the same base as the sections. The input is not changed.
 */
export function rankByTurnover<T extends { exports: number; imports: number }>(
  rows: readonly T[],
  whole?: number,
): Ranked<T>[] {
  let grand = 0;
  for (const row of rows) grand += row.exports + row.imports;
  const base = whole ?? grand;
  return rows
    .map((row) => {
      const turnover = row.exports + row.imports;
      return { ...row, turnover, share: base === 0 ? 0 : turnover / base };
    })
    .sort((a, b) => b.turnover - a.turnover);
}

/** Turnover per HS section, largest first, with each one's share of them all. */
export function rankSectors(
  rows: readonly { sector: SectorId; exports: number; imports: number }[],
): SectorTotal[] {
  return rankByTurnover(
    rows.map(({ sector, exports, imports }) => ({ sector, exports, imports })),
  );
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
