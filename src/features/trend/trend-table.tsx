import type { Flow } from '@/api/schemas/common';
import type { TrendPoint } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';

const PREVIOUS_KEY = {
  export: 'previousExport',
  import: 'previousImport',
} as const;

/** The trend as a table: a row per month, a column per flow (and year before). */
export function TrendTable({
  points,
  flows,
  names,
  previousNames,
  showPrevious,
}: {
  points: readonly TrendPoint[];
  flows: readonly Flow[];
  names: Record<Flow, string>;
  previousNames: Record<Flow, string>;
  showPrevious: boolean;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const cell = (value: number | null) =>
    value === null ? t('common.not-reported') : format.usdCompact(value);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">
          {t('trend.chart.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('common.month')}</th>
            {flows.map((f) => (
              <th key={f} scope="col" className="num">
                {names[f]}
              </th>
            ))}
            {showPrevious
              ? flows.map((f) => (
                  <th key={`p-${f}`} scope="col" className="num">
                    {previousNames[f]}
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{format.month(p.month)}</th>
              {flows.map((f) => (
                <td key={f} className="num">
                  {cell(p[f])}
                </td>
              ))}
              {showPrevious
                ? flows.map((f) => (
                    <td key={`p-${f}`} className="num">
                      {cell(p[PREVIOUS_KEY[f]])}
                    </td>
                  ))
                : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
