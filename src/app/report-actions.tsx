import { errorMessageKey } from '@/components/error-message';
import { ExportButtons } from '@/components/export-buttons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeRecordsQuery, tradeTotalsQuery } from '@/api/queries/trade';
import { RECORDS_PAGE_MAX, type TradeRecord } from '@/api/schemas/trade';
import { useExportAction } from '@/components/use-export-action';
import { claimableFigures, reportedFiguresFor } from '@/domain/provenance';
import { useI18n } from '@/i18n/i18n';
import { useFilters } from '@/state/filters';
import { useTradeView } from '@/view-model/trade-view';
import { useRegionName } from '@/view-model/use-region-name';
import { useViewChrome } from '@/components/panel/view-chrome';
import { loadExporter } from '@/lib/export/load-exporter';
import { exportSelector } from '@/lib/export/vocabulary';

/** "Export report (PNG)" and "Export CSV" for the whole current view. */
export function ReportActions() {
  const { t, language } = useI18n();
  const {
    exportContext: context,
    exportBlocker: blocker,
    figures,
  } = useViewChrome();
  const view = useTradeView();
  const filters = useFilters((f) => f);
  const queryClient = useQueryClient();
  const trade = useQuery(tradeTotalsQuery(view));
  const regionName = useRegionName();
  const sectors = useQuery(sectorsQuery());
  const meta = useQuery(metaQuery());
  const { run, busy, error } = useExportAction();
  const waiting = context ? blocker : t('export.status.preparing');
  const failure = trade.isError ? t(errorMessageKey(trade.error)) : null;

  const exportReport = () =>
    run('report', async () => {
      if (!context) return;
      const exporter = await loadExporter();
      const part = (name: string) =>
        document.querySelector(exportSelector(`part:${name}`));
      // The trend panel loads lazily: its figure is announced once its data
      // has settled (or it has none to draw and its body is copied).
      const trendFigure = await figures.figureOf('trend');
      // The demo's note on what is synthetic does not describe an import.
      const notes = [
        meta.data?.status === 'user'
          ? `${context.status}.`
          : `${context.status}. ${t('about.dialog.lead')}`,
      ];
      for (const figure of reportedFiguresFor(
        claimableFigures(meta.data),
        filters,
      )) {
        if (figure.caveat)
          notes.push(`${t('common.caveat')} ${figure.caveat[language]}`);
      }
      const png = await exporter.reportPng(
        context,
        [
          { heading: t('export.report.kpis'), node: part('kpis') },
          {
            heading: t('trend.panel.title'),
            node: part('trend'),
            figure: trendFigure,
          },
          { heading: t('sectors.panel.title'), node: part('sectors') },
          {
            heading: t('export.report.cooperation'),
            node: part('cooperation'),
          },
        ],
        notes,
      );
      exporter.downloadBlob(png, `trade-report_${context.fileStem}.png`);
    });

  const exportCsv = () =>
    run('csv', async () => {
      if (!context) return;
      const exporter = await loadExporter();
      // The records behind the view, fetched only now and page by page: no
      // panel downloads them.
      const records: TradeRecord[] = [];
      for (let offset = 0; ; offset += RECORDS_PAGE_MAX) {
        const page = await queryClient.query(
          tradeRecordsQuery(view, { offset, limit: RECORDS_PAGE_MAX }),
        );
        records.push(...page.records);
        if (offset + RECORDS_PAGE_MAX >= page.total) break;
      }
      const sectorName = (id: string) =>
        sectors.data?.sectors.find((s) => s.id === id)?.name[language] ?? '';
      const chapterName = (id: string) =>
        sectors.data?.chapters.find((c) => c.id === id)?.name[language] ?? '';
      // Chapter columns come last, so files read by column position before
      // chapters existed keep their layout.
      const header = [
        t('export.csv.month'),
        t('export.csv.kz-region'),
        t('export.csv.kz-region-name'),
        t('export.csv.ru-region'),
        t('export.csv.ru-region-name'),
        t('export.csv.flow'),
        t('export.csv.hs-section'),
        t('export.csv.hs-section-name'),
        t('export.csv.value-usd'),
        t('export.csv.synthetic'),
        t('export.csv.calibration'),
        t('export.csv.hs-chapter'),
        t('export.csv.hs-chapter-name'),
      ];
      const rows = records.map((r) => [
        r.month,
        r.kz,
        regionName(r.kz),
        r.ru,
        regionName(r.ru),
        r.flow,
        r.sector,
        sectorName(r.sector),
        r.valueUsd,
        r.synthetic,
        r.calibration,
        r.chapter,
        chapterName(r.chapter),
      ]);
      const csv = exporter.buildCsv(header, rows);
      exporter.downloadBlob(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `trade-data_${context.fileStem}.csv`,
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

/**
 * The report's export buttons before the view is checked (no request may
 * start yet): the same buttons, disabled, so the title row does not grow
 * when the real ones arrive.
 */
export function ReportActionsPlaceholder() {
  const { t } = useI18n();
  const wait = () => Promise.resolve();
  return (
    <ExportButtons
      buttons={[
        { id: 'report', label: t('export.report.button'), action: wait },
        { id: 'csv', label: t('export.csv.button'), action: wait },
      ]}
      waiting={t('export.status.preparing')}
      failure={null}
      busy={null}
      error={null}
    />
  );
}
