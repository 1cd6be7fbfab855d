import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { metaQuery } from '@/api/queries/meta';
import { errorMessageKey } from '@/components/error-message';
import { ModalDialog } from '@/components/modal-dialog';
import { regionsQuery } from '@/api/queries/regions';
import type { ReadOptions } from '@/import/types';
import { useI18n } from '@/i18n/i18n';
import { CheckReportView } from './check-report';
import { MappingForm } from './mapping-form';
import { rememberedMappings, rememberMapping } from './remembered-mappings';
import { TEMPLATE_CSV } from './template';
import { useImportWorker } from './use-import-worker';
import { useProblemText } from './use-problem-text';
import type { CommitResult } from './protocol';
import { useShowImport } from './use-show-import';
import './import-dialog.css';

type Props = { open: boolean; onClose: () => void };

/**
 * "Import data": choose a file, see how it was read and map its columns,
 * check it, confirm. The dashboard on screen is untouched until the import
 * is confirmed and stored; Cancel or a failure changes nothing.
 */
export function ImportDialog({ open, onClose }: Props) {
  const { t } = useI18n();
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title={t('import.title')}
      className="import-dialog"
    >
      <ImportFlow onDone={onClose} />
    </ModalDialog>
  );
}

function ImportFlow({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const regions = useQuery(regionsQuery());
  const meta = useQuery(metaQuery());
  const problemText = useProblemText();
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ReadOptions>({});
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  // Stored: the backend serves the new data, then the view moves to it.
  // Values an added file shared with the data loaded are said, not lost.
  const shown = useShowImport(
    useCallback(
      (result: CommitResult) => {
        if (result.duplicates.length === 0) onDone();
      },
      [onDone],
    ),
  );
  const importer = useImportWorker(shown.show);
  const { state } = importer;

  const read = async (chosen: File, readOptions: ReadOptions) => {
    if (!regions.data) return;
    setFile(chosen);
    setOptions(readOptions);
    importer.read(
      await chosen.arrayBuffer(),
      readOptions,
      regions.data,
      rememberedMappings(),
    );
  };

  const userLoaded = meta.data?.status === 'user';

  return (
    <div className="import-body">
      <p>{t('import.lead')}</p>
      {state.step === 'choose' || state.step === 'failed' ? (
        <>
          <p className="import-accepted">{t('import.accepted')}</p>
          <p>
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE_CSV)}`}
              download="border-trade-template.csv"
            >
              {t('import.template')}
            </a>
          </p>
          <div
            className={`drop-zone ${dragging ? 'drop-zone-active' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => {
              setDragging(false);
            }}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              const dropped = e.dataTransfer.files[0];
              if (dropped) void read(dropped, {});
            }}
          >
            <label htmlFor={inputId}>{t('import.file')}</label>
            <input
              id={inputId}
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,.xls,text/csv,text/plain"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void read(chosen, {});
              }}
            />
            <p className="filter-hint">{t('import.drop')}</p>
          </div>
          {state.step === 'failed' ? (
            <p className="import-failed" role="alert">
              {state.response.problem
                ? problemText(state.response.problem)
                : t('import.failed', { message: state.response.message })}
            </p>
          ) : null}
        </>
      ) : null}

      {state.step === 'busy' ? (
        <div className="import-progress" role="status">
          <p>
            {state.stage === 'read'
              ? t('import.reading')
              : state.stage === 'check'
                ? t('import.checking', { done: state.done, total: state.total })
                : t('import.saving')}
          </p>
          <progress
            max={state.total || 1}
            value={state.total ? state.done : undefined}
            aria-label={t('import.report')}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={importer.cancel}
          >
            {t('import.cancel')}
          </button>
        </div>
      ) : null}

      {state.step === 'done' ? (
        <div className="import-done" role="status">
          <p>
            {t('import.done', {
              file: state.result.file.name,
              count: state.result.file.records,
            })}
          </p>
          {state.result.duplicates.length > 0 ? (
            <>
              <p>
                {t('import.duplicates', {
                  count: state.result.duplicates.length,
                })}
              </p>
              <ol className="import-problems">
                {state.result.duplicates.slice(0, 100).map((problem, i) => (
                  <li key={i}>{problemText(problem)}</li>
                ))}
              </ol>
            </>
          ) : null}
          {shown.error ? (
            <div className="import-failed" role="alert">
              <p>
                {t('import.not-shown')} {t(errorMessageKey(shown.error))}
              </p>
              <button
                type="button"
                className="button"
                disabled={shown.pending}
                onClick={() => {
                  shown.show(state.result);
                }}
              >
                {shown.pending ? t('common.retrying') : t('common.retry')}
              </button>
            </div>
          ) : null}
          <button type="button" className="button" onClick={onDone}>
            {t('common.close')}
          </button>
        </div>
      ) : null}

      {state.step === 'mapped' && file ? (
        <>
          <MappingForm
            summary={state.summary}
            mapping={state.summary.mapping}
            options={options}
            onMapping={importer.edit}
            onHeaderRow={importer.header}
            onReread={(next) => {
              void read(file, next);
            }}
          />
          <div className="import-actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                importer.check(state.summary.mapping);
              }}
            >
              {t('import.check')}
            </button>
          </div>
          {state.report ? (
            <>
              <CheckReportView report={state.report} />
              {userLoaded ? (
                <fieldset className="import-mode">
                  <legend>{t('import.mode')}</legend>
                  {(['replace', 'add'] as const).map((value) => (
                    <label key={value} className="checkbox">
                      <input
                        type="radio"
                        name="import-mode"
                        checked={mode === value}
                        onChange={() => {
                          setMode(value);
                        }}
                      />
                      {value === 'replace'
                        ? t('import.mode-replace')
                        : t('import.mode-add')}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <div className="import-actions">
                <button
                  type="button"
                  className="button"
                  disabled={state.report.validRows === 0}
                  onClick={() => {
                    rememberMapping(
                      state.summary.signature,
                      state.summary.mapping,
                    );
                    importer.commit(userLoaded ? mode : 'replace', file.name);
                  }}
                >
                  {state.report.invalidRows === 0 &&
                  state.report.problemCount === 0
                    ? t('import.confirm', { count: state.report.validRows })
                    : t('import.confirm-valid', {
                        count: state.report.validRows,
                      })}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    importer.cancel();
                    onDone();
                  }}
                >
                  {t('import.cancel')}
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
