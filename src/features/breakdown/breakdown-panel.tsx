import { useMemo, useState } from 'react';
import { Panel } from '@/components/panel/panel';
import { QueryContent } from '@/components/panel/query-content';
import { SectorTable } from '@/components/sector-table';
import { ToggleButton } from '@/components/toggle-button';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';
import { useSectorTotals } from '@/view-model/use-sector-totals';
import { useTradeView } from '@/view-model/trade-view';
import { breakdownView } from './breakdown-view';

/**
 * The sector × flow figures behind the charts; its totals equal the KPIs.
 * Sections expand into their chapters on request, and always when the
 * filter chooses chapters (a section row alone would then hide which).
 */
export function BreakdownPanel() {
  const { t } = useI18n();
  const [expand, setExpand] = useState(false);
  const chosenChapters = useFilters((f) => f.chapters.length > 0);
  return (
    <Panel
      title={t('breakdown.panel.title')}
      viewFigures
      className="panel-breakdown"
      actions={
        chosenChapters ? null : (
          <ToggleButton
            pressed={expand}
            onToggle={() => {
              setExpand((v) => !v);
            }}
          >
            {t('breakdown.panel.show-chapters')}
          </ToggleButton>
        )
      }
    >
      <BreakdownBody chapters={expand || chosenChapters} />
    </Panel>
  );
}

function BreakdownBody({ chapters }: { chapters: boolean }) {
  const { t } = useI18n();
  const flow = useFilters((f) => f.flow);
  const view = useTradeView();
  const withoutComparison = useMemo(() => breakdownView(view), [view]);
  const { totals, rows: all } = useSectorTotals(withoutComparison, {
    chapters,
  });
  // Sections without trade add nothing to the total; an import that lists
  // a few goods would otherwise show a table of zeros.
  const rows = useMemo(() => all?.filter((r) => r.turnover > 0), [all]);
  return (
    <QueryContent
      query={totals}
      skeleton={<Skeleton height={28} lines={6} />}
      isEmpty={() => !rows || rows.every((r) => r.turnover === 0)}
      empty={t('kpis.panel.empty')}
    >
      {() =>
        rows ? (
          <SectorTable
            rows={rows}
            flows={flow === 'all' ? ['export', 'import'] : [flow]}
            caption={t('breakdown.panel.title')}
          />
        ) : null
      }
    </QueryContent>
  );
}
