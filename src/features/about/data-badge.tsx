import { useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { STATUS_KEY } from '@/view-model/use-export-context';
import { AboutDialog } from './about-dialog';
import { useDatasetMeta } from './use-meta';
import './data-badge.css';

/** The visible data-status badge; it opens "About the data". */
export function DataBadge() {
  const { t } = useI18n();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const meta = useDatasetMeta();
  // An import names its (last) file and when it came in.
  const file = meta.data?.imported.at(-1);
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
        {status === 'user' && file ? (
          <span className="badge-file">
            {' · '}
            {t('import.badge-file', {
              name: file.name,
              date: format.moment(file.importedAt),
            })}
          </span>
        ) : null}
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
