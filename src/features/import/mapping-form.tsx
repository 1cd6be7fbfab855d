import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { regionsQuery } from '@/api/queries/regions';
import type {
  ColumnRole,
  Delimiter,
  Mapping,
  RawCell,
  ReadOptions,
  TextEncoding,
} from '@/import/types';
import { COLUMN_ROLES, UNITS } from '@/import/types';
import { useI18n } from '@/i18n/i18n';
import { CONTAINER_KEY, ROLE_KEY, UNIT_KEY } from '@/view-model/import-labels';
import type { ReadSummary } from './protocol';

const ENCODINGS: readonly TextEncoding[] = [
  'utf-8',
  'windows-1251',
  'utf-16le',
  'utf-16be',
];
const DELIMITERS = [
  [';', 'import.delimiter-semicolon'],
  ['\t', 'import.delimiter-tab'],
  [',', 'import.delimiter-comma'],
  ['|', 'import.delimiter-pipe'],
] as const satisfies readonly (readonly [Delimiter, string])[];
/** A column's letter, as spreadsheets name them: A … Z, AA … */
function letter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cellText(cell: RawCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** How many rows of the file the preview shows below the header. */
const PREVIEW_ROWS = 8;

/**
 * How the file was read (each choice can be changed, which reads it again)
 * and what each column holds, with the whole-file values the columns do not
 * give. Every control has a visible label.
 */
export function MappingForm({
  summary,
  mapping,
  options,
  onMapping,
  onReread,
  onHeaderRow,
}: {
  summary: ReadSummary;
  mapping: Mapping;
  options: ReadOptions;
  onMapping: (mapping: Mapping) => void;
  onReread: (options: ReadOptions) => void;
  /** Another header row: the columns are detected again from it. */
  onHeaderRow: (row: number) => void;
}) {
  const { t, language } = useI18n();
  const regions = useQuery(regionsQuery());
  const id = useId();
  const header = summary.head[mapping.headerRow] ?? [];
  const columns = Array.from({ length: summary.columnCount }, (_, i) => i);
  const label = (i: number) => cellText(header[i]).trim() || letter(i);
  const has = (role: ColumnRole) => mapping.roles.includes(role);
  const sides = (country: 'KZ' | 'RU') =>
    (regions.data?.regions ?? []).filter(
      (r) => r.country === country && r.kind !== 'rest',
    );
  const set = (patch: Partial<Mapping>) => {
    onMapping({ ...mapping, ...patch });
  };

  return (
    <div className="import-mapping">
      <dl className="import-read">
        <dt>{t('import.read-as')}</dt>
        <dd>{t(CONTAINER_KEY[summary.container])}</dd>
      </dl>
      <div className="import-controls">
        {summary.container === 'text' ? (
          <>
            <label htmlFor={`${id}-encoding`}>
              {t('import.encoding')}
              {options.encoding === undefined
                ? ` (${t('import.encoding-detected')})`
                : ''}
            </label>
            <select
              id={`${id}-encoding`}
              value={summary.encoding ?? 'utf-8'}
              onChange={(e) => {
                onReread({
                  ...options,
                  encoding: e.target.value as TextEncoding,
                });
              }}
            >
              {ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encoding.toUpperCase()}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-delimiter`}>{t('import.delimiter')}</label>
            <select
              id={`${id}-delimiter`}
              value={summary.delimiter ?? ';'}
              onChange={(e) => {
                onReread({
                  ...options,
                  delimiter: e.target.value as Delimiter,
                });
              }}
            >
              {DELIMITERS.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </>
        ) : summary.sheets.length > 1 ? (
          <>
            <label htmlFor={`${id}-sheet`}>{t('import.sheet')}</label>
            <select
              id={`${id}-sheet`}
              value={summary.sheet ?? ''}
              onChange={(e) => {
                onReread({ ...options, sheet: e.target.value });
              }}
            >
              {summary.sheets.map((sheet) => (
                <option key={sheet}>{sheet}</option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor={`${id}-header`}>{t('import.header-row')}</label>
        <input
          id={`${id}-header`}
          type="number"
          min={1}
          max={summary.head.length}
          value={mapping.headerRow + 1}
          onChange={(e) => {
            const row = Number(e.target.value) - 1;
            if (Number.isInteger(row) && row >= 0 && row < summary.head.length)
              onHeaderRow(row);
          }}
        />
        <label htmlFor={`${id}-layout`}>{t('import.layout')}</label>
        <select
          id={`${id}-layout`}
          value={mapping.layout}
          onChange={(e) => {
            set({ layout: e.target.value as Mapping['layout'] });
          }}
        >
          <option value="long">{t('import.layout-long')}</option>
          <option value="wide">{t('import.layout-wide')}</option>
        </select>
      </div>

      {summary.warnings.map((warning) => (
        <p key={warning.code} className="import-warning" role="alert">
          {t('import.letters-lost', {
            rows: warning.rows.slice(0, 10).join(', '),
          })}
        </p>
      ))}

      <div className="table-scroll">
        <table className="data-table import-preview">
          <caption>{t('import.preview')}</caption>
          <thead>
            <tr>
              {columns.map((i) => (
                <th key={i} scope="col">
                  <label className="import-role">
                    <span>{label(i)}</span>
                    <select
                      aria-label={t('import.role-of', { column: label(i) })}
                      value={mapping.roles[i] ?? 'ignore'}
                      onChange={(e) => {
                        const roles = columns.map(
                          (c) => mapping.roles[c] ?? 'ignore',
                        );
                        roles[i] = e.target.value as ColumnRole;
                        set({ roles });
                      }}
                    >
                      {COLUMN_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(ROLE_KEY[role])}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.head
              .slice(
                mapping.headerRow + 1,
                mapping.headerRow + 1 + PREVIEW_ROWS,
              )
              .map((row, r) => (
                <tr key={r}>
                  {columns.map((i) => (
                    <td key={i}>{cellText(row[i])}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      {!has('kz') || !has('ru') || !has('flow') || !has('unit') ? (
        <fieldset className="import-fixed">
          <legend>{t('import.whole-file')}</legend>
          {!has('kz') ? (
            <FixedSelect
              label={t('import.kz')}
              value={mapping.kz}
              options={sides('KZ').map(
                (r) => [r.code, r.name[language]] as const,
              )}
              onChange={(kz) => {
                set({ kz });
              }}
            />
          ) : null}
          {!has('ru') ? (
            <FixedSelect
              label={t('import.ru')}
              value={mapping.ru}
              options={sides('RU').map(
                (r) => [r.code, r.name[language]] as const,
              )}
              onChange={(ru) => {
                set({ ru });
              }}
            />
          ) : null}
          {!has('flow') ? (
            <FixedSelect
              label={t('import.flow')}
              value={mapping.flow}
              options={[
                ['export', t('common.flow.export')],
                ['import', t('common.flow.import')],
              ]}
              onChange={(flow) => {
                set({ flow: flow as Mapping['flow'] });
              }}
            />
          ) : null}
          {!has('unit') ? (
            <FixedSelect
              label={t('import.unit')}
              value={mapping.unit}
              options={UNITS.map((unit) => [unit, t(UNIT_KEY[unit])] as const)}
              onChange={(unit) => {
                set({ unit: unit as Mapping['unit'] });
              }}
            />
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

/** One whole-file value: a labelled select with an empty "Choose…" first. */
function FixedSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null;
  options: readonly (readonly [string, string])[];
  onChange: (value: string | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="import-fixed-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value === '' ? null : e.target.value);
        }}
      >
        <option value="">{t('import.choose')}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
