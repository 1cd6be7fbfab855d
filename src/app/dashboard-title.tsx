import { useQuery } from '@tanstack/react-query';
import { regionsQuery } from '@/api/queries/regions';
import { useI18n } from '@/i18n/i18n';
import { formatMonthRange } from '@/lib/format';
import { useFilters } from '@/state/filters';

/** "East Kazakhstan Region ↔ Altai Krai · Jan – Aug 2023", in the active language. */
export function DashboardTitle() {
  const { t, language, locale } = useI18n();
  const pair = useFilters((f) => f.pair);
  const from = useFilters((f) => f.from);
  const to = useFilters((f) => f.to);
  const regions = useQuery(regionsQuery());
  const [kz, ru] = pair.split('~');
  const name = (code: string | undefined) =>
    regions.data?.regions.find((r) => r.code === code)?.name[language] ??
    code ??
    '';
  return (
    <div className="dashboard-title">
      <h1>{t('app.title', { kz: name(kz), ru: name(ru) })}</h1>
      <p className="dashboard-period">{formatMonthRange(from, to, locale)}</p>
    </div>
  );
}
