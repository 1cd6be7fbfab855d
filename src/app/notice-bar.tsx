import { useI18n } from '@/i18n/i18n';
import { noticeActions, useIgnoredParams } from '@/state/notices';
import type { IgnoredParam } from '@/state/url-codec';
import './notice-bar.css';

const REASON_KEY = {
  invalid: 'filters.notice.reason-invalid',
  range: 'filters.notice.reason-range',
  redundant: 'filters.notice.reason-redundant',
  repeated: 'filters.notice.reason-repeated',
  'unknown-pair': 'filters.notice.reason-unknown-pair',
  'out-of-coverage': 'filters.notice.reason-out-of-coverage',
} as const satisfies Record<IgnoredParam['reason'], string>;

/** Says which parts of an opened link were ignored, and why. */
export function NoticeBar() {
  const { t } = useI18n();
  const ignored = useIgnoredParams();
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('filters.notice.ignored')}</p>
      <ul>
        {ignored.map((item, i) => (
          <li key={`${item.param}-${String(i)}`}>
            <code>
              {item.param}={item.value}
            </code>{' '}
            — {t(REASON_KEY[item.reason])}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-quiet"
        onClick={noticeActions.dismiss}
      >
        {t('filters.notice.dismiss')}
      </button>
    </div>
  );
}
