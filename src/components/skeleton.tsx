import { useI18n } from '@/i18n/i18n';
import './skeleton.css';

/** Placeholder blocks while a panel's first data loads. */
export function Skeleton({
  height = 120,
  lines = 1,
}: {
  height?: number;
  lines?: number;
}) {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div
          key={i}
          className="skeleton-block"
          style={{ height }}
          aria-hidden="true"
        />
      ))}
    </div>
  );
}
