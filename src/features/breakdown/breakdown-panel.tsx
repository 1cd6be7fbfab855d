import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeQuery } from '@/api/queries/trade';
import type { TradeResponse } from '@/api/schemas/trade';
import { ErrorState } from '@/components/error-state';
import { FetchingIndicator } from '@/components/fetching-indicator';
import { IllustrativeTag } from '@/components/illustrative-tag';
import { Panel } from '@/components/panel';
import { SectorTable } from '@/components/sector-table';
import { Skeleton } from '@/components/skeleton';
import { totalsBySector } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';
import {
  useCurrentDataIsSynthetic,
  useTradeQueries,
} from '@/state/trade-query';

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
  const { t, language } = useI18n();
  const flow = useFilters((f) => f.flow);
  const { current } = useTradeQueries();
  const select = useCallback(
    (data: TradeResponse) => totalsBySector(data.records),
    [],
  );
  const rows = useQuery({ ...tradeQuery(current), select });
  const sectors = useQuery(sectorsQuery());

  if (rows.isPending) return <Skeleton height={28} lines={6} />;
  if (rows.isError) {
    return (
      <ErrorState
        error={rows.error}
        retrying={rows.isFetching}
        onRetry={() => void rows.refetch()}
      />
    );
  }
  if (rows.data.every((r) => r.turnover === 0)) {
    return <p className="empty-state">{t('kpis.panel.empty')}</p>;
  }
  const sectorOf = (id: string) =>
    sectors.data?.sectors.find((s) => s.id === id);
  return (
    <>
      <FetchingIndicator active={rows.isPlaceholderData} />
      <SectorTable
        rows={rows.data.map((r) => ({
          ...r,
          name: sectorOf(r.sector)?.shortName[language] ?? r.sector,
          fullName: sectorOf(r.sector)?.name[language] ?? r.sector,
        }))}
        flows={flow === 'all' ? ['export', 'import'] : [flow]}
        caption={t('breakdown.panel.title')}
      />
    </>
  );
}
