import { useI18n } from '@/i18n/i18n';
import { formatMonthRange } from '@/lib/format';
import { splitPair } from '@/domain/sides';
import { useFilters } from '@/state/filters';
import { useRegionName } from '@/state/use-region-name';
import './dashboard-title.css';

/** "East Kazakhstan Region ↔ Altai Krai · Jan – Aug 2023", in the active language. */
export function DashboardTitle() {
  const { t, locale } = useI18n();
  const pair = useFilters((f) => f.pair);
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const name = useRegionName();
  const { kz, ru } = splitPair(pair);
  return (
    <div className="dashboard-title">
      <h1>{t('app.title', { kz: name(kz), ru: name(ru) })}</h1>
      <p className="dashboard-period">{formatMonthRange(from, to, locale)}</p>
    </div>
  );
}
