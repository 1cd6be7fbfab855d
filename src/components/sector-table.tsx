import { Fragment, useState } from 'react';
import { SortHeader } from './sort-header';
import { SECTOR_IDS, type SectorId } from '@/api/schemas/common';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import './sector-table.css';

type Figures = {
  /** Short label shown in the cell. */
  name: string;
  /** Official title, shown on hover. */
  fullName: string;
  exports: number;
  imports: number;
  turnover: number;
  /** Share of the table's total, 0–1. */
  share: number;
};

export type ChapterRow = Figures & { chapter: string };

export type SectorRow = Figures & {
  sector: SectorId;
  /** The section's chapters, shown under it when given. */
  chapters?: readonly ChapterRow[] | null;
};

type SortKey = 'sector' | 'exports' | 'imports' | 'turnover';
type Props = {
  rows: readonly SectorRow[];
  /** Which flow columns to show; a direction filter hides the other one. */
  flows: readonly ('export' | 'import')[];
  caption: string;
};

const SECTION_ORDER = (id: SectorId) => SECTOR_IDS.indexOf(id);

/**
 * HS sections × flows with a totals row, sortable by any column; a section
 * that carries its chapters lists them under it, sorted the same way. Values
 * show compact with the exact dollars in a title, so copy-paste keeps
 * precision. The total is the sections' sum (chapters are their parts).
 */
export function SectorTable({ rows, flows, caption }: Props) {
  const { t } = useI18n();
  const format = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'turnover',
    descending: true,
  });
  const sorted = [...rows].sort((a, b) => {
    const diff =
      sort.key === 'sector'
        ? SECTION_ORDER(a.sector) - SECTION_ORDER(b.sector)
        : a[sort.key] - b[sort.key];
    return sort.descending ? -diff : diff;
  });
  const sortChapters = (chapters: readonly ChapterRow[]) =>
    [...chapters].sort((a, b) => {
      const diff =
        sort.key === 'sector'
          ? a.chapter.localeCompare(b.chapter)
          : a[sort.key] - b[sort.key];
      return sort.descending ? -diff : diff;
    });
  const cells = (r: Figures) => (
    <>
      {flows.includes('export') ? (
        <td className="num">{money(r.exports)}</td>
      ) : null}
      {flows.includes('import') ? (
        <td className="num">{money(r.imports)}</td>
      ) : null}
      <td className="num">{money(r.turnover)}</td>
      <td className="num">{format.share(r.share)}</td>
    </>
  );
  const total = rows.reduce(
    (sum, r) => ({
      exports: sum.exports + r.exports,
      imports: sum.imports + r.imports,
      turnover: sum.turnover + r.turnover,
    }),
    { exports: 0, imports: 0, turnover: 0 },
  );
  const columns: { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'sector', label: t('sectors.table.sector'), numeric: false },
    ...(flows.includes('export')
      ? [
          {
            key: 'exports' as const,
            label: t('common.flow.export'),
            numeric: true,
          },
        ]
      : []),
    ...(flows.includes('import')
      ? [
          {
            key: 'imports' as const,
            label: t('common.flow.import'),
            numeric: true,
          },
        ]
      : []),
    { key: 'turnover', label: t('kpis.card.turnover'), numeric: true },
  ];
  const money = (value: number) => (
    <span title={format.usdExact(value)}>{format.usdCompact(value)}</span>
  );

  return (
    <div className="table-scroll">
      <table className="data-table sector-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c.key} column={c} sort={sort} onSort={setSort} />
            ))}
            <th scope="col" className="num">
              {t('sectors.table.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <Fragment key={r.sector}>
              <tr className={r.chapters ? 'section-row' : undefined}>
                <th scope="row" title={r.fullName}>
                  <span className="sector-id">{r.sector}</span> {r.name}
                </th>
                {cells(r)}
              </tr>
              {r.chapters
                ? sortChapters(r.chapters).map((c) => (
                    <tr key={c.chapter} className="chapter-row">
                      <th scope="row" title={c.fullName}>
                        <span className="sector-id">{c.chapter}</span> {c.name}
                      </th>
                      {cells(c)}
                    </tr>
                  ))
                : null}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('sectors.table.total')}</th>
            {flows.includes('export') ? (
              <td className="num">{money(total.exports)}</td>
            ) : null}
            {flows.includes('import') ? (
              <td className="num">{money(total.imports)}</td>
            ) : null}
            <td className="num" data-total="turnover">
              {money(total.turnover)}
            </td>
            <td className="num">
              {format.share(total.turnover === 0 ? 0 : 1)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
