import { useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ErrorState } from '@/components/error-state';
import { Panel } from '@/components/panel';
import { Skeleton } from '@/components/skeleton';
import type { MonthlyPoint } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import {
  formatMonth,
  formatMonthShort,
  formatUsdAxis,
  formatUsdCompact,
} from '@/lib/format';
import { usePrefersReducedMotion } from '@/lib/use-media-query';
import { useFilters } from '@/state/filters';
import { useTrend } from './use-trend';

/** Okabe–Ito blue and vermillion: distinguishable with every common colour-vision deficiency. */
const FLOW_COLOURS = { export: '#0072B2', import: '#D55E00' } as const;

export function TrendPanel() {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  return (
    <Panel
      title={t('trend.panel.title')}
      className="panel-trend"
      actions={
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={asTable}
          onClick={() => {
            setAsTable((v) => !v);
          }}
        >
          {t('common.show-as-table')}
        </button>
      }
    >
      <TrendBody asTable={asTable} />
    </Panel>
  );
}

function TrendBody({ asTable }: { asTable: boolean }) {
  const { t, locale } = useI18n();
  const flow = useFilters((f) => f.flow);
  const { series } = useTrend();
  const reducedMotion = usePrefersReducedMotion();

  if (series.isPending) return <Skeleton height={300} />;
  if (series.isError) {
    return (
      <ErrorState
        error={series.error}
        retrying={series.isFetching}
        onRetry={() => void series.refetch()}
      />
    );
  }
  const points = series.data;
  if (points.every((p) => p.export === null && p.import === null)) {
    return <p className="empty-state">{t('trend.panel.empty')}</p>;
  }
  const flows =
    flow === 'all' ? (['export', 'import'] as const) : ([flow] as const);
  const names = {
    export: t('common.flow.export'),
    import: t('common.flow.import'),
  };
  const spansYears =
    points.length > 12 ||
    points[0]?.month.slice(0, 4) !== points.at(-1)?.month.slice(0, 4);
  const tickLabel = (month: string) =>
    spansYears ? formatMonth(month, locale) : formatMonthShort(month, locale);

  if (asTable)
    return <TrendTable points={points} flows={flows} names={names} />;

  return (
    <figure className="chart" aria-busy={series.isPlaceholderData}>
      <LineChart
        responsive
        style={{ width: '100%', height: 320 }}
        data={points}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="month"
          tickFormatter={tickLabel}
          stroke="var(--muted)"
        />
        <YAxis
          tickFormatter={(v: number) => formatUsdAxis(v, locale)}
          width={72}
          stroke="var(--muted)"
        />
        <Tooltip
          formatter={(value) =>
            typeof value === 'number' ? formatUsdCompact(value, locale) : '—'
          }
          labelFormatter={(label) =>
            typeof label === 'string' ? formatMonth(label, locale) : ''
          }
        />
        <Legend />
        {flows.map((f) => (
          <Line
            key={f}
            className={`series-${f}`}
            type="monotone"
            dataKey={f}
            name={names[f]}
            stroke={FLOW_COLOURS[f]}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={!reducedMotion}
          />
        ))}
      </LineChart>
      <figcaption className="visually-hidden">
        {t('trend.chart.caption')}
      </figcaption>
    </figure>
  );
}

function TrendTable({
  points,
  flows,
  names,
}: {
  points: readonly MonthlyPoint[];
  flows: readonly ('export' | 'import')[];
  names: Record<'export' | 'import', string>;
}) {
  const { t, locale } = useI18n();
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
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{formatMonth(p.month, locale)}</th>
              {flows.map((f) => (
                <td key={f} className="num">
                  {p[f] === null
                    ? t('common.not-reported')
                    : formatUsdCompact(p[f], locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
