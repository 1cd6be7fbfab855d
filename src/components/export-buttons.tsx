import { useI18n } from '@/i18n/i18n';
import { ExportFailed } from './export-failed';
import './export-buttons.css';

export type ExportButton = {
  id: string;
  label: string;
  action: () => Promise<void>;
};

/**
 * A screen's export buttons ("Export report (PNG)", "Export CSV"): disabled
 * with the reason while the data is not ready or another export runs, busy
 * while their own runs, and the failure said below them.
 */
export function ExportButtons({
  buttons,
  reason,
  busy,
  error,
  showReason,
}: {
  buttons: readonly ExportButton[];
  /** Why no export may start now, or null. */
  reason: string | null;
  /** The id of the export running, or null. */
  busy: string | null;
  error: unknown;
  /**
   * Whether the reason is worth a line: a failure is; a brief wait (the
   * context being prepared, data loading) is said in the title only.
   */
  showReason: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="report-actions">
      {buttons.map(({ id, label, action }) => (
        <button
          key={id}
          type="button"
          className="button"
          disabled={reason !== null || busy !== null}
          title={reason ?? undefined}
          aria-busy={busy === id}
          onClick={() => void action()}
        >
          {busy === id ? t('export.status.working') : label}
        </button>
      ))}
      {reason && showReason ? <p className="filter-hint">{reason}</p> : null}
      <ExportFailed error={error} />
    </div>
  );
}
