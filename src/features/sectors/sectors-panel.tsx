import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { FetchingIndicator } from '@/components/fetching-indicator';
import { IllustrativeTag } from '@/components/illustrative-tag';
import { Panel } from '@/components/panel';
import { ToggleButton } from '@/components/toggle-button';
import { SectorTable } from '@/components/sector-table';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { formatShare, formatUsdCompact, formatUsdExact } from '@/lib/format';
import { useFilterActions, useFilters } from '@/state/filters';
import { useExportBlocker, useExportContext } from '@/state/use-export-context';
import { useSectorRanking } from './use-sector-ranking';
import { useCurrentDataIsSynthetic } from '@/state/trade-query';

/** HS sections ranked by value; a click adds or removes the section in the filter. */
export function SectorsPanel() {
  const { t, locale } = useI18n();
  const synthetic = useCurrentDataIsSynthetic();
  const [asTable, setAsTable] = useState(false);
  const exportContext = useExportContext();
  const exportBlocker = useExportBlocker();
  const { rows } = useSectorRanking();
  const vectorRows = (rows ?? []).map((r) => ({
    label: `${r.sector} ${r.name}`,
    value: `${formatUsdCompact(r.turnover, locale)} · ${formatShare(r.share, locale)}`,
    share: r.share,
  }));
  return (
    <Panel
      title={t('sectors.panel.title')}
      status={synthetic ? <IllustrativeTag /> : null}
      className="panel-sectors"
      reportPart="sectors"
      exportOptions={{
        context: exportContext,
        fileKind: 'trade-sectors',
        disabledReason: exportBlocker,
        vector: { kind: 'ranking', rows: vectorRows },
      }}
      actions={
        <ToggleButton
          pressed={asTable}
          onToggle={() => {
            setAsTable((v) => !v);
          }}
        >
          {t('common.show-as-table')}
        </ToggleButton>
      }
    >
      <SectorsBody asTable={asTable} />
    </Panel>
  );
}

function SectorsBody({ asTable }: { asTable: boolean }) {
  const { t, locale } = useI18n();
  const selected = useFilters((f) => f.sectors);
  const flow = useFilters((f) => f.flow);
  const { toggleSector } = useFilterActions();
  const { ranking, rows } = useSectorRanking();

  if (ranking.isPending) return <Skeleton height={28} lines={8} />;
  if (ranking.isError || !rows) {
    return (
      <ErrorState
        error={ranking.error}
        retrying={ranking.isFetching}
        onRetry={() => void ranking.refetch()}
      />
    );
  }
  if (rows.length === 0)
    return <p className="empty-state">{t('sectors.panel.empty')}</p>;
  const top = rows[0]?.turnover ?? 1;

  if (asTable) {
    return (
      <>
        <FetchingIndicator active={ranking.isPlaceholderData} />
        <SectorTable
          rows={rows}
          flows={flow === 'all' ? ['export', 'import'] : [flow]}
          caption={t('sectors.panel.title')}
        />
      </>
    );
  }

  return (
    <>
      <FetchingIndicator active={ranking.isPlaceholderData} />
      <p className="panel-note">{t('sectors.panel.hint')}</p>
      <ol className="ranking" aria-busy={ranking.isPlaceholderData}>
        {rows.map((r) => {
          const isSelected = selected.includes(r.sector);
          return (
            <li key={r.sector}>
              <button
                type="button"
                className={`ranking-row ${isSelected ? 'ranking-row-selected' : ''}`}
                aria-pressed={isSelected}
                title={`${r.fullName}: ${formatUsdExact(r.turnover, locale)}`}
                onClick={() => {
                  toggleSector(r.sector);
                }}
              >
                <span className="ranking-label">
                  <span className="sector-id">{r.sector}</span> {r.name}
                  {isSelected ? (
                    <span className="ranking-check" aria-hidden="true">
                      {' '}
                      ✓
                    </span>
                  ) : null}
                </span>
                <span className="ranking-figures">
                  {formatUsdCompact(r.turnover, locale)} ·{' '}
                  {formatShare(r.share, locale)}
                </span>
                <span className="ranking-track" aria-hidden="true">
                  <span
                    className="ranking-bar"
                    style={{ width: `${String((r.turnover / top) * 100)}%` }}
                  />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
