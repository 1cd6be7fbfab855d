import { useI18n } from '@/i18n/i18n';
import { errorMessageKey } from './error-message';
import './error-state.css';

type Props = {
  error: unknown;
  onRetry: () => void;
  /** True while the retry is in flight. */
  retrying?: boolean;
};

/** A panel's failure: a plain message and a retry; the rest of the page is untouched. */
export function ErrorState({ error, onRetry, retrying = false }: Props) {
  const { t } = useI18n();
  return (
    <div className="error-state" role="alert">
      <p>{t(errorMessageKey(error))}</p>
      <button
        type="button"
        className="button"
        onClick={onRetry}
        disabled={retrying}
      >
        {retrying ? t('common.retrying') : t('common.retry')}
      </button>
    </div>
  );
}
