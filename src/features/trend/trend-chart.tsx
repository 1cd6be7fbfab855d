import { useId } from 'react';
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
import { useI18n } from '@/i18n/i18n';
import {
  formatMonth,
  formatMonthShort,
  formatUsdAxis,
  formatUsdCompact,
} from '@/lib/format';
import { PALETTE } from '@/lib/palette';
import { EventMarkerShape } from './event-marker';
import type { SeriesLabel, TrendModel, TrendSeries } from './trend-model';
import type { EventMarker } from './use-event-markers';
import './trend-chart.css';

/** On screen, ink follows the theme; the flows keep their palette colours. */
function colourOf(tone: TrendSeries['tone']): string {
  return tone === 'ink' ? 'var(--text)' : PALETTE.flow[tone];
}

type Props = {
  model: TrendModel;
  /** Series names, from the catalogues in the active language. */
  label: (label: SeriesLabel) => string;
  markers: readonly EventMarker[];
};

/**
 * The Recharts view of a trend model: it draws the model's series and
 * nothing else. Series are drawn without animation: an export taken while
 * bars were still growing would show wrong values, and motion adds nothing
 * to reading them.
 */
export function TrendChart({ model, label, markers }: Props) {
  const { locale } = useI18n();
  const hatchId = `import-hatch-${useId().replace(/:/g, '')}`;
  const tickLabel = (month: string) =>
    model.tick === 'month-year'
      ? formatMonth(month, locale)
      : formatMonthShort(month, locale);
  const hatched = model.series.find((s) => s.hatched);
  const hatchColour = hatched ? colourOf(hatched.tone) : undefined;
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: 320 }}
      data={model.rows}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid
        strokeDasharray="3 3"
        stroke="var(--grid)"
        vertical={false}
      />
      <XAxis dataKey="month" tickFormatter={tickLabel} stroke="var(--muted)" />
      <YAxis
        tickFormatter={(v: number) => formatUsdAxis(v, locale)}
        width={88}
        stroke="var(--muted)"
      />
      <Tooltip
        formatter={(value) =>
          typeof value === 'number' ? formatUsdCompact(value, locale) : '—'
        }
        labelFormatter={(month) =>
          typeof month === 'string' ? formatMonth(month, locale) : ''
        }
        // Recharts writes the box's colours inline (white by default), which
        // no stylesheet overrides without !important: the theme goes here.
        contentStyle={{
          background: 'var(--surface)',
          borderColor: 'var(--border)',
          color: 'var(--text)',
        }}
      />
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
      {/* Recharts colours legend text like its series; here it reads as text. */}
      <Legend itemSorter={null} labelStyle={{ color: 'var(--text)' }} />
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
      ))}
    </ComposedChart>
  );
}
