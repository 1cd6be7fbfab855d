import type { Flow, Month } from '@/api/schemas/common';
import type { MonthlyPoint } from './trade';

/** A month's figure in USD. */
export type MonthValue = { month: Month; value: number };

/**
 * What a chart's text alternative says about one flow. Only reported months
 * count: a null month is neither a low nor a zero, it is listed in
 * `missingMonths`.
 */
export type FlowSummary = {
  /** The earliest and the latest reported month. */
  first: MonthValue;
  last: MonthValue;
  /** The highest reported month; on a tie, the earliest of them. */
  peak: MonthValue;
  /**
   * From first to last. A change within `FLAT_TOLERANCE` of the larger of the
   * two reads as flat: "rose from $31.2M to $31.2M" would only confuse.
   */
  direction: 'up' | 'down' | 'flat';
  reportedMonths: number;
  missingMonths: number;
};

/** Per flow; null when no month of that flow is reported. */
export type TrendSummary = Record<Flow, FlowSummary | null>;

/** 0.5 %: below what the one-decimal compact format can show on a typical month. */
export const FLAT_TOLERANCE = 0.005;

function summarize(
  points: readonly MonthlyPoint[],
  flow: Flow,
): FlowSummary | null {
  const reported: MonthValue[] = [];
  for (const point of points) {
    const value = point[flow];
    if (value !== null) reported.push({ month: point.month, value });
  }
  const first = reported[0];
  const last = reported.at(-1);
  if (!first || !last) return null;
  let peak = first;
  for (const entry of reported) if (entry.value > peak.value) peak = entry;
  const scale = Math.max(Math.abs(first.value), Math.abs(last.value));
  const delta = last.value - first.value;
  const direction =
    Math.abs(delta) <= scale * FLAT_TOLERANCE
      ? 'flat'
      : delta > 0
        ? 'up'
        : 'down';
  return {
    first,
    last,
    peak,
    direction,
    reportedMonths: reported.length,
    missingMonths: points.length - reported.length,
  };
}

/**
 * The numbers behind a trend chart's summary sentence: for exports and
 * imports, where the series starts and ends, its direction and its highest
 * month. Points are taken in the order given (calendar order, as the
 * monthly endpoint sends them); the input is not changed.
 */
export function trendSummary(points: readonly MonthlyPoint[]): TrendSummary {
  return {
    export: summarize(points, 'export'),
    import: summarize(points, 'import'),
  };
}
