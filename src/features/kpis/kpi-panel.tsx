import { Panel } from '@/components/panel';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { change } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import { formatInteger, formatMonthRange } from '@/lib/format';
import { useFilters } from '@/state/filters';
import { KpiCard } from './kpi-card';
import { useKpis } from './use-kpis';
import { useCurrentDataIsSynthetic } from '@/state/trade-query';
import { ExternalLink } from '@/components/external-link';

/** Turnover, exports, imports and balance for the current filters. */
export function KpiPanel() {
  const { t } = useI18n();
  return (
    <Panel
      title={t('kpis.panel.title')}
      hideTitle
      className="panel-kpis"
      reportPart="kpis"
    >
      <KpiCards />
    </Panel>
  );
}

function KpiCards() {
  const { t, language, locale } = useI18n();
  const flow = useFilters((f) => f.flow);
  const { current, previous, previousQuery, reportedFigure } = useKpis();
  const synthetic = useCurrentDataIsSynthetic();

  if (current.isPending) return <Skeleton height={96} />;
  if (current.isError) {
    return (
      <ErrorState
        error={current.error}
        retrying={current.isFetching}
        onRetry={() => void current.refetch()}
      />
    );
  }

  const totals = current.data;
  if (totals.reportedCells === 0) {
    return <p className="empty-state">{t('kpis.panel.empty')}</p>;
  }
  const before = previous?.data ?? null;
  const comparisonLabel = previousQuery
    ? t('kpis.change.versus', {
        period: formatMonthRange(previousQuery.from, previousQuery.to, locale),
      })
    : null;
  // An excluded direction shows a dash, never a zero that reads like a fact.
  const exportsShown = flow === 'import' ? null : totals.exports;
  const importsShown = flow === 'export' ? null : totals.imports;
  const bothShown = flow === 'all';
  const changeOf = (pick: (x: typeof totals) => number) =>
    before && before.reportedCells > 0
      ? change(pick(totals), pick(before))
      : null;

  return (
    <div className="kpi-grid" aria-busy={current.isPlaceholderData}>
      <KpiCard
        title={t('kpis.card.turnover')}
        illustrative={synthetic && !reportedFigure}
        changeIllustrative={synthetic && reportedFigure !== null}
        value={totals.turnover}
        change={changeOf((x) => x.turnover)}
        comparisonLabel={comparisonLabel}
        note={
          reportedFigure ? (
            <>
              {t('kpis.card.reported-by')}{' '}
              <ExternalLink href={reportedFigure.sourceUrl}>
                {reportedFigure.sourceName[language]}
              </ExternalLink>
            </>
          ) : null
        }
      />
      <KpiCard
        title={t('kpis.card.exports')}
        illustrative={synthetic}
        value={exportsShown}
        change={changeOf((x) => x.exports)}
        comparisonLabel={comparisonLabel}
      />
      <KpiCard
        title={t('kpis.card.imports')}
        illustrative={synthetic}
        value={importsShown}
        change={changeOf((x) => x.imports)}
        comparisonLabel={comparisonLabel}
      />
      <KpiCard
        title={t('kpis.card.balance')}
        illustrative={synthetic}
        value={bothShown ? totals.balance : null}
        change={bothShown ? changeOf((x) => x.balance) : null}
        comparisonLabel={comparisonLabel}
        signed
      />
      {totals.missingCells > 0 ? (
        <p className="kpi-missing">
          {t('kpis.panel.missing-cells', {
            count: totals.missingCells,
            formatted: formatInteger(totals.missingCells, locale),
          })}
        </p>
      ) : null}
      {before && before.reportedCells === 0 ? (
        <p className="kpi-missing">{t('trend.chart.no-comparison')}</p>
      ) : null}
      {previous?.isError ? (
        <p className="kpi-missing">{t('kpis.change.unavailable')}</p>
      ) : null}
    </div>
  );
}
