import { z } from 'zod';
import { create } from 'zustand';
import {
  monthSchema,
  pairIdSchema,
  sectorIdSchema,
} from '@/api/schemas/common';

/** The analyst's view: what the URL serialises and every panel reads. */
export const filtersSchema = z.object({
  pair: pairIdSchema,
  from: monthSchema,
  to: monthSchema,
  /** Empty means all sections. */
  sectors: z.array(sectorIdSchema),
  flow: z.enum(['all', 'export', 'import']),
  compare: z.enum(['prev', 'none']),
});
export type Filters = z.infer<typeof filtersSchema>;
export type FlowFilter = Filters['flow'];

/** The forum's figure: East Kazakhstan ↔ Altai Krai, January–August 2023. */
export const DEFAULT_FILTERS: Filters = {
  pair: 'KZ-63~RU-ALT',
  from: '2023-01',
  to: '2023-08',
  sectors: [],
  flow: 'all',
  compare: 'prev',
};

/**
 * How many filters differ from the defaults, for a "Filters · 2" badge: the
 * pair, the period (from and to together), sectors, direction and comparison
 * each count once. Sector order does not matter.
 */
export function changedFilterCount(filters: Filters): number {
  const sameSectors =
    filters.sectors.length === DEFAULT_FILTERS.sectors.length &&
    filters.sectors.every((s) => DEFAULT_FILTERS.sectors.includes(s));
  return [
    filters.pair !== DEFAULT_FILTERS.pair,
    filters.from !== DEFAULT_FILTERS.from || filters.to !== DEFAULT_FILTERS.to,
    !sameSectors,
    filters.flow !== DEFAULT_FILTERS.flow,
    filters.compare !== DEFAULT_FILTERS.compare,
  ].filter(Boolean).length;
}

/**
 * How a change of the filters reaches the browser history: `push` adds an
 * entry so Back walks through it (every user action), `replace` rewrites the
 * current one (a corrected link), `none` leaves the URL alone (the URL was
 * the source: first load, back/forward).
 */
export type HistoryMode = 'push' | 'replace' | 'none';

/** What the latest change of the filters means; URL sync reads it. */
export type FilterChange = { history: HistoryMode };

type FiltersState = {
  filters: Filters;
  lastChange: FilterChange;
  /** Replaces the whole view (URL load, back/forward, reset, a corrected link). */
  replaceFilters: (filters: Filters, change: FilterChange) => void;
  setPeriod: (from: string, to: string) => void;
  setPair: (pair: string) => void;
  setSectors: (sectors: Filters['sectors']) => void;
  toggleSector: (sector: Filters['sectors'][number]) => void;
  setFlow: (flow: FlowFilter) => void;
  setCompare: (compare: Filters['compare']) => void;
  /**
   * Opens exactly a reported figure's level and period, all sections and
   * both directions, as one change (one history entry).
   */
  showFigure: (figure: Pick<Filters, 'pair' | 'from' | 'to'>) => void;
};

const USER_ACTION: FilterChange = { history: 'push' };

export const useFiltersStore = create<FiltersState>()((set) => {
  /** A user action: a new view, and a history entry for it. */
  const edit = (change: (filters: Filters) => Partial<Filters>) => {
    set((state) => ({
      filters: { ...state.filters, ...change(state.filters) },
      lastChange: USER_ACTION,
    }));
  };
  return {
    filters: DEFAULT_FILTERS,
    lastChange: { history: 'none' },
    replaceFilters: (filters, change) => {
      set({ filters, lastChange: change });
    },
    setPeriod: (from, to) => {
      edit(() => ({ from, to }));
    },
    setPair: (pair) => {
      edit(() => ({ pair }));
    },
    setSectors: (sectors) => {
      edit(() => ({ sectors: [...sectors] }));
    },
    toggleSector: (sector) => {
      edit(({ sectors }) => ({
        sectors: sectors.includes(sector)
          ? sectors.filter((s) => s !== sector)
          : [...sectors, sector],
      }));
    },
    setFlow: (flow) => {
      edit(() => ({ flow }));
    },
    setCompare: (compare) => {
      edit(() => ({ compare }));
    },
    showFigure: ({ pair, from, to }) => {
      edit(() => ({ pair, from, to, sectors: [], flow: 'all' }));
    },
  };
});

/** Reads one slice of the filters; components re-render only when it changes. */
export function useFilters<T>(selector: (filters: Filters) => T): T {
  return useFiltersStore((state) => selector(state.filters));
}

export function useFilterActions() {
  const state = useFiltersStore.getState();
  return {
    replaceFilters: state.replaceFilters,
    setPeriod: state.setPeriod,
    setPair: state.setPair,
    setSectors: state.setSectors,
    toggleSector: state.toggleSector,
    setFlow: state.setFlow,
    setCompare: state.setCompare,
    showFigure: state.showFigure,
  };
}
