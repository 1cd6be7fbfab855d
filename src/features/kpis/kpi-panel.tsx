import { Panel } from '@/components/panel/panel';
import { QueryContent } from '@/components/panel/query-content';
import '@/components/skeleton.css';
import { change } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useFilters } from '@/state/filters';
import { useRegionName } from '@/view-model/use-region-name';
import { KpiCard } from './kpi-card';
import { useKpis } from './use-kpis';
import type { TradeTotalsResponse } from '@/api/schemas/trade';
import type { ReportedFigure } from '@/api/schemas/meta';
import { BoundaryNotes } from './boundary-notes';
import { ReportedNote, ScaleConflictNote } from '@/components/reported-value';
import './kpi-panel.css';

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
      <KpiBody />
    </Panel>
  );
}

function KpiBody() {
  const { t } = useI18n();
  const kpis = useKpis();
  const { totals } = kpis;
  return (
    <QueryContent
      query={totals}
      skeleton={<KpiSkeleton />}
      isEmpty={(data) => data.current.provenance.reportedCells === 0}
      empty={t('kpis.panel.empty')}
    >
      {(data) =>
        kpis.reportedFlows === null ? (
          // The trend's request says which directions were reported at all.
          <KpiSkeleton />
        ) : (
          <KpiCards
            data={data}
            kpis={{ ...kpis, reportedFlows: kpis.reportedFlows }}
            busy={totals.isPlaceholderData}
          />
        )
      }
    </QueryContent>
  );
}

/**
 * Four card-shaped placeholders in the cards' own grid, as tall as cards
 * with their notes (kpi-panel.css), so the figures replace them in place.
 */
function KpiSkeleton() {
  const { t } = useI18n();
  return (
    <div className="kpi-grid" role="status" aria-live="polite">
      <span className="visually-hidden">{t('common.loading')}</span>
      {[0, 1, 2, 3].map((i) => (
        <div
          key={i}
          className="skeleton-block kpi-skeleton"
          aria-hidden="true"
        />
      ))}
    </div>
  );
}

function KpiCards({
  data,
  kpis,
  busy,
}: {
  data: TradeTotalsResponse;
  kpis: ReturnType<typeof useKpis> & {
    reportedFlows: { export: boolean; import: boolean };
  };
  busy: boolean;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const flow = useFilters((f) => f.flow);
  const { previousRange, reported, conflicts, reportedFlows } = kpis;
  const regionName = useRegionName();
  const totals = data.current;
  // The cards show these totals: their own provenance says what they rest on.
  const synthetic = totals.provenance.synthetic;
  const before = data.previous;
  const comparisonLabel = previousRange
    ? t('kpis.change.versus', {
        period: format.monthRange(previousRange.from, previousRange.to),
      })
    : null;
  // An excluded direction shows a dash, never a zero that reads like a fact;
  // so does a direction of which no month was reported at all.
  const exportsShown =
    flow === 'import' || !reportedFlows.export ? null : totals.exports;
  const importsShown =
    flow === 'export' || !reportedFlows.import ? null : totals.imports;
  const bothShown =
    flow === 'all' && reportedFlows.export && reportedFlows.import;
  const absent = (reported: boolean) =>
    reported ? undefined : t('kpis.card.not-reported');
  const changeOf = (pick: (x: typeof totals) => number) =>
    before && before.provenance.reportedCells > 0
      ? change(pick(totals), pick(before))
      : null;
  const note = (figure: ReportedFigure | null) =>
    figure ? <ReportedNote figure={figure} /> : null;
  return (
    <>
      <div className="kpi-grid" aria-busy={busy}>
        <KpiCard
          title={t('kpis.card.turnover')}
          illustrative={synthetic && !reported.turnover}
          changeIllustrative={synthetic && reported.turnover !== null}
          value={totals.turnover}
          change={changeOf((x) => x.turnover)}
          comparisonLabel={comparisonLabel}
          note={note(reported.turnover)}
        />
        <KpiCard
          title={t('kpis.card.exports')}
          illustrative={synthetic && !reported.export}
          changeIllustrative={synthetic && reported.export !== null}
          value={exportsShown}
          absentNote={
            flow === 'import' ? undefined : absent(reportedFlows.export)
          }
          change={changeOf((x) => x.exports)}
          comparisonLabel={comparisonLabel}
          note={note(reported.export)}
        />
        <KpiCard
          title={t('kpis.card.imports')}
          illustrative={synthetic && !reported.import}
          changeIllustrative={synthetic && reported.import !== null}
          value={importsShown}
          absentNote={
            flow === 'export' ? undefined : absent(reportedFlows.import)
          }
          change={changeOf((x) => x.imports)}
          comparisonLabel={comparisonLabel}
          note={note(reported.import)}
        />
        <KpiCard
          title={t('kpis.card.balance')}
          illustrative={synthetic}
          value={bothShown ? totals.balance : null}
          absentNote={flow === 'all' ? absent(false) : undefined}
          change={bothShown ? changeOf((x) => x.balance) : null}
          comparisonLabel={comparisonLabel}
          signed
        />
      </div>
      {/* Notes below the cards, not in the grid: a full-width item would keep
        auto-fit from closing the empty tracks beside four cards. */}
      <div className="kpi-notes">
        {totals.provenance.missingCells > 0 ? (
          <p className="kpi-missing">
            {t('kpis.panel.missing-cells', {
              count: totals.provenance.missingCells,
              formatted: format.integer(totals.provenance.missingCells),
            })}
          </p>
        ) : null}
        {before && before.provenance.reportedCells === 0 ? (
          <p className="kpi-missing">{t('trend.chart.no-comparison')}</p>
        ) : null}
        {conflicts.map((conflict) => (
          <ScaleConflictNote
            key={`${conflict.figure.id}-${conflict.wider.id}`}
            conflict={conflict}
            sideName={regionName}
          />
        ))}
        <BoundaryNotes />
      </div>
    </>
  );
}
