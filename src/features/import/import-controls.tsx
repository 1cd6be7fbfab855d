import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { metaQuery } from '@/api/queries/meta';
import { userDataMutations } from '@/api/queries/user-data';
import { errorMessageKey } from '@/components/error-message';
import { useI18n } from '@/i18n/i18n';
import { readEnv } from '@/lib/env';
import { DEFAULT_FILTERS, useFilterActions } from '@/state/filters';
import './import-controls.css';

/** The dialog, its worker and SheetJS load only when someone imports. */
const ImportDialog = lazy(() =>
  import('./import-dialog').then((module) => ({
    default: module.ImportDialog,
  })),
);

/**
 * "Import data" and, while an import is on screen, "Reset to demo data".
 * Only the embedded demo backend keeps a browser's import; a real backend's
 * data changes on the server, so there the buttons are not offered.
 */
export function ImportControls() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [announce, setAnnounce] = useState('');
  const meta = useQuery(metaQuery());
  const queryClient = useQueryClient();
  const { replaceFilters } = useFilterActions();
  const reset = useMutation({
    ...userDataMutations.reset(),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      replaceFilters(DEFAULT_FILTERS, { history: 'push' });
      setAnnounce(t('import.reset-done'));
    },
  });
  if (!readEnv().demo) return null;
  return (
    <div className="import-controls-bar">
      <button
        type="button"
        className="button button-quiet"
        aria-haspopup="dialog"
        onClick={() => {
          setAnnounce('');
          setOpen(true);
        }}
      >
        {t('import.button')}
      </button>
      {meta.data?.status === 'user' ? (
        <button
          type="button"
          className="button button-quiet"
          disabled={reset.isPending}
          onClick={() => {
            reset.mutate();
          }}
        >
          {t('import.reset')}
        </button>
      ) : null}
      {reset.isError ? (
        <p className="import-reset-failed" role="alert">
          {t('import.reset-failed')} {t(errorMessageKey(reset.error))}
        </p>
      ) : null}
      <span className="visually-hidden" role="status">
        {announce}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog
            open={open}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
