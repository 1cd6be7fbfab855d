import type { Month, PairId } from '@/api/schemas/common';
import type {
  DatasetMeta,
  ReportedFigure,
  ReportedFlow,
} from '@/api/schemas/meta';
import { rangeLength } from './months';
import { joinPair, splitPair } from './sides';

/** What of a view decides whether a reported figure applies to it. */
export type FigureView = {
  pair: PairId;
  from: Month;
  to: Month;
  /** HS sections and chapters; both empty means all goods. */
  sectors: readonly string[];
  chapters: readonly string[];
  flow: 'all' | 'export' | 'import';
};

/** Which direction filters still show a measure whole. */
const FLOWS_SHOWING: Record<ReportedFlow, readonly FigureView['flow'][]> = {
  turnover: ['all'],
  export: ['all', 'export'],
  import: ['all', 'import'],
};

/**
 * The reported figure that a view's `measure` (turnover, exports or imports)
 * reproduces exactly, or null: same two sides, same first and last month,
 * all goods (no section or chapter chosen), and a direction filter that shows the measure whole. This
 * is the one rule behind the "Reported" label on a KPI card, the source line
 * of every export and the marker in About; anything else is illustrative.
 * Sides are compared as whole codes: `RU-AL` (Altai Republic) never matches
 * `RU-ALT` (Altai Krai).
 */
export function reportedFigureFor<T extends ReportedFigure>(
  figures: readonly T[],
  view: FigureView,
  measure: ReportedFlow,
): T | null {
  if (view.sectors.length > 0 || view.chapters.length > 0) return null;
  if (!FLOWS_SHOWING[measure].includes(view.flow)) return null;
  return (
    figures.find(
      (figure) =>
        figure.flow === measure &&
        joinPair(figure.kz, figure.ru) === view.pair &&
        figure.from === view.from &&
        figure.to === view.to,
    ) ?? null
  );
}

/**
 * The reported figures a dataset's views may claim to reproduce: the demo
 * (and official) data are built to; an analyst's import is not, so its
 * figures are only compared with them (the panel still lists them), never
 * labelled with them.
 */
export function claimableFigures(
  meta: Pick<DatasetMeta, 'status' | 'reportedFigures'> | undefined,
): DatasetMeta['reportedFigures'] {
  if (!meta || meta.status === 'user') return [];
  return meta.reportedFigures;
}

/** Every figure the view reproduces, turnover first. */
export function reportedFiguresFor<T extends ReportedFigure>(
  figures: readonly T[],
  view: FigureView,
): T[] {
  return (['turnover', 'export', 'import'] as const)
    .map((measure) => reportedFigureFor(figures, view, measure))
    .filter((figure): figure is T => figure !== null);
}

/**
 * Reported figures relevant to a view's sides, at every level above it: the
 * sides themselves, the Kazakh side with all of Russia, all of Kazakhstan
 * with the Russian side, and Kazakhstan with Russia. Ordered by that level,
 * then by period; each level appears once even when sides coincide.
 */
export function figuresForSides<T extends ReportedFigure>(
  figures: readonly T[],
  pair: PairId,
): T[] {
  const { kz, ru } = splitPair(pair);
  const levels = [
    ...new Set([
      pair,
      joinPair(kz, 'RU'),
      joinPair('KZ', ru),
      joinPair('KZ', 'RU'),
    ]),
  ];
  return levels.flatMap((level) =>
    figures
      .filter((figure) => joinPair(figure.kz, figure.ru) === level)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  );
}

/** Months in a figure's period, inclusive. */
function monthsOf(figure: Pick<ReportedFigure, 'from' | 'to'>): number {
  return rangeLength(figure);
}

/**
 * A reported figure that, run at its own pace for a year, exceeds a
 * figure of the same measure at a level that contains it: one side widened
 * to the whole country. Both are reported, so neither is wrong by itself;
 * together they say something is off (a different basis, territory or
 * partner), and the UI shows that beside the figure.
 */
export type ScaleConflict<T extends ReportedFigure> = {
  figure: T;
  /** The containing figure it outgrows. */
  wider: T;
  /** `figure`'s value per 12 months, USD. */
  annualised: number;
  /** `wider`'s value per 12 months, USD. */
  widerAnnualised: number;
};

/**
 * The containing figures `figure` outgrows when both are annualised (value
 * ÷ months × 12), largest gap first. Empty when the figure is consistent
 * with everything reported above it.
 */
export function scaleConflicts<T extends ReportedFigure>(
  figure: T,
  figures: readonly T[],
): ScaleConflict<T>[] {
  const annual = (f: T) => (f.valueUsd / monthsOf(f)) * 12;
  const contains = (wider: T) =>
    wider.id !== figure.id &&
    wider.flow === figure.flow &&
    (wider.kz === figure.kz || wider.kz === 'KZ') &&
    (wider.ru === figure.ru || wider.ru === 'RU') &&
    joinPair(wider.kz, wider.ru) !== joinPair(figure.kz, figure.ru);
  return figures
    .filter(contains)
    .map((wider) => ({
      figure,
      wider,
      annualised: annual(figure),
      widerAnnualised: annual(wider),
    }))
    .filter((c) => c.annualised > c.widerAnnualised)
    .sort(
      (a, b) =>
        b.annualised - b.widerAnnualised - (a.annualised - a.widerAnnualised),
    );
}
