import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import { exportMark } from '@/lib/export/vocabulary';
import { useOnline } from '@/lib/use-online';
import './load-status.css';

/** After this long a request is "still loading", visibly. */
export const SLOW_AFTER_MS = 3_000;

/** True once `active` has stayed true for `ms`; false again as soon as it ends. */
export function useLate(active: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => {
      setLate(true);
    }, ms);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [active, ms]);
  return active && late;
}

type Props = {
  /** A request for this panel is in flight. */
  fetching: boolean;
  /** It waits for the connection (TanStack Query's `paused`). */
  paused: boolean;
  /** The panel shows figures (an earlier answer, or this one). */
  hasFigures: boolean;
};

/**
 * What a panel says about its data while it is not fresh: offline (it will
 * load when the connection returns, or what is shown may be out of date) or
 * slow ("still loading" after `SLOW_AFTER_MS`). A badge over the panel's
 * corner (`.panel-body` is its containing block), so it never moves what
 * is on screen; left out of exports.
 */
export function LoadStatus({ fetching, paused, hasFigures }: Props) {
  const { t } = useI18n();
  const online = useOnline();
  const slow = useLate(fetching && !paused, SLOW_AFTER_MS);
  let text: string | null = null;
  if (paused) text = t('common.load.paused');
  else if (!online && hasFigures) text = t('common.load.stale');
  else if (slow) text = t('common.load.slow');
  return (
    <p className="load-status" role="status" {...exportMark('skip')}>
      {text === null ? null : <span className="load-status-badge">{text}</span>}
    </p>
  );
}
