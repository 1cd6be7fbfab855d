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
 * while they must wait (the view being prepared, its data loading: said in
 * their title only, since a line for a brief wait would push the page down
 * and back) or while the figures failed (said in a line below them too),
 * busy while their own export runs, and its failure said below them.
 */
export function ExportButtons({
  buttons,
  waiting,
  failure,
  busy,
  error,
}: {
  buttons: readonly ExportButton[];
  /** Why no export may start yet, for a moment; or null. */
  waiting: string | null;
  /** Why the figures to export are missing (their query failed); or null. */
  failure: string | null;
  /** The id of the export running, or null. */
  busy: string | null;
  error: unknown;
}) {
  const { t } = useI18n();
  const reason = waiting ?? failure;
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
      {waiting === null && failure !== null ? (
        <p className="filter-hint">{failure}</p>
      ) : null}
      <ExportFailed error={error} />
    </div>
  );
}
