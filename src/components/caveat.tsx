import { useI18n } from '@/i18n/i18n';

/** A known caveat, shown next to the item it qualifies. */
export function Caveat({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <p className="caveat">
      <span className="caveat-label">{t('common.caveat')}</span> {text}
    </p>
  );
}
