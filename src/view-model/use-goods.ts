import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sectorsQuery } from '@/api/queries/sectors';
import type { SectorId } from '@/api/schemas/common';
import type { ChapterId, SectorsResponse } from '@/api/schemas/sectors';
import { useI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';
import { type SectorSelection, useFilters } from '@/state/filters';

/** One chosen section or chapter, named in the active language. */
export type GoodsItem =
  | { kind: 'section'; id: SectorId; shortName: string; name: string }
  | { kind: 'chapter'; id: ChapterId; shortName: string; name: string };

/**
 * The chosen sections, then the chosen chapters, each with its short label
 * and official title from /api/sectors; until the catalogue is known, the
 * code stands for both.
 */
export function goodsItems(
  selection: SectorSelection,
  catalog: SectorsResponse | undefined,
  language: Language,
): GoodsItem[] {
  const sections = selection.sectors.map((id): GoodsItem => {
    const sector = catalog?.sectors.find((s) => s.id === id);
    return {
      kind: 'section',
      id,
      shortName: sector?.shortName[language] ?? id,
      name: sector?.name[language] ?? id,
    };
  });
  const chapters = selection.chapters.map((id): GoodsItem => {
    const chapter = catalog?.chapters.find((c) => c.id === id);
    return {
      kind: 'chapter',
      id,
      shortName: chapter?.shortName[language] ?? id,
      name: chapter?.name[language] ?? id,
    };
  });
  return [...sections, ...chapters];
}

/** "XV Base metals, 76 Aluminium": how titles, summaries and exports name goods. */
export function goodsLabel(items: readonly GoodsItem[]): string {
  return items.map((item) => `${item.id} ${item.shortName}`).join(', ');
}

/**
 * The goods the sector filter chooses, named: the one lookup behind the
 * picker's chips, the dashboard title, chart summaries and exports. `label`
 * is null when every good is in (no section and no chapter chosen, or every
 * section).
 */
export function useGoods(): { items: GoodsItem[]; label: string | null } {
  const { language } = useI18n();
  const sectors = useFilters((f) => f.sectors);
  const chapters = useFilters((f) => f.chapters);
  const catalog = useQuery(sectorsQuery());
  return useMemo(() => {
    const items = goodsItems({ sectors, chapters }, catalog.data, language);
    const everything =
      items.length === 0 ||
      (catalog.data !== undefined &&
        sectors.length === catalog.data.sectors.length);
    return { items, label: everything ? null : goodsLabel(items) };
  }, [sectors, chapters, catalog.data, language]);
}
