import { useCallback, useMemo, useState } from 'react';
import type { Flow } from '@/api/schemas/common';
import { Panel } from '@/components/panel/panel';
import { QueryContent } from '@/components/panel/query-content';
import { Skeleton } from '@/components/skeleton';
import { ToggleButton } from '@/components/toggle-button';
import { monthsInRange } from '@/domain/months';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';
import { TrendChart } from './trend-chart';
import {
  isEmptyTrend,
  trendModel,
  type SeriesLabel,
  type TrendLayout,
} from './trend-model';
import { TrendSummaryText } from './trend-summary';
import { TrendTable } from './trend-table';
import { type EventMarker, useEventMarkers } from './use-event-markers';
import { useTrend } from './use-trend';

/** Monthly exports and imports with the year before, as a chart or a table. */
export function TrendPanel() {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [layout, setLayout] = useState<TrendLayout>('grouped');
  const [cumulative, setCumulative] = useState(false);
  const [showEvents, setShowEvents] = useState(false);
  const figure = useTrendFigure(cumulative, layout);
  const toggle = (
    pressed: boolean,
    set: (update: (v: boolean) => boolean) => void,
    text: string,
  ) => (
    <ToggleButton
      pressed={pressed}
      onToggle={() => {
        set((v) => !v);
      }}
    >
      {text}
    </ToggleButton>
  );
  return (
    <Panel
      title={t('trend.panel.title')}
      viewFigures
      className="panel-trend"
      reportPart="trend"
      staticFigure={figure}
      exportOptions={{
        fileKind: 'trade-trend',
        vector: asTable || !figure.draw ? null : { kind: 'figure' },
      }}
      actions={
        <>
          <div
            className="segmented segmented-small"
            role="group"
            aria-label={t('trend.controls.layout')}
          >
            {(['grouped', 'stacked'] as const).map((value) => (
              <button
                key={value}
                type="button"
                className="button button-quiet"
                aria-pressed={layout === value}
                onClick={() => {
                  setLayout(value);
                }}
              >
                {value === 'grouped'
                  ? t('trend.controls.grouped')
                  : t('trend.controls.stacked')}
              </button>
            ))}
          </div>
          {toggle(cumulative, setCumulative, t('trend.controls.cumulative'))}
          {toggle(showEvents, setShowEvents, t('trend.controls.events'))}
          {toggle(asTable, setAsTable, t('common.show-as-table'))}
        </>
      }
    >
      <TrendBody
        asTable={asTable}
        layout={layout}
        cumulative={cumulative}
        showEvents={showEvents}
      />
    </Panel>
  );
}

/** Series names of the trend chart, from the catalogues in the active language. */
function useSeriesLabel(): {
  names: Record<Flow, string>;
  previousNames: Record<Flow, string>;
  label: (l: SeriesLabel) => string;
} {
  const { t } = useI18n();
  return useMemo(() => {
    const names: Record<Flow, string> = {
      export: t('common.flow.export'),
      import: t('common.flow.import'),
    };
    const previousNames: Record<Flow, string> = {
      export: t('trend.chart.previous', { flow: names.export }),
      import: t('trend.chart.previous', { flow: names.import }),
    };
    const label = (l: SeriesLabel) =>
      l.kind === 'flow'
        ? names[l.flow]
        : l.kind === 'previous'
          ? previousNames[l.flow]
          : t('trend.chart.previous-total');
    return { names, previousNames, label };
  }, [t]);
}

/**
 * The trend of the current filters and its chart model, null while there is
 * no data or it is empty. Memoised on the data: a filter change that keeps
 * the old figures on screen while the new ones load yields the same model,
 * so the chart is not drawn again (TrendChart is memoised).
 */
function useTrendModel(cumulative: boolean, layout: TrendLayout) {
  const flow = useFilters((f) => f.flow);
  const trend = useTrend(cumulative);
  const data = trend.series.data;
  const model = useMemo(
    () =>
      data && !isEmptyTrend(data.points)
        ? trendModel(data.points, {
            flow,
            layout,
            hasComparison: data.hasComparison,
          })
        : null,
    [data, flow, layout],
  );
  return { ...trend, model };
}

/**
 * The chart as exports draw it: the same model in the static mode, once the
 * data has settled; nothing to draw while it is empty or failed.
 */
function useTrendFigure(cumulative: boolean, layout: TrendLayout) {
  const { series, model } = useTrendModel(cumulative, layout);
  const { label } = useSeriesLabel();
  const draw = useCallback(
    (width: number) =>
      model ? (
        <TrendChart
          model={model}
          label={label}
          markers={[]}
          staticWidth={width}
        />
      ) : (
        <></>
      ),
    [model, label],
  );
  return {
    settled: series.isSuccess || series.isError,
    draw: model ? draw : null,
  };
}

const NO_MARKERS: readonly EventMarker[] = [];

function TrendBody({
  asTable,
  layout,
  cumulative,
  showEvents,
}: {
  asTable: boolean;
  layout: TrendLayout;
  cumulative: boolean;
  showEvents: boolean;
}) {
  const { t } = useI18n();
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const { series, comparisonRequested, model } = useTrendModel(
    cumulative,
    layout,
  );
  const months = useMemo(() => monthsInRange(from, to), [from, to]);
  const events = useEventMarkers(showEvents, months);
  const { names, previousNames, label } = useSeriesLabel();
  const markers = showEvents ? events.markers : NO_MARKERS;
  return (
    <QueryContent
      query={series}
      skeleton={<Skeleton height={320} />}
      isEmpty={(data) => isEmptyTrend(data.points)}
      empty={t('trend.panel.empty')}
    >
      {({ points, hasComparison }) => {
        if (!model) return null;
        const notes = (
          <>
            {comparisonRequested && !hasComparison ? (
              <p className="panel-note">{t('trend.chart.no-comparison')}</p>
            ) : null}
            {showEvents && events.markers.length === 0 && !events.isError ? (
              <p className="panel-note">{t('trend.chart.no-events')}</p>
            ) : null}
            {showEvents && events.isError ? (
              <p className="panel-note">
                {t('trend.chart.events-unavailable')}
              </p>
            ) : null}
          </>
        );
        if (asTable) {
          return (
            <>
              <TrendTable
                points={points}
                flows={model.flows}
                names={names}
                previousNames={previousNames}
                showPrevious={hasComparison}
              />
              {notes}
            </>
          );
        }
        return (
          <figure className="chart" aria-busy={series.isPlaceholderData}>
            <TrendChart model={model} label={label} markers={markers} />
            <figcaption className="visually-hidden">
              {t('trend.chart.caption')}
              <TrendSummaryText points={points} flows={model.flows} />
            </figcaption>
            {notes}
          </figure>
        );
      }}
    </QueryContent>
  );
}
