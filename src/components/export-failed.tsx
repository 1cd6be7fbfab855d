import { isApiError } from '@/api/errors';
import { useI18n } from '@/i18n/i18n';
import { errorMessageKey } from './error-message';
import './export-failed.css';

/**
 * Says an export failed, where the export was asked for; the page is
 * untouched. When the data service was at fault (the CSV reads records the
 * panels never fetched), it says how, as a panel would.
 */
export function ExportFailed({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="export-error" role="alert">
      {isApiError(error) ? `${t(errorMessageKey(error))} ` : null}
      {t('export.status.failed')}
    </p>
  );
}
