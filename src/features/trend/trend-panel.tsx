import { useId, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ErrorState } from '@/components/error-state';
import { FetchingIndicator } from '@/components/fetching-indicator';
import { IllustrativeTag } from '@/components/illustrative-tag';
import { Panel } from '@/components/panel';
import { ToggleButton } from '@/components/toggle-button';
import { Skeleton } from '@/components/skeleton';
import type { TrendPoint } from '@/domain/trade';
import { monthsInRange } from '@/domain/months';
import { useI18n } from '@/i18n/i18n';
import {
  formatMonth,
  formatMonthShort,
  formatUsdAxis,
  formatUsdCompact,
} from '@/lib/format';
import { useFilters } from '@/state/filters';
import { useExportBlocker, useExportContext } from '@/state/use-export-context';
import { type EventMarker, useEventMarkers } from './use-event-markers';
import { TrendSummaryText } from './trend-summary';
import { useTrend } from './use-trend';
import { useCurrentDataIsSynthetic } from '@/state/trade-query';

/*
 * Series are drawn without animation: an export taken while bars were still
 * growing would show wrong values, and motion adds nothing to reading them.
 */

/** Okabe–Ito blue and vermillion: distinguishable with every common colour-vision deficiency. */
const FLOW_COLOURS = { export: '#0072B2', import: '#D55E00' } as const;
const PREVIOUS_KEY = {
  export: 'previousExport',
  import: 'previousImport',
} as const;

type Layout = 'grouped' | 'stacked';

export function TrendPanel() {
  const { t } = useI18n();
  const synthetic = useCurrentDataIsSynthetic();
  const [asTable, setAsTable] = useState(false);
  const [layout, setLayout] = useState<Layout>('grouped');
  const [cumulative, setCumulative] = useState(false);
  const [showEvents, setShowEvents] = useState(false);
  const exportContext = useExportContext();
  const exportBlocker = useExportBlocker();
  return (
    <Panel
      title={t('trend.panel.title')}
      status={synthetic ? <IllustrativeTag /> : null}
      className="panel-trend"
      reportPart="trend"
      exportOptions={{
        context: exportContext,
        fileKind: 'trade-trend',
        disabledReason: exportBlocker,
        vector: asTable ? null : { kind: 'chart' },
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
          <ToggleButton
            pressed={cumulative}
            onToggle={() => {
              setCumulative((v) => !v);
            }}
          >
            {t('trend.controls.cumulative')}
          </ToggleButton>
          <ToggleButton
            pressed={showEvents}
            onToggle={() => {
              setShowEvents((v) => !v);
            }}
          >
            {t('trend.controls.events')}
          </ToggleButton>
          <ToggleButton
            pressed={asTable}
            onToggle={() => {
              setAsTable((v) => !v);
            }}
          >
            {t('common.show-as-table')}
          </ToggleButton>
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

function TrendBody({
  asTable,
  layout,
  cumulative,
  showEvents,
}: {
  asTable: boolean;
  layout: Layout;
  cumulative: boolean;
  showEvents: boolean;
}) {
  const { t, locale } = useI18n();
  const flow = useFilters((f) => f.flow);
  const { series, points, comparisonRequested, hasComparison } =
    useTrend(cumulative);
  const hatchId = `import-hatch-${useId().replace(/:/g, '')}`;
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const events = useEventMarkers(showEvents, monthsInRange(from, to));

  if (series.isPending) return <Skeleton height={300} />;
  if (series.isError || !points) {
    return (
      <ErrorState
        error={series.error}
        retrying={series.isFetching}
        onRetry={() => void series.refetch()}
      />
    );
  }
  if (points.every((p) => p.export === null && p.import === null)) {
    return <p className="empty-state">{t('trend.panel.empty')}</p>;
  }
  const flows =
    flow === 'all' ? (['export', 'import'] as const) : ([flow] as const);
  const stackedTotals = layout === 'stacked' && flows.length === 2;
  const chartPoints = stackedTotals
    ? points.map((p) => ({
        ...p,
        previousTotal:
          p.previousExport === null && p.previousImport === null
            ? null
            : (p.previousExport ?? 0) + (p.previousImport ?? 0),
      }))
    : points;
  const names = {
    export: t('common.flow.export'),
    import: t('common.flow.import'),
  };
  const previousNames = {
    export: t('trend.chart.previous', { flow: names.export }),
    import: t('trend.chart.previous', { flow: names.import }),
  };
  const spansYears =
    points.length > 12 ||
    points[0]?.month.slice(0, 4) !== points.at(-1)?.month.slice(0, 4);
  const tickLabel = (month: string) =>
    spansYears ? formatMonth(month, locale) : formatMonthShort(month, locale);

  const notes = (
    <>
      {comparisonRequested && !hasComparison ? (
        <p className="panel-note">{t('trend.chart.no-comparison')}</p>
      ) : null}
      {showEvents && events.markers.length === 0 && !events.isError ? (
        <p className="panel-note">{t('trend.chart.no-events')}</p>
      ) : null}
      {showEvents && events.isError ? (
        <p className="panel-note">{t('trend.chart.events-unavailable')}</p>
      ) : null}
    </>
  );

  if (asTable) {
    return (
      <>
        <FetchingIndicator active={series.isPlaceholderData} />
        <TrendTable
          points={points}
          flows={flows}
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
      <FetchingIndicator active={series.isPlaceholderData} />
      <ComposedChart
        responsive
        style={{ width: '100%', height: 320 }}
        data={chartPoints}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid
          strokeDasharray="3 3"
          stroke="var(--grid)"
          vertical={false}
        />
        <XAxis
          dataKey="month"
          tickFormatter={tickLabel}
          stroke="var(--muted)"
        />
        <YAxis
          tickFormatter={(v: number) => formatUsdAxis(v, locale)}
          width={88}
          stroke="var(--muted)"
        />
        <Tooltip
          formatter={(value) =>
            typeof value === 'number' ? formatUsdCompact(value, locale) : '—'
          }
          labelFormatter={(label) =>
            typeof label === 'string' ? formatMonth(label, locale) : ''
          }
          contentStyle={{
            background: 'var(--surface)',
            borderColor: 'var(--border)',
            color: 'var(--text)',
          }}
        />
        <defs>
          {/* Imports are hatched so the flows differ by more than colour. */}
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={FLOW_COLOURS.import} />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              stroke="#ffffff"
              strokeWidth="1.5"
              strokeOpacity="0.55"
            />
          </pattern>
        </defs>
        <Legend itemSorter={null} />
        {flows.map((f) => (
          <Bar
            key={f}
            className={`series-${f}`}
            dataKey={f}
            name={names[f]}
            fill={f === 'import' ? `url(#${hatchId})` : FLOW_COLOURS[f]}
            stackId={layout === 'stacked' ? 'flows' : undefined}
            isAnimationActive={false}
            maxBarSize={36}
          />
        ))}
        {hasComparison && stackedTotals ? (
          // Stacked bars show the total, so the year before is compared as a total too.
          <Line
            className="series-previous-total"
            type="monotone"
            dataKey="previousTotal"
            name={t('trend.chart.previous-total')}
            stroke="var(--text)"
            strokeDasharray="6 4"
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : null}
        {hasComparison && !stackedTotals
          ? flows.map((f) => (
              <Line
                key={`previous-${f}`}
                className={`series-previous-${f}`}
                type="monotone"
                dataKey={PREVIOUS_KEY[f]}
                name={previousNames[f]}
                stroke={FLOW_COLOURS[f]}
                strokeDasharray="6 4"
                strokeWidth={2}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))
          : null}
        {showEvents
          ? events.markers.map((marker) => (
              <ReferenceLine
                key={marker.month}
                x={marker.month}
                stroke="var(--muted)"
                strokeDasharray="2 3"
                label={(props: { viewBox?: { x?: number; y?: number } }) => (
                  <EventMarkerShape
                    marker={marker}
                    x={props.viewBox?.x ?? 0}
                    y={props.viewBox?.y ?? 0}
                  />
                )}
              />
            ))
          : null}
      </ComposedChart>
      <figcaption className="visually-hidden">
        {t('trend.chart.caption')}
        <TrendSummaryText points={points} flows={flows} />
      </figcaption>
      {notes}
    </figure>
  );
}

function TrendTable({
  points,
  flows,
  names,
  previousNames,
  showPrevious,
}: {
  points: readonly TrendPoint[];
  flows: readonly ('export' | 'import')[];
  names: Record<'export' | 'import', string>;
  previousNames: Record<'export' | 'import', string>;
  showPrevious: boolean;
}) {
  const { t, locale } = useI18n();
  const cell = (value: number | null) =>
    value === null ? t('common.not-reported') : formatUsdCompact(value, locale);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">
          {t('trend.chart.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('common.month')}</th>
            {flows.map((f) => (
              <th key={f} scope="col" className="num">
                {names[f]}
              </th>
            ))}
            {showPrevious
              ? flows.map((f) => (
                  <th key={`p-${f}`} scope="col" className="num">
                    {previousNames[f]}
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{formatMonth(p.month, locale)}</th>
              {flows.map((f) => (
                <td key={f} className="num">
                  {cell(p[f])}
                </td>
              ))}
              {showPrevious
                ? flows.map((f) => (
                    <td key={`p-${f}`} className="num">
                      {cell(p[PREVIOUS_KEY[f]])}
                    </td>
                  ))
                : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A flag at the top of an event's month. Hovering shows the event names (SVG
 * title); the same names are its accessible label.
 */
function EventMarkerShape({
  marker,
  x,
  y,
}: {
  marker: EventMarker;
  x: number;
  y: number;
}) {
  const label = marker.titles.join('; ');
  return (
    <g className="event-marker" role="img" aria-label={label} tabIndex={0}>
      <title>{label}</title>
      <path
        d={`M ${String(x)} ${String(y)} l 6 -9 l -12 0 Z`}
        fill="var(--text)"
      />
      {marker.titles.length > 1 ? (
        <text x={x + 8} y={y - 2} fontSize={11} fill="var(--text)">
          {marker.titles.length}
        </text>
      ) : null}
    </g>
  );
}
