import { useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import { AboutDialog } from './about-dialog';
import { useDatasetMeta } from './use-meta';

/** The visible data-status badge; it opens "About the data". */
export function DataBadge() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const meta = useDatasetMeta();
  // Until the metadata says otherwise, the demo data is treated as illustrative.
  const official = meta.data?.status === 'official';
  return (
    <>
      <button
        type="button"
        className={`badge ${official ? 'badge-official' : 'badge-illustrative'}`}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {official ? t('about.badge.official') : t('about.badge.illustrative')}
      </button>
      <AboutDialog
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
