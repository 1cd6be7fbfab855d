import { useI18n } from '@/i18n/i18n';

/**
 * Marks figures built from synthetic records, next to the figures themselves,
 * so a screenshot of one panel still says what it shows.
 */
export function IllustrativeTag() {
  const { t } = useI18n();
  return (
    <span className="tag tag-warn illustrative-tag">
      {t('about.badge.illustrative')}
    </span>
  );
}
