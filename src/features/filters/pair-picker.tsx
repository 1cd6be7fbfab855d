import { useId } from 'react';
import type { RegionsResponse } from '@/api/schemas/regions';
import { isCountry, joinPair, splitPair } from '@/domain/sides';
import { useI18n } from '@/i18n/i18n';
import { useFilterActions, useFilters } from '@/state/filters';

/**
 * The two sides of the view: a Kazakh border region or all of Kazakhstan,
 * then one of that region's Russian neighbours, a Russian border region (for
 * all of Kazakhstan), or all of Russia.
 */
export function PairPicker({ catalog }: { catalog: RegionsResponse }) {
  const { t, language, locale } = useI18n();
  const pair = useFilters((f) => f.pair);
  const { setPair } = useFilterActions();
  const kzId = useId();
  const ruId = useId();
  const { kz, ru } = splitPair(pair);
  const nameOf = (code: string) =>
    catalog.regions.find((r) => r.code === code)?.name[language] ?? code;
  const byName = (a: string, b: string) =>
    nameOf(a).localeCompare(nameOf(b), locale);
  /** Russian sides offered with a Kazakh side, whole country last. */
  const ruOptions = (kzSide: string) =>
    isCountry(kzSide)
      ? [...new Set(catalog.pairs.map((p) => p.ru))].sort(byName)
      : catalog.pairs
          .filter((p) => p.kz === kzSide)
          .map((p) => p.ru)
          .sort(byName);
  const kzCodes = [...new Set(catalog.pairs.map((p) => p.kz))].sort(byName);
  const label = (code: string) =>
    code === 'KZ'
      ? t('filters.pair.all-kazakhstan')
      : code === 'RU'
        ? t('filters.pair.all-russia')
        : nameOf(code);
  return (
    <fieldset className="filter-group filter-pair">
      <legend>{t('filters.pair.label')}</legend>
      <div className="pair-selects">
        <label htmlFor={kzId}>{t('filters.pair.kz')}</label>
        <select
          id={kzId}
          value={kz}
          onChange={(e) => {
            const nextKz = e.target.value;
            const options = [...ruOptions(nextKz), 'RU'];
            // Keep the Russian side when it still fits, else the first neighbour.
            const nextRu = options.includes(ru) ? ru : (options[0] ?? 'RU');
            setPair(joinPair(nextKz, nextRu));
          }}
        >
          {kzCodes.map((code) => (
            <option key={code} value={code}>
              {label(code)}
            </option>
          ))}
          <option value="KZ">{label('KZ')}</option>
        </select>
        <label htmlFor={ruId}>{t('filters.pair.ru')}</label>
        <select
          id={ruId}
          value={ru}
          onChange={(e) => {
            setPair(joinPair(kz, e.target.value));
          }}
        >
          {ruOptions(kz).map((code) => (
            <option key={code} value={code}>
              {label(code)}
            </option>
          ))}
          <option value="RU">{label('RU')}</option>
        </select>
      </div>
    </fieldset>
  );
}
