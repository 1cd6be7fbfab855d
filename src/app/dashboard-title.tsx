import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { splitPair } from '@/domain/sides';
import { useFilters } from '@/state/filters';
import { useGoods } from '@/view-model/use-goods';
import { useRegionName } from '@/view-model/use-region-name';
import './dashboard-title.css';

/**
 * "East Kazakhstan Region ↔ Altai Krai", "Jan – Aug 2023" and, when the
 * sector filter chooses some goods, which ones, in the active language.
 */
export function DashboardTitle() {
  const { t } = useI18n();
  const format = useFormat();
  const pair = useFilters((f) => f.pair);
  const view = useFilters((f) => f.view);
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const name = useRegionName();
  const goods = useGoods();
  const { kz, ru } = splitPair(pair);
  return (
    <div className="dashboard-title">
      <h1>
        {view === 'overview'
          ? t('overview.title')
          : t('app.title', { kz: name(kz), ru: name(ru) })}
      </h1>
      <p className="dashboard-period">{format.monthRange(from, to)}</p>
      {goods.label === null ? null : (
        <p className="dashboard-goods">
          {t('app.goods', { names: goods.label })}
        </p>
      )}
    </div>
  );
}
