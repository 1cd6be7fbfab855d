import { z } from 'zod/mini';
import { create } from 'zustand';
import {
  monthSchema,
  pairIdSchema,
  type SectorId,
  sectorIdSchema,
} from '@/api/schemas/common';
import {
  CHAPTER_SECTION,
  type ChapterId,
  chapterIdSchema,
} from '@/api/schemas/sectors';

/** The analyst's view: what the URL serialises and every panel reads. */
export const filtersSchema = z.object({
  pair: pairIdSchema,
  from: monthSchema,
  to: monthSchema,
  /**
   * The sector filter is a set of HS sections and chapters; both empty means
   * everything. A chapter whose section is chosen is redundant and never
   * kept (see `withoutRedundantChapters`).
   */
  sectors: z.array(sectorIdSchema),
  chapters: z.array(chapterIdSchema),
  flow: z.enum(['all', 'export', 'import']),
  compare: z.enum(['prev', 'none']),
  /** Which screen shows the filters: one pair (the default) or the whole border. */
  view: z.enum(['pair', 'overview']),
});
export type Filters = z.infer<typeof filtersSchema>;
export type FlowFilter = Filters['flow'];

/** The forum's figure: East Kazakhstan ↔ Altai Krai, January–August 2023. */
export const DEFAULT_FILTERS: Filters = {
  pair: 'KZ-63~RU-ALT',
  from: '2023-01',
  to: '2023-08',
  sectors: [],
  chapters: [],
  flow: 'all',
  compare: 'prev',
  view: 'pair',
};

/** The sector filter: chosen sections and chapters. */
export type SectorSelection = Pick<Filters, 'sectors' | 'chapters'>;

/** The chapters of `chapters` that a chosen section already covers. */
export function redundantChapters(selection: SectorSelection): ChapterId[] {
  return selection.chapters.filter((c) =>
    selection.sectors.includes(CHAPTER_SECTION[c]),
  );
}

/** The selection with the chapters its sections cover left out. */
export function withoutRedundantChapters<T extends SectorSelection>(
  selection: T,
): T {
  const redundant = redundantChapters(selection);
  return redundant.length === 0
    ? selection
    : {
        ...selection,
        chapters: selection.chapters.filter((c) => !redundant.includes(c)),
      };
}

/** Adds a section (its chapters become redundant and go) or removes it. */
export function toggleSectorIn(
  selection: SectorSelection,
  sector: SectorId,
): SectorSelection {
  if (selection.sectors.includes(sector))
    return {
      ...selection,
      sectors: selection.sectors.filter((s) => s !== sector),
    };
  return withoutRedundantChapters({
    ...selection,
    sectors: [...selection.sectors, sector],
  });
}

/**
 * Adds a chapter or removes it. A chapter whose whole section is chosen
 * narrows the filter: the section gives way to that one chapter, which is
 * what clicking a chapter under a chosen section asks for.
 */
export function toggleChapterIn(
  selection: SectorSelection,
  chapter: ChapterId,
): SectorSelection {
  if (selection.chapters.includes(chapter))
    return {
      ...selection,
      chapters: selection.chapters.filter((c) => c !== chapter),
    };
  const section = CHAPTER_SECTION[chapter];
  return {
    sectors: selection.sectors.filter((s) => s !== section),
    chapters: [...selection.chapters, chapter],
  };
}

/** Whether a chapter is in the filter, on its own or through its section. */
export function chapterIncluded(
  selection: SectorSelection,
  chapter: ChapterId,
): boolean {
  return (
    selection.chapters.includes(chapter) ||
    selection.sectors.includes(CHAPTER_SECTION[chapter])
  );
}

/**
 * How many filters differ from the defaults, for a "Filters · 2" badge: the
 * pair, the period (from and to together), sectors and chapters (one
 * filter), direction and comparison each count once. Order does not matter.
 */
export function changedFilterCount(filters: Filters): number {
  const same = <T>(a: readonly T[], b: readonly T[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  const sameSectors =
    same(filters.sectors, DEFAULT_FILTERS.sectors) &&
    same(filters.chapters, DEFAULT_FILTERS.chapters);
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
  /** Replaces the sector filter; redundant chapters are left out. */
  setSelection: (selection: SectorSelection) => void;
  toggleSector: (sector: SectorId) => void;
  toggleChapter: (chapter: ChapterId) => void;
  setFlow: (flow: FlowFilter) => void;
  setCompare: (compare: Filters['compare']) => void;
  /** Switches between the pair view and the border overview, filters kept. */
  setView: (view: Filters['view']) => void;
  /** Opens one pair's view with the same period, goods and direction. */
  openPair: (pair: string) => void;
  /**
   * Opens exactly a reported figure's level and period, all sectors and
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
    setSelection: (selection) => {
      edit(() =>
        withoutRedundantChapters({
          sectors: [...selection.sectors],
          chapters: [...selection.chapters],
        }),
      );
    },
    toggleSector: (sector) => {
      edit((filters) => toggleSectorIn(filters, sector));
    },
    toggleChapter: (chapter) => {
      edit((filters) => toggleChapterIn(filters, chapter));
    },
    setFlow: (flow) => {
      edit(() => ({ flow }));
    },
    setCompare: (compare) => {
      edit(() => ({ compare }));
    },
    setView: (view) => {
      edit(() => ({ view }));
    },
    openPair: (pair) => {
      edit(() => ({ pair, view: 'pair' }));
    },
    showFigure: ({ pair, from, to }) => {
      edit(() => ({
        pair,
        from,
        to,
        sectors: [],
        chapters: [],
        flow: 'all',
        view: 'pair',
      }));
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
    setSelection: state.setSelection,
    toggleSector: state.toggleSector,
    toggleChapter: state.toggleChapter,
    setFlow: state.setFlow,
    setCompare: state.setCompare,
    setView: state.setView,
    openPair: state.openPair,
    showFigure: state.showFigure,
  };
}
