import { ExportFailed } from '../export-failed';
import type { RefObject } from 'react';
import { useI18n } from '@/i18n/i18n';
import type { RankingRow } from '@/lib/export/svg-document';
import { loadExporter } from '@/lib/export/load-exporter';
import { exportMark } from '@/lib/export/vocabulary';
import { useExportAction } from '../use-export-action';
import type { StaticFigure } from './figure-registry';
import { useViewChrome } from './view-chrome';
import './panel-export.css';

export type PanelExportOptions = {
  /** File name prefix, e.g. `trade-trend`. */
  fileKind: string;
  /**
   * Vector form: the panel's static figure (its legend included), rows drawn as
   * bars, or none (a table is shown).
   */
  vector:
    | { kind: 'figure' }
    | { kind: 'ranking'; rows: readonly RankingRow[] }
    | null;
};

const canCopy = () =>
  typeof ClipboardItem !== 'undefined' &&
  typeof navigator !== 'undefined' &&
  'write' in navigator.clipboard;

/** "Download PNG", "Download SVG" and "Copy image" for one chart panel. */
export function PanelExport({
  title,
  panel,
  options,
  figure,
}: {
  title: string;
  panel: RefObject<HTMLElement | null>;
  options: PanelExportOptions;
  /** The panel's static figure, which the vector form draws. */
  figure: StaticFigure | null;
}) {
  const { t } = useI18n();
  const { run, busy, error } = useExportAction();
  // What the export says about itself and why it must wait: the view's, once.
  const { exportContext: context, exportBlocker } = useViewChrome();
  const { fileKind, vector } = options;
  const reason = context ? exportBlocker : t('export.status.preparing');
  const name = (kind: string, ext: string) =>
    `${kind}_${context?.fileStem ?? 'export'}.${ext}`;

  // The vector form the SVG draws and the PNG rasterises: a figure once it
  // has data, or the ranking's rows.
  const form =
    vector?.kind === 'ranking'
      ? vector
      : vector && figure
        ? { ...vector, figure }
        : null;

  const png = () =>
    run('png', async () => {
      const node = panel.current;
      if (!node || !context) return;
      const exporter = await loadExporter();
      exporter.downloadBlob(
        await exporter.panelPng(node, title, context, form),
        name(fileKind, 'png'),
      );
    });
  const svg = () =>
    run('svg', async () => {
      if (!form || !context) return;
      const exporter = await loadExporter();
      exporter.downloadBlob(
        new Blob([exporter.panelSvg(form, title, context)], {
          type: 'image/svg+xml',
        }),
        name(fileKind, 'svg'),
      );
    });
  const copy = () =>
    run('copy', async () => {
      const node = panel.current;
      if (!node || !context) return;
      const exporter = await loadExporter();
      await exporter.copyPng(exporter.panelPng(node, title, context, form));
    });

  const button = (
    id: string,
    label: string,
    visible: string,
    action: () => Promise<void>,
  ) => (
    <button
      type="button"
      className="button button-quiet"
      aria-label={`${label}: ${title}`}
      title={reason ?? `${label}: ${title}`}
      disabled={reason !== null || busy !== null}
      aria-busy={busy === id}
      onClick={() => void action()}
    >
      {busy === id ? t('export.status.working') : visible}
    </button>
  );

  return (
    <div className="panel-export" {...exportMark('skip')}>
      {button('png', t('export.panel.download-png'), 'PNG', png)}
      {vector
        ? button('svg', t('export.panel.download-svg'), 'SVG', svg)
        : null}
      {canCopy()
        ? button(
            'copy',
            t('export.panel.copy-image'),
            t('export.panel.copy'),
            copy,
          )
        : null}
      <ExportFailed error={error} />
    </div>
  );
}
