import type { Month, PairId } from '@/api/schemas/common';
import type { ReportedFigure, ReportedFlow } from '@/api/schemas/meta';
import { joinPair, splitPair } from './sides';

/** What of a view decides whether a reported figure applies to it. */
export type FigureView = {
  pair: PairId;
  from: Month;
  to: Month;
  /** Empty means all sections. */
  sectors: readonly string[];
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
 * all sections, and a direction filter that shows the measure whole. This
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
  if (view.sectors.length > 0) return null;
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
