import { create } from 'zustand';
import type { IgnoredParam } from './url-codec';

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
      // The same link checked twice (StrictMode, a re-render) reports once.
      const fresh = items.filter(
        (item) =>
          !state.ignored.some(
            (seen) =>
              seen.param === item.param &&
              seen.value === item.value &&
              seen.reason === item.reason,
          ),
      );
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
