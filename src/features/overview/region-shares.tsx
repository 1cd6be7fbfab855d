import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import type { BorderModel } from './use-border';

/**
 * Each Kazakh border region's trade with all of Russia and the part its
 * border pairs carry, then Kazakhstan ↔ Russia with the border's share.
 */
export function RegionShares({ model }: { model: BorderModel }) {
  const { t } = useI18n();
  const format = useFormat();
  const money = (value: number) => (
    <data value={value} title={format.usdExact(value)}>
      {format.usdCompact(value)}
    </data>
  );
  return (
    <>
      <p className="panel-note">{t('overview.regions.lead')}</p>
      <div className="table-scroll">
        <table className="data-table region-shares">
          <caption className="visually-hidden">
            {t('overview.regions.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.regions.region')}</th>
              <th scope="col" className="num">
                {t('overview.regions.with-russia')}
              </th>
              <th scope="col" className="num">
                {t('overview.regions.through-pairs')}
              </th>
              <th scope="col" className="num">
                {t('overview.regions.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.regions.map((r) => (
              <tr key={r.kz}>
                <th scope="row">{r.name}</th>
                <td className="num">{money(r.withRussia)}</td>
                <td className="num">{money(r.throughPairs)}</td>
                <td className="num">
                  {r.share === null ? '—' : format.share(r.share)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.country.share === null ? null : (
        <p className="overview-country">
          {t('overview.regions.country-share', {
            share: format.share(model.country.share),
            border: format.usdCompact(model.total.turnover),
            total: format.usdCompact(model.country.turnover),
          })}
        </p>
      )}
    </>
  );
}
