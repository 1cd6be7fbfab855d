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

type FiltersState = {
  filters: Filters;
  /** Replaces the whole view (URL load, back/forward, reset). */
  replaceFilters: (filters: Filters) => void;
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

export const useFiltersStore = create<FiltersState>()((set) => ({
  filters: DEFAULT_FILTERS,
  replaceFilters: (filters) => {
    set({ filters });
  },
  setPeriod: (from, to) => {
    set((state) => ({ filters: { ...state.filters, from, to } }));
  },
  setPair: (pair) => {
    set((state) => ({ filters: { ...state.filters, pair } }));
  },
  setSectors: (sectors) => {
    set((state) => ({ filters: { ...state.filters, sectors: [...sectors] } }));
  },
  toggleSector: (sector) => {
    set((state) => {
      const has = state.filters.sectors.includes(sector);
      const sectors = has
        ? state.filters.sectors.filter((s) => s !== sector)
        : [...state.filters.sectors, sector];
      return { filters: { ...state.filters, sectors } };
    });
  },
  setFlow: (flow) => {
    set((state) => ({ filters: { ...state.filters, flow } }));
  },
  setCompare: (compare) => {
    set((state) => ({ filters: { ...state.filters, compare } }));
  },
  showFigure: ({ pair, from, to }) => {
    set((state) => ({
      filters: { ...state.filters, pair, from, to, sectors: [], flow: 'all' },
    }));
  },
}));

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
