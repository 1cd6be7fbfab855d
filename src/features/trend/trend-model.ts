import type { Flow } from '@/api/schemas/common';
import type { TrendPoint } from '@/domain/trade';

export type TrendLayout = 'grouped' | 'stacked';

/** What the trend chart is asked to show. */
export type TrendOptions = {
  /** The direction filter: both flows, or one. */
  flow: 'all' | Flow;
  layout: TrendLayout;
  /** A comparison year with at least one reported value exists. */
  hasComparison: boolean;
};

/** One month as the chart reads it: the flows, the year before, and its total. */
export type TrendRow = TrendPoint & {
  /** The year before's exports + imports; null when neither was reported. */
  previousTotal: number | null;
};

/** The labels a series needs; the view fills them from the catalogues. */
export type SeriesLabel =
  | { kind: 'flow'; flow: Flow }
  | { kind: 'previous'; flow: Flow }
  | { kind: 'previous-total' };

/** One mark of the chart: bars for this period, dashed lines for the year before. */
export type TrendSeries = {
  id: string;
  mark: 'bar' | 'line';
  dataKey:
    'export' | 'import' | 'previousExport' | 'previousImport' | 'previousTotal';
  label: SeriesLabel;
  /** Which palette colour draws it; the view turns a tone into a colour. */
  tone: 'export' | 'import' | 'ink';
  /** Imports are hatched so the flows differ by more than colour. */
  hatched: boolean;
  dashed: boolean;
  /** Bars of one stack share it; grouped bars have none. */
  stackId: 'flows' | null;
};

export type TrendModel = {
  /** Flows shown, in legend order. */
  flows: readonly Flow[];
  rows: TrendRow[];
  series: TrendSeries[];
  /** Month ticks carry the year when the period leaves one calendar year or is long. */
  tick: 'month-year' | 'month';
  /** Nothing reported in any month: the panel shows its empty state. */
  empty: boolean;
};

/** Nothing reported in any month: the chart has nothing to draw. */
export function isEmptyTrend(points: readonly TrendPoint[]): boolean {
  return points.every((p) => p.export === null && p.import === null);
}

const PREVIOUS_KEY = {
  export: 'previousExport',
  import: 'previousImport',
} as const;

/**
 * The trend chart as data (Superset's transformProps, Plot's marks): series,
 * rows and tick rule from the aligned points and the options, with no React
 * and no Recharts. Stacked bars show the total, so the year before is
 * compared as a total too; grouped bars get one dashed line per flow.
 * Missing stays null: a month with neither previous flow has no previous
 * total, and one with only one counts that one.
 */
export function trendModel(
  points: readonly TrendPoint[],
  options: TrendOptions,
): TrendModel {
  const flows: readonly Flow[] =
    options.flow === 'all' ? ['export', 'import'] : [options.flow];
  const stacked = options.layout === 'stacked';
  const stackedTotals = stacked && flows.length === 2;
  const rows = points.map((p) => ({
    ...p,
    previousTotal:
      p.previousExport === null && p.previousImport === null
        ? null
        : (p.previousExport ?? 0) + (p.previousImport ?? 0),
  }));
  const bars: TrendSeries[] = flows.map((flow) => ({
    id: flow,
    mark: 'bar',
    dataKey: flow,
    label: { kind: 'flow', flow },
    tone: flow,
    hatched: flow === 'import',
    dashed: false,
    stackId: stacked ? 'flows' : null,
  }));
  const previous: TrendSeries[] = !options.hasComparison
    ? []
    : stackedTotals
      ? [
          {
            id: 'previous-total',
            mark: 'line',
            dataKey: 'previousTotal',
            label: { kind: 'previous-total' },
            tone: 'ink',
            hatched: false,
            dashed: true,
            stackId: null,
          },
        ]
      : flows.map((flow) => ({
          id: `previous-${flow}`,
          mark: 'line',
          dataKey: PREVIOUS_KEY[flow],
          label: { kind: 'previous', flow },
          tone: flow,
          hatched: false,
          dashed: true,
          stackId: null,
        }));
  const first = points[0]?.month.slice(0, 4);
  const last = points.at(-1)?.month.slice(0, 4);
  return {
    flows,
    rows,
    series: [...bars, ...previous],
    tick: points.length > 12 || first !== last ? 'month-year' : 'month',
    empty: isEmptyTrend(points),
  };
}
