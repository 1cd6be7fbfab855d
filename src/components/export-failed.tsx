import { useI18n } from '@/i18n/i18n';
import './export-failed.css';

/** Says an export failed, where the export was asked for; the page is untouched. */
export function ExportFailed({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="export-error" role="alert">
      {t('export.status.failed')}
    </p>
  );
}
