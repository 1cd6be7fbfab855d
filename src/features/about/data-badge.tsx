import { useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import { STATUS_KEY } from '@/view-model/use-export-context';
import { AboutDialog } from './about-dialog';
import { useDatasetMeta } from './use-meta';
import './data-badge.css';

/** The visible data-status badge; it opens "About the data". */
export function DataBadge() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const meta = useDatasetMeta();
  // Until the metadata says otherwise, the demo data is treated as illustrative.
  const status = meta.data?.status ?? 'illustrative';
  return (
    <>
      <button
        type="button"
        className={`badge ${status === 'illustrative' ? 'badge-illustrative' : 'badge-official'}`}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t(STATUS_KEY[status])}
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
