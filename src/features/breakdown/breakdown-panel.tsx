import { useMemo } from 'react';
import { ErrorState } from '@/components/error-state';
import { FetchingIndicator } from '@/components/fetching-indicator';
import { IllustrativeTag } from '@/components/illustrative-tag';
import { Panel } from '@/components/panel';
import { SectorTable } from '@/components/sector-table';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';
import { useSectorTotals } from '@/state/use-sector-totals';
import { useCurrentDataIsSynthetic, useTradeView } from '@/state/trade-query';

/** The sector × flow figures behind the charts; its totals equal the KPIs. */
export function BreakdownPanel() {
  const { t } = useI18n();
  const synthetic = useCurrentDataIsSynthetic();
  return (
    <Panel
      title={t('breakdown.panel.title')}
      status={synthetic ? <IllustrativeTag /> : null}
      className="panel-breakdown"
    >
      <BreakdownBody />
    </Panel>
  );
}

function BreakdownBody() {
  const { t } = useI18n();
  const flow = useFilters((f) => f.flow);
  const view = useTradeView();
  const withoutComparison = useMemo(
    () => ({ ...view, compare: false }),
    [view],
  );
  const { totals, rows } = useSectorTotals(withoutComparison);

  if (totals.isPending) return <Skeleton height={28} lines={6} />;
  if (totals.isError || !rows) {
    return (
      <ErrorState
        error={totals.error}
        retrying={totals.isFetching}
        onRetry={() => void totals.refetch()}
      />
    );
  }
  if (rows.every((r) => r.turnover === 0)) {
    return <p className="empty-state">{t('kpis.panel.empty')}</p>;
  }
  return (
    <>
      <FetchingIndicator active={totals.isPlaceholderData} />
      <SectorTable
        rows={rows}
        flows={flow === 'all' ? ['export', 'import'] : [flow]}
        caption={t('breakdown.panel.title')}
      />
    </>
  );
}
