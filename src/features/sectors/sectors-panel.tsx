import { useState } from 'react';
import type { SectorId } from '@/api/schemas/common';
import { Panel } from '@/components/panel/panel';
import { QueryContent } from '@/components/panel/query-content';
import { ToggleButton } from '@/components/toggle-button';
import { SectorTable } from '@/components/sector-table';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { type FlowFilter, useFilterActions, useFilters } from '@/state/filters';
import type { NamedSectorTotal } from '@/view-model/use-sector-totals';
import { useSectorRanking } from './use-sector-ranking';
import './sectors-panel.css';

/** HS sections ranked by value; a click adds or removes the section in the filter. */
export function SectorsPanel() {
  const { t } = useI18n();
  const format = useFormat();
  const [asTable, setAsTable] = useState(false);
  const { rows } = useSectorRanking();
  const vectorRows = (rows ?? []).map((r) => ({
    label: `${r.sector} ${r.name}`,
    value: `${format.usdCompact(r.turnover)} · ${format.share(r.share)}`,
    share: r.share,
  }));
  return (
    <Panel
      title={t('sectors.panel.title')}
      viewFigures
      className="panel-sectors"
      reportPart="sectors"
      exportOptions={{
        fileKind: 'trade-sectors',
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
  const { t } = useI18n();
  const selected = useFilters((f) => f.sectors);
  const flow = useFilters((f) => f.flow);
  const { toggleSector } = useFilterActions();
  const { ranking, rows } = useSectorRanking();

  return (
    <QueryContent
      query={ranking}
      skeleton={<Skeleton height={28} lines={8} />}
      isEmpty={() => !rows || rows.length === 0}
      empty={t('sectors.panel.empty')}
    >
      {() =>
        rows ? (
          <SectorsView
            rows={rows}
            asTable={asTable}
            selected={selected}
            flow={flow}
            onToggle={toggleSector}
          />
        ) : null
      }
    </QueryContent>
  );
}

function SectorsView({
  rows,
  asTable,
  selected,
  flow,
  onToggle,
}: {
  rows: readonly NamedSectorTotal[];
  asTable: boolean;
  selected: readonly SectorId[];
  flow: FlowFilter;
  onToggle: (sector: SectorId) => void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const top = rows[0]?.turnover ?? 1;

  if (asTable) {
    return (
      <>
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
      <p className="panel-note">{t('sectors.panel.hint')}</p>
      <ol className="ranking">
        {rows.map((r) => {
          const isSelected = selected.includes(r.sector);
          return (
            <li key={r.sector}>
              <button
                type="button"
                className={`ranking-row ${isSelected ? 'ranking-row-selected' : ''}`}
                aria-pressed={isSelected}
                title={`${r.fullName}: ${format.usdExact(r.turnover)}`}
                onClick={() => {
                  onToggle(r.sector);
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
                  {format.usdCompact(r.turnover)} · {format.share(r.share)}
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
