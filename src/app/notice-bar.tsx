import { Fragment, useMemo } from 'react';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import {
  groupIgnored,
  noticeActions,
  type ParamNotice,
  type ReasonNotice,
  useIgnoredParams,
} from '@/state/notices';
import type { IgnoredParam } from '@/state/url-codec';
import './notice-bar.css';

/** Why one value was dropped. */
const REASON_KEY = {
  invalid: 'filters.notice.reason-invalid',
  range: 'filters.notice.reason-range',
  redundant: 'filters.notice.reason-redundant',
  repeated: 'filters.notice.reason-repeated',
  'unknown-pair': 'filters.notice.reason-unknown-pair',
  'out-of-coverage': 'filters.notice.reason-out-of-coverage',
} as const satisfies Record<IgnoredParam['reason'], string>;

/** How many values were dropped, and why, when there are several. */
const MANY_KEY = {
  invalid: 'filters.notice.many-invalid',
  range: 'filters.notice.many-range',
  redundant: 'filters.notice.many-redundant',
  repeated: 'filters.notice.many-repeated',
  'unknown-pair': 'filters.notice.many-unknown-pair',
  'out-of-coverage': 'filters.notice.many-out-of-coverage',
} as const satisfies Record<IgnoredParam['reason'], string>;

/** An empty value still shows that there was one. */
function quoted(value: string): string {
  return value === '' ? '""' : value;
}

/**
 * One reason of a parameter: its one value as the link wrote it
 * (`flow=up — not a valid value`), or how many values, the first few, and a
 * count of the rest.
 */
function ReasonPart({
  param,
  part,
}: {
  param: ParamNotice['param'];
  part: ReasonNotice;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const [only] = part.values;
  if (part.count === 1 && only !== undefined)
    return (
      <>
        <code>
          {param}={only}
        </code>{' '}
        — {t(REASON_KEY[part.reason])}
      </>
    );
  const rest = part.count - part.values.length;
  return (
    <>
      <code>{param}</code>:{' '}
      {t(MANY_KEY[part.reason], {
        count: part.count,
        formatted: format.integer(part.count),
      })}
      :{' '}
      {part.values.map((value, i) => (
        <Fragment key={i}>
          {i > 0 ? ', ' : null}
          <code>{quoted(value)}</code>
        </Fragment>
      ))}
      {rest > 0
        ? ` ${t('filters.notice.more', { count: rest, formatted: format.integer(rest) })}`
        : null}
    </>
  );
}

/**
 * Says which parts of an opened link were ignored, and why: one line per
 * parameter, naming at most a few of its values (a link may hold thousands).
 * Values are link text, rendered as text, never as markup.
 */
export function NoticeBar() {
  const { t } = useI18n();
  const ignored = useIgnoredParams();
  const notices = useMemo(() => groupIgnored(ignored), [ignored]);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('filters.notice.ignored')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.param}>
            {notice.reasons.map((part, i) => (
              <Fragment key={part.reason}>
                {i > 0 ? '; ' : null}
                <ReasonPart param={notice.param} part={part} />
              </Fragment>
            ))}
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
