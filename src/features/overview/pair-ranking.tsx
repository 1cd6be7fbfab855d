import { useState } from 'react';
import { SortHeader } from '@/components/sort-header';
import { IllustrativeTag } from '@/components/illustrative-tag';
import type { Change } from '@/domain/trade';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { useFilterActions, useFilters } from '@/state/filters';
import { serializeFilters } from '@/state/url-codec';
import type { BorderModel, PairRow } from './use-border';

type SortKey =
  'order' | 'pair' | 'turnover' | 'exports' | 'imports' | 'change' | 'share';

/** Rows in a column's order; rows without a change sort last either way. */
function sortRows(
  rows: readonly PairRow[],
  key: SortKey,
  descending: boolean,
): PairRow[] {
  const value = (r: PairRow): number | string | null => {
    switch (key) {
      case 'order':
        return rows.indexOf(r);
      case 'pair':
        return `${r.kzName} ${r.ruName}`;
      case 'change':
        return r.change?.relative ?? null;
      default:
        return r[key];
    }
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const diff =
      typeof x === 'string' && typeof y === 'string'
        ? x.localeCompare(y)
        : Number(x) - Number(y);
    return descending ? -diff : diff;
  });
}

/**
 * Every border pair ranked for the filters: names, turnover, exports,
 * imports, change, share of the border and data status; sortable by each
 * column, with a total row. Each pair's name opens its view, filters kept.
 */
export function PairRanking({ model }: { model: BorderModel }) {
  const { t } = useI18n();
  const format = useFormat();
  const filters = useFilters((f) => f);
  const { openPair } = useFilterActions();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'turnover',
    descending: true,
  });
  const rows = sortRows(model.rows, sort.key, sort.descending);
  const money = (value: number, empty = false) =>
    empty ? (
      <span className="muted">{t('overview.strip.no-value')}</span>
    ) : (
      <data value={value} title={format.usdExact(value)}>
        {format.usdCompact(value)}
      </data>
    );
  const changeText = (c: Change | null) =>
    c?.relative === null || c === null ? '—' : format.share(c.relative, true);
  const columns: { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'pair', label: t('overview.ranking.pair'), numeric: false },
    { key: 'turnover', label: t('overview.ranking.turnover'), numeric: true },
    { key: 'exports', label: t('overview.ranking.exports'), numeric: true },
    { key: 'imports', label: t('overview.ranking.imports'), numeric: true },
    ...(filters.compare === 'prev'
      ? [
          {
            key: 'change' as const,
            label: t('overview.ranking.change'),
            numeric: true,
          },
        ]
      : []),
    { key: 'share', label: t('overview.ranking.share'), numeric: true },
  ];
  return (
    <div className="table-scroll">
      <table className="data-table pair-ranking">
        <caption className="visually-hidden">
          {t('overview.ranking.title')}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c.key} column={c} sort={sort} onSort={setSort} />
            ))}
            <th scope="col">{t('overview.ranking.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const label = `${r.kzName} ↔ ${r.ruName}`;
            return (
              <tr key={r.pair}>
                <th scope="row">
                  <a
                    href={
                      serializeFilters(
                        { ...filters, pair: r.pair, view: 'pair' },
                        window.location.search,
                      ) || '?'
                    }
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey)
                        return;
                      event.preventDefault();
                      openPair(r.pair);
                    }}
                  >
                    {label}
                  </a>
                </th>
                <td className="num">{money(r.turnover, r.empty)}</td>
                <td className="num">{money(r.exports, r.empty)}</td>
                <td className="num">{money(r.imports, r.empty)}</td>
                {filters.compare === 'prev' ? (
                  <td className="num">{changeText(r.change)}</td>
                ) : null}
                <td className="num">{format.share(r.share)}</td>
                <td>
                  {r.status === 'illustrative' ? (
                    <IllustrativeTag />
                  ) : r.status === 'reported' ? (
                    <span className="tag tag-ok">{t('common.reported')}</span>
                  ) : (
                    <span className="tag">{t('about.badge.user')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('overview.ranking.total')}</th>
            <td className="num" data-total="turnover">
              {money(model.total.turnover)}
            </td>
            <td className="num">{money(model.total.exports)}</td>
            <td className="num">{money(model.total.imports)}</td>
            {filters.compare === 'prev' ? (
              <td className="num">{changeText(model.total.change)}</td>
            ) : null}
            <td className="num">
              {format.share(model.total.turnover === 0 ? 0 : 1)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
