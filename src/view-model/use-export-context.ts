import { useIsFetching, useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import { sectorsQuery } from '@/api/queries/sectors';
import { tradeKeys } from '@/api/queries/trade';
import { previousYearRange } from '@/domain/months';
import { claimableFigures, reportedFiguresFor } from '@/domain/provenance';
import { splitPair } from '@/domain/sides';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import type { ExportContext } from '@/lib/export/export-context';
import { useFilters } from '@/state/filters';
import { useGoods } from './use-goods';
import { useRegionName } from './use-region-name';

/** The data-status label of each dataset status. */
export const STATUS_KEY = {
  illustrative: 'about.badge.illustrative',
  official: 'about.badge.official',
  user: 'about.badge.user',
} as const;

/**
 * What an exported image or file must say about itself, from the current
 * filters, in the current language. Null until regions and sectors are known,
 * so no export goes out with codes where names belong.
 */
export function useExportContext(): ExportContext | null {
  const { t, language } = useI18n();
  const format = useFormat();
  const filters = useFilters((f) => f);
  const regions = useQuery(regionsQuery());
  const name = useRegionName();
  const sectors = useQuery(sectorsQuery());
  const meta = useQuery(metaQuery());
  const goods = useGoods();
  if (!regions.data || !sectors.data) return null;

  const { kz, ru } = splitPair(filters.pair);
  const period = format.monthRange(filters.from, filters.to);
  const goodsText = goods.label ?? t('filters.sectors.all-selected');
  const flow = {
    all: t('filters.flow.all'),
    export: t('filters.flow.export'),
    import: t('filters.flow.import'),
  }[filters.flow];
  const previous = previousYearRange(filters);
  const comparison =
    filters.compare === 'prev'
      ? t('export.context.compare-with', {
          period: format.monthRange(previous.from, previous.to),
        })
      : t('export.context.compare-none');
  // Until the metadata says otherwise, data is treated as illustrative.
  const status = t(STATUS_KEY[meta.data?.status ?? 'illustrative']);
  // The same rule as the KPI cards: cite only what the view reproduces.
  const [figure] =
    filters.view === 'overview'
      ? []
      : reportedFiguresFor(claimableFigures(meta.data), filters);
  const source = figure
    ? t('export.context.source-reported', {
        source: figure.publisher[language],
        url: figure.sourceUrl,
      })
    : t('export.context.source-synthetic');

  // The border overview has no pair of its own: the whole border is its title.
  const overview = filters.view === 'overview';
  return {
    // A report of some goods says which in its title, not only in the lines.
    title: [
      overview
        ? `${t('overview.title')}, ${period}`
        : t('export.context.title', { kz: name(kz), ru: name(ru), period }),
      ...(goods.label === null ? [] : [goods.label]),
    ].join(' · '),
    filterLines: [
      ...(overview
        ? []
        : [`${t('filters.pair.label')}: ${name(kz)} ↔ ${name(ru)}`]),
      `${t('filters.period.label')}: ${period}`,
      `${t('filters.sectors.label')}: ${goodsText}`,
      `${t('filters.flow.label')}: ${flow}`,
      comparison,
    ],
    status,
    source,
    exportedOn: t('export.context.exported-on', {
      date: format.day(new Date().toISOString().slice(0, 10)),
    }),
    fileStem: (overview
      ? ['border', filters.from, filters.to]
      : [kz, ru, filters.from, filters.to]
    ).join('_'),
  };
}

/**
 * Why an export must wait, or null: while trade figures are loading an image
 * would show old or missing numbers under new filter labels.
 */
export function useExportBlocker(): string | null {
  const { t } = useI18n();
  const loading = useIsFetching({ queryKey: tradeKeys.all }) > 0;
  return loading ? t('export.status.wait-data') : null;
}
