import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries/meta';
import { regionsQuery } from '@/api/queries/regions';
import { sectorsQuery } from '@/api/queries/sectors';
import { useI18n } from '@/i18n/i18n';
import './notice-bar.css';

/**
 * Says which reference data failed to load and offers one Retry for all of
 * it. The page stays up without it: names show as codes, the period control
 * offers the default range, and the figures load on their own.
 */
export function CatalogNotice() {
  const { t } = useI18n();
  const parts = [
    { query: useQuery(regionsQuery()), name: t('catalog.part.regions') },
    { query: useQuery(sectorsQuery()), name: t('catalog.part.sectors') },
    { query: useQuery(metaQuery()), name: t('catalog.part.meta') },
  ];
  const failed = parts.filter((part) => part.query.isError);
  if (failed.length === 0) return null;
  const retrying = failed.some((part) => part.query.isFetching);
  return (
    <div className="notice" role="alert">
      <p>
        {t('catalog.failed', {
          parts: failed.map((part) => part.name).join(', '),
        })}
      </p>
      <button
        type="button"
        className="button"
        disabled={retrying}
        onClick={() => {
          for (const part of failed) void part.query.refetch();
        }}
      >
        {retrying ? t('common.retrying') : t('common.retry')}
      </button>
    </div>
  );
}
