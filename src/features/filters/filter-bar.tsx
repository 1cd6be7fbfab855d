import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { CompareControl, FlowControl } from './flow-control';
import { PairPicker } from './pair-picker';
import { PeriodControl } from './period-control';
import { SectorPicker } from './sector-picker';
import { useFilterCatalog } from './use-catalog';

/** Every filter of the view; each control changes the store, which drives the URL. */
export function FilterBar() {
  const { t } = useI18n();
  const { regions, sectors, meta } = useFilterCatalog();
  const coverage = meta.data?.coverage ?? { from: '2021-01', to: '2024-12' };
  return (
    <section className="filter-bar" aria-label={t('filters.panel.title')}>
      <h2 className="visually-hidden">{t('filters.panel.title')}</h2>
      {regions.data ? (
        <PairPicker catalog={regions.data} />
      ) : (
        <Skeleton height={56} />
      )}
      <PeriodControl coverage={coverage} />
      {sectors.data ? (
        <SectorPicker sectors={sectors.data.sectors} />
      ) : (
        <Skeleton height={56} />
      )}
      <FlowControl />
      <CompareControl />
      {regions.isError || sectors.isError ? (
        <p className="filter-hint" role="alert">
          {t('filters.panel.catalog-error')}{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              void regions.refetch();
              void sectors.refetch();
            }}
          >
            {t('common.retry')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
