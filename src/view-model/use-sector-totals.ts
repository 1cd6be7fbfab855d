import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeBySectorQuery, type TradeView } from '@/api/queries/trade';
import type { SectorId } from '@/api/schemas/common';
import {
  CHAPTER_SECTION,
  type ChapterId,
  type SectorsResponse,
} from '@/api/schemas/sectors';
import type { TradeBySectorResponse } from '@/api/schemas/trade';
import {
  rankByTurnover,
  rankSectors,
  type Ranked,
  type SectorTotal,
} from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';

/** Names every row carries, in the active language. */
type Names = {
  /** Short label for charts and tables. */
  name: string;
  /** The official title, for hover and exports. */
  fullName: string;
};

export type ChapterTotal = Ranked<{
  chapter: ChapterId;
  exports: number;
  imports: number;
}> & { section: SectorId };

export type NamedChapterTotal = ChapterTotal & Names;

export type NamedSectorTotal = SectorTotal &
  Names & {
    /**
     * The section's chapters with trade, largest first, each with its share
     * of the whole view (the same base as the sections' shares); null when
     * the chapters were not asked for.
     */
    chapters: NamedChapterTotal[] | null;
  };

type RankedSectors = {
  sectors: SectorTotal[];
  chapters: ChapterTotal[] | null;
};

/**
 * Sections ranked, and when the answer lists chapters, the chapters with
 * their section, ranked against the same whole as the sections.
 */
export function rankBySector(data: TradeBySectorResponse): RankedSectors {
  const sectors = rankSectors(data.current.sectors);
  const whole = sectors.reduce((sum, s) => sum + s.turnover, 0);
  const chapters = data.current.chapters
    ? rankByTurnover(
        data.current.chapters.map((c) => ({
          ...c,
          section: CHAPTER_SECTION[c.chapter],
        })),
        whole,
      )
    : null;
  return { sectors, chapters };
}

function named(
  ranked: RankedSectors,
  catalog: SectorsResponse | undefined,
  language: Language,
): NamedSectorTotal[] {
  const chapterRows = ranked.chapters?.map((total) => {
    const chapter = catalog?.chapters.find((c) => c.id === total.chapter);
    return {
      ...total,
      name: chapter?.shortName[language] ?? total.chapter,
      fullName: chapter?.name[language] ?? total.chapter,
    };
  });
  return ranked.sectors.map((total) => {
    const sector = catalog?.sectors.find((s) => s.id === total.sector);
    return {
      ...total,
      name: sector?.shortName[language] ?? total.sector,
      fullName: sector?.name[language] ?? total.sector,
      chapters:
        chapterRows?.filter(
          (c) => c.section === total.sector && c.turnover > 0,
        ) ?? null,
    };
  });
}

/**
 * Turnover per HS section for `view`, ranked, with each section's names in
 * the active language; with `chapters`, each section also lists its
 * chapters (one request that carries both). `totals` is the query (for
 * loading and error states); `rows` are the named figures once it has
 * data. `enabled` false asks for nothing.
 */
export function useSectorTotals(
  view: TradeView,
  { chapters = false, enabled = true } = {},
) {
  const { language } = useI18n();
  const totals = useQuery({
    ...tradeBySectorQuery(view, chapters ? 'chapters' : 'sections'),
    select: rankBySector,
    enabled,
  });
  const sectors = useQuery(sectorsQuery());
  const rows = useMemo<NamedSectorTotal[] | undefined>(
    () =>
      totals.data ? named(totals.data, sectors.data, language) : undefined,
    [totals.data, sectors.data, language],
  );
  return { totals, rows };
}
