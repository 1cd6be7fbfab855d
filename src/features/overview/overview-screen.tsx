import { useMemo, useState } from 'react';
import { errorMessageKey } from '@/components/error-message';
import { ExportButtons } from '@/components/export-buttons';
import { Panel } from '@/components/panel/panel';
import { useViewChrome } from '@/components/panel/view-chrome';
import { QueryContent } from '@/components/panel/query-content';
import { Skeleton } from '@/components/skeleton';
import { ToggleButton } from '@/components/toggle-button';
import { useExportAction } from '@/components/use-export-action';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { loadExporter } from '@/lib/export/load-exporter';
import { exportSelector } from '@/lib/export/vocabulary';
import { useFilterActions, useFilters } from '@/state/filters';
import { BorderStrip, StaticBorderStrip } from './border-strip';
import type { StripPair } from './border-layout';
import { PairRanking } from './pair-ranking';
import { RegionShares } from './region-shares';
import { type BorderModel, useBorder } from './use-border';
import './overview-screen.css';

/**
 * West Kazakhstan and Samara touch only at a point (the product brief of
 * the overview; border_pairs.csv types every pair `land`): drawn as a point.
 */
const POINT_CONTACTS = new Set(['KZ-27~RU-SAM']);

function stripPairs(model: BorderModel): StripPair[] {
  return model.rows.map((r) => ({
    pair: r.pair,
    kz: r.kz,
    ru: r.ru,
    kzName: r.kzName,
    ruName: r.ruName,
    turnover: r.empty ? null : r.turnover,
    pointContact: POINT_CONTACTS.has(r.pair),
  }));
}

/**
 * "Border overview": the border strip, every border pair ranked, and each
 * Kazakh border region's share through its neighbours, for the same filters
 * as the pair view, all from one request.
 */
export function OverviewScreen() {
  const { t } = useI18n();
  const { byPair, model } = useBorder();
  return (
    <div className="overview">
      <StripPanel />
      <Panel
        title={t('overview.ranking.title')}
        viewFigures
        className="panel-pairs"
        reportPart="ranking"
      >
        <QueryContent
          query={byPair}
          skeleton={<Skeleton height={28} lines={10} />}
        >
          {() => (model ? <PairRanking model={model} /> : null)}
        </QueryContent>
      </Panel>
      <Panel
        title={t('overview.regions.title')}
        viewFigures
        className="panel-region-shares"
        reportPart="regions"
      >
        <QueryContent
          query={byPair}
          skeleton={<Skeleton height={28} lines={8} />}
        >
          {() => (model ? <RegionShares model={model} /> : null)}
        </QueryContent>
      </Panel>
    </div>
  );
}

function StripPanel() {
  const { t } = useI18n();
  const format = useFormat();
  const { openPair } = useFilterActions();
  const { byPair, model } = useBorder();
  const [asTable, setAsTable] = useState(false);
  const pairs = useMemo(() => (model ? stripPairs(model) : []), [model]);
  const settled = !byPair.isFetching && (byPair.isSuccess || byPair.isError);
  const draw = useMemo(
    () =>
      model
        ? (width: number) => <StaticBorderStrip pairs={pairs} width={width} />
        : null,
    [model, pairs],
  );
  return (
    <Panel
      title={t('overview.strip.title')}
      viewFigures
      className="panel-strip"
      reportPart="strip"
      staticFigure={{ settled, draw }}
      exportOptions={{
        fileKind: 'border-strip',
        vector: { kind: 'figure' },
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
      <QueryContent query={byPair} skeleton={<Skeleton height={260} />}>
        {() =>
          model ? (
            <>
              <p className="panel-note">{t('overview.strip.lead')}</p>
              {asTable ? (
                <StripTable pairs={pairs} />
              ) : (
                <BorderStrip
                  pairs={pairs}
                  onOpen={openPair}
                  formatValue={format.usdCompact}
                />
              )}
            </>
          ) : null
        }
      </QueryContent>
    </Panel>
  );
}

/** The strip as a table, in border order (west to east). */
function StripTable({ pairs }: { pairs: readonly StripPair[] }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">
          {t('overview.strip.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.ranking.pair')}</th>
            <th scope="col" className="num">
              {t('overview.ranking.turnover')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => (
            <tr key={p.pair}>
              <th scope="row">
                {p.kzName} ↔ {p.ruName}
                {p.pointContact ? ` (${t('overview.strip.point')})` : ''}
              </th>
              <td className="num">
                {p.turnover === null
                  ? t('overview.strip.no-value')
                  : format.usdCompact(p.turnover)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Export report (PNG)" and "Export CSV" for the border overview. */
export function OverviewActions() {
  const { t } = useI18n();
  const { exportContext: context, exportBlocker, figures } = useViewChrome();
  const filters = useFilters((f) => f);
  const { byPair, model } = useBorder();
  const { run, busy, error } = useExportAction();
  const waiting = context ? exportBlocker : t('export.status.preparing');
  const failure = byPair.isError ? t(errorMessageKey(byPair.error)) : null;

  const exportReport = () =>
    run('report', async () => {
      if (!context) return;
      const exporter = await loadExporter();
      const part = (name: string) =>
        document.querySelector(exportSelector(`part:${name}`));
      const stripFigure = await figures.figureOf('strip');
      const png = await exporter.reportPng(
        context,
        [
          {
            heading: t('overview.strip.title'),
            node: part('strip'),
            figure: stripFigure,
          },
          { heading: t('overview.ranking.title'), node: part('ranking') },
          { heading: t('overview.regions.title'), node: part('regions') },
        ],
        [`${context.status}.`, t('overview.strip.lead')],
      );
      exporter.downloadBlob(png, `border-report_${context.fileStem}.png`);
    });

  const exportCsv = () =>
    run('csv', async () => {
      if (!context || !model) return;
      const exporter = await loadExporter();
      const header = [
        t('export.csv.kz-region'),
        t('export.csv.kz-region-name'),
        t('export.csv.ru-region'),
        t('export.csv.ru-region-name'),
        t('export.csv.exports-usd'),
        t('export.csv.imports-usd'),
        t('export.csv.turnover-usd'),
        ...(filters.compare === 'prev' ? [t('export.csv.change')] : []),
        t('export.csv.share'),
        t('export.csv.status'),
      ];
      const rows = model.rows.map((r) => [
        r.kz,
        r.kzName,
        r.ru,
        r.ruName,
        r.empty ? null : r.exports,
        r.empty ? null : r.imports,
        r.empty ? null : r.turnover,
        ...(filters.compare === 'prev' ? [r.change?.relative ?? null] : []),
        r.share,
        r.status,
      ]);
      const csv = exporter.buildCsv(header, rows);
      exporter.downloadBlob(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `border-pairs_${context.fileStem}.csv`,
      );
    });

  return (
    <ExportButtons
      buttons={[
        {
          id: 'report',
          label: t('export.report.button'),
          action: exportReport,
        },
        { id: 'csv', label: t('export.csv.button'), action: exportCsv },
      ]}
      waiting={waiting}
      failure={failure}
      busy={busy}
      error={error}
    />
  );
}
