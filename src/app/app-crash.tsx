import type { FallbackProps } from 'react-error-boundary';
import { useI18n } from '@/i18n/i18n';
import './app-crash.css';

/**
 * The last line of defence, for what the panels' own boundaries cannot
 * catch (the header, the filters, the shell): a plain message and a reload,
 * instead of a blank page.
 */
export function AppCrash({ error }: FallbackProps) {
  const { t } = useI18n();
  return (
    <main className="app-crash" role="alert">
      <h1>{t('app.crash.title')}</h1>
      <p>{t('app.crash.body')}</p>
      <p className="app-crash-detail">
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        {t('app.crash.reload')}
      </button>
    </main>
  );
}
