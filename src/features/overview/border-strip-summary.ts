import type { StripPair } from './border-layout';

/** A pair at one end of the ranking, with its turnover in USD. */
export type StripExtreme = {
  pair: string;
  kzName: string;
  ruName: string;
  value: number;
};

export type StripSummary = {
  /** All pairs on the strip, reported or not. */
  count: number;
  /** Pairs with a reported turnover: the total, top and bottom are over these. */
  reported: number;
  /** USD. */
  total: number;
  top: StripExtreme;
  bottom: StripExtreme;
  /** The top pair's share of the total, 0–1; null when the total is zero. */
  topShare: number | null;
};

/**
 * The strip in numbers, for the `overview.strip.summary` sentence. Unreported
 * pairs count in `count` but add nothing to the total and are never top or
 * bottom: missing is not zero. Ties go to the western pair. Null when no pair
 * is reported.
 */
export function stripSummary(pairs: readonly StripPair[]): StripSummary | null {
  const reported = pairs.flatMap((p) =>
    p.turnover === null
      ? []
      : [
          {
            pair: p.pair,
            kzName: p.kzName,
            ruName: p.ruName,
            value: p.turnover,
          },
        ],
  );
  const [first] = reported;
  if (!first) return null;
  let top = first;
  let bottom = first;
  let total = 0;
  for (const r of reported) {
    total += r.value;
    if (r.value > top.value) top = r;
    if (r.value < bottom.value) bottom = r;
  }
  return {
    count: pairs.length,
    reported: reported.length,
    total,
    top,
    bottom,
    topShare: total > 0 ? top.value / total : null,
  };
}

/** The values `t('overview.strip.summary', …)` interpolates. */
export type StripSummaryParams = {
  count: number;
  total: string;
  top: string;
  topValue: string;
  topShare: string;
  bottom: string;
  bottomValue: string;
};

/** A pair's name as the strip's pair text writes it: `kz ↔ ru`. */
export function stripPairName(p: { kzName: string; ruName: string }): string {
  return `${p.kzName} ↔ ${p.ruName}`;
}

/**
 * The summary formatted for its sentence: money through `money`, the share
 * through `share`, and `noValue` for a share that has no total to divide.
 */
export function stripSummaryParams(
  summary: StripSummary,
  format: {
    money: (usd: number) => string;
    share: (share: number) => string;
    noValue: string;
  },
): StripSummaryParams {
  return {
    count: summary.count,
    total: format.money(summary.total),
    top: stripPairName(summary.top),
    topValue: format.money(summary.top.value),
    topShare:
      summary.topShare === null
        ? format.noValue
        : format.share(summary.topShare),
    bottom: stripPairName(summary.bottom),
    bottomValue: format.money(summary.bottom.value),
  };
}
