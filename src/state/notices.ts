import { create } from 'zustand';
import type { IgnoredParam } from './url-codec';
import type { FilterParam } from './url-params';

type Reason = IgnoredParam['reason'];

/** How many of a parameter's dropped values a notice names; the rest are counted. */
export const NOTICE_SAMPLE = 3;

/** A value longer than this many characters is shown cut short. */
const SHOWN_LENGTH = 40;

/** What a notice says of one reason: how many values, and the first few. */
export type ReasonNotice = { reason: Reason; count: number; values: string[] };

/** One notice per parameter, however many of its values were dropped. */
export type ParamNotice = { param: FilterParam; reasons: ReasonNotice[] };

/**
 * A dropped value as a notice shows it: whole up to 40 characters, else its
 * start and an ellipsis, so a link of a megabyte stays one readable line.
 * Counts code points, so no emoji or surrogate pair is cut in half.
 */
export function shownValue(value: string): string {
  const chars = Array.from(value);
  return chars.length <= SHOWN_LENGTH
    ? value
    : `${chars.slice(0, SHOWN_LENGTH).join('')}…`;
}

/**
 * The dropped values by parameter and then by reason, each in the order
 * first reported, with at most `NOTICE_SAMPLE` values named per reason.
 */
export function groupIgnored(items: readonly IgnoredParam[]): ParamNotice[] {
  const byParam = new Map<FilterParam, ParamNotice>();
  for (const item of items) {
    let notice = byParam.get(item.param);
    if (!notice) {
      notice = { param: item.param, reasons: [] };
      byParam.set(item.param, notice);
    }
    let reason = notice.reasons.find((r) => r.reason === item.reason);
    if (!reason) {
      reason = { reason: item.reason, count: 0, values: [] };
      notice.reasons.push(reason);
    }
    reason.count += 1;
    if (reason.values.length < NOTICE_SAMPLE)
      reason.values.push(shownValue(item.value));
  }
  return [...byParam.values()];
}

/** One report's identity: a value reported twice for the same reason is one. */
function keyOf(item: IgnoredParam): string {
  return `${item.param}\u0000${item.reason}\u0000${item.value}`;
}

type NoticesState = {
  /** Link parameters that were dropped, shown once until dismissed. */
  ignored: IgnoredParam[];
  addIgnored: (items: readonly IgnoredParam[]) => void;
  dismiss: () => void;
};

const useNoticesStore = create<NoticesState>()((set) => ({
  ignored: [],
  addIgnored: (items) => {
    set((state) => {
      // The same link checked twice (StrictMode, a re-render) reports once,
      // and so does a value a link repeats. A set, not a scan of the list:
      // a link may carry a hundred thousand bad values.
      const seen = new Set(state.ignored.map(keyOf));
      const fresh: IgnoredParam[] = [];
      for (const item of items) {
        const key = keyOf(item);
        if (seen.has(key)) continue;
        seen.add(key);
        fresh.push(item);
      }
      return fresh.length > 0
        ? { ignored: [...state.ignored, ...fresh] }
        : state;
    });
  },
  dismiss: () => {
    set({ ignored: [] });
  },
}));

export function useIgnoredParams(): IgnoredParam[] {
  return useNoticesStore((state) => state.ignored);
}

export const noticeActions = {
  addIgnored: (items: readonly IgnoredParam[]) => {
    useNoticesStore.getState().addIgnored(items);
  },
  dismiss: () => {
    useNoticesStore.getState().dismiss();
  },
};

/** The reports as they stand, read outside React (by tests). */
export function readIgnoredParams(): readonly IgnoredParam[] {
  return useNoticesStore.getState().ignored;
}
