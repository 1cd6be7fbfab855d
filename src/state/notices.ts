import { create } from 'zustand';
import type { IgnoredParam } from './url-codec';

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
