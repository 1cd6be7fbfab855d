import { useI18n } from '@/i18n/i18n';
import { useOnline } from '@/lib/use-online';
import './connection-banner.css';

/**
 * Says the connection is lost, over the page's bottom edge (fixed, so it
 * pushes nothing): figures on screen stay, marked by their panels as possibly
 * out of date, and what was asked meanwhile loads when it returns.
 */
export function ConnectionBanner() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div className="connection-banner-region" role="status">
      {online ? null : <p className="connection-banner">{t('app.offline')}</p>}
    </div>
  );
}
