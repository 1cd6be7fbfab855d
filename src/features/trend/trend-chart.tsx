import { memo, useId } from 'react';
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
import { useFormat } from '@/i18n/use-format';
import { PALETTE } from '@/lib/palette';
import { EventMarkerShape } from './event-marker';
import { LegendMarks, type LegendEntry } from '@/lib/export/svg-document';
import type { SeriesLabel, TrendModel, TrendSeries } from './trend-model';
import type { EventMarker } from './use-event-markers';
import './trend-chart.css';

/**
 * On screen ink, grid and axes follow the theme; in the static (export)
 * mode every colour is explicit and light. The flows keep their colours.
 */
function coloursFor(staticMode: boolean) {
  return {
    tone: (tone: TrendSeries['tone']) =>
      tone === 'ink'
        ? staticMode
          ? PALETTE.ink
          : 'var(--text)'
        : PALETTE.flow[tone],
    grid: staticMode ? PALETTE.grid : 'var(--grid)',
    axis: staticMode ? PALETTE.muted : 'var(--muted)',
  };
}

/** The legend of a model's series, as the static mode draws it in SVG. */
function trendLegend(
  model: TrendModel,
  label: (label: SeriesLabel) => string,
): LegendEntry[] {
  const colours = coloursFor(true);
  return model.series.map((s) => ({
    label: label(s.label),
    colour: colours.tone(s.tone),
    dashed: s.dashed,
  }));
}

const HEIGHT = 320;
const LEGEND_HEIGHT = 28;

type Props = {
  model: TrendModel;
  /** Series names, from the catalogues in the active language. */
  label: (label: SeriesLabel) => string;
  markers: readonly EventMarker[];
  /** Static mode for exports: this width, explicit light colours, no tooltip. */
  staticWidth?: number;
};

/**
 * The Recharts view of a trend model: it draws the model's series and
 * nothing else. Series are drawn without animation: an export taken while
 * bars were still growing would show wrong values, and motion adds nothing
 * to reading them. The static mode draws its legend as an SVG below the
 * chart: Recharts measures its HTML legend once drawn and lays the whole
 * chart out again, which doubled the time an export spends rendering it.
 * Memoised: a panel that re-renders with the same model, labels and markers
 * (a filter change still loading) does not draw the chart again.
 */
export const TrendChart = memo(function TrendChart({
  model,
  label,
  markers,
  staticWidth,
}: Props) {
  const format = useFormat();
  const staticMode = staticWidth !== undefined;
  const colours = coloursFor(staticMode);
  const colourOf = colours.tone;
  const hatchId = `import-hatch-${useId().replace(/:/g, '')}`;
  const tickLabel = (month: string) =>
    model.tick === 'month-year'
      ? format.month(month)
      : format.monthShort(month);
  const hatched = model.series.find((s) => s.hatched);
  const hatchColour = hatched ? colourOf(hatched.tone) : undefined;
  const chart = (
    <ComposedChart
      {...(staticMode
        ? { width: staticWidth, height: HEIGHT }
        : { responsive: true, style: { width: '100%', height: HEIGHT } })}
      data={model.rows}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid
        strokeDasharray="3 3"
        stroke={colours.grid}
        vertical={false}
      />
      <XAxis dataKey="month" tickFormatter={tickLabel} stroke={colours.axis} />
      <YAxis
        tickFormatter={(v: number) => format.usdAxis(v)}
        width={88}
        stroke={colours.axis}
      />
      {staticMode ? null : (
        <Tooltip
          formatter={(value) =>
            typeof value === 'number' ? format.usdCompact(value) : '—'
          }
          labelFormatter={(month) =>
            typeof month === 'string' ? format.month(month) : ''
          }
          // Recharts writes the box's colours inline (white by default), which
          // no stylesheet overrides without !important: the theme goes here.
          contentStyle={{
            background: 'var(--surface)',
            borderColor: 'var(--border)',
            color: 'var(--text)',
          }}
        />
      )}
      {hatchColour ? (
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={hatchColour} />
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
      ) : null}
      {staticMode ? null : (
        // Recharts colours legend text like its series; here it reads as text.
        <Legend itemSorter={null} labelStyle={{ color: 'var(--text)' }} />
      )}
      {model.series.map((series) =>
        series.mark === 'bar' ? (
          <Bar
            key={series.id}
            className={`series-${series.id}`}
            dataKey={series.dataKey}
            name={label(series.label)}
            fill={series.hatched ? `url(#${hatchId})` : colourOf(series.tone)}
            stackId={series.stackId ?? undefined}
            isAnimationActive={false}
            maxBarSize={36}
          />
        ) : (
          <Line
            key={series.id}
            className={`series-${series.id}`}
            type="monotone"
            dataKey={series.dataKey}
            name={label(series.label)}
            stroke={colourOf(series.tone)}
            strokeDasharray={series.dashed ? '6 4' : undefined}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ),
      )}
      {markers.map((marker) => (
        <ReferenceLine
          key={marker.month}
          x={marker.month}
          stroke={colours.axis}
          strokeDasharray="2 3"
          label={(props: { viewBox?: { x?: number; y?: number } }) => (
            <EventMarkerShape
              marker={marker}
              x={props.viewBox?.x ?? 0}
              y={props.viewBox?.y ?? 0}
            />
          )}
        />
      ))}
    </ComposedChart>
  );
  if (!staticMode) return chart;
  return (
    <div>
      {chart}
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={staticWidth}
        height={LEGEND_HEIGHT}
      >
        <LegendMarks
          entries={trendLegend(model, label)}
          y={18}
          width={staticWidth}
        />
      </svg>
    </div>
  );
});
