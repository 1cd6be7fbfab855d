import { useI18n } from '@/i18n/i18n';
import { exportMark } from '@/lib/export/vocabulary';
import './fetching-indicator.css';

/**
 * A thin bar while a panel refreshes behind figures it keeps showing, so a
 * slow answer is visible without a loading flash.
 */
export function FetchingIndicator({ active }: { active: boolean }) {
  const { t } = useI18n();
  if (!active) return null;
  return (
    <div
      className="fetching-indicator"
      {...exportMark('skip')}
      role="progressbar"
      aria-label={t('common.updating')}
      // The panel's figures are the previous answer until the new one lands.
      aria-busy="true"
    >
      <div className="fetching-indicator-bar" />
    </div>
  );
}
