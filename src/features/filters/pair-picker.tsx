import { useId } from 'react';
import type { RegionsResponse } from '@/api/schemas/regions';
import { useI18n } from '@/i18n/i18n';
import { useFilterActions, useFilters } from '@/state/filters';

/** Kazakh border region first, then one of its Russian neighbours. */
export function PairPicker({ catalog }: { catalog: RegionsResponse }) {
  const { t, language, locale } = useI18n();
  const pair = useFilters((f) => f.pair);
  const { setPair } = useFilterActions();
  const kzId = useId();
  const ruId = useId();
  const [kz, ru] = pair.split('~');
  const nameOf = (code: string) =>
    catalog.regions.find((r) => r.code === code)?.name[language] ?? code;
  const byName = (a: string, b: string) =>
    nameOf(a).localeCompare(nameOf(b), locale);
  const kzCodes = [...new Set(catalog.pairs.map((p) => p.kz))].sort(byName);
  const neighbours = catalog.pairs
    .filter((p) => p.kz === kz)
    .map((p) => p.ru)
    .sort(byName);

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
            const options = catalog.pairs
              .filter((p) => p.kz === nextKz)
              .map((p) => p.ru);
            const nextRu =
              ru && options.includes(ru) ? ru : options.sort(byName)[0];
            if (nextRu) setPair(`${nextKz}~${nextRu}`);
          }}
        >
          {kzCodes.map((code) => (
            <option key={code} value={code}>
              {nameOf(code)}
            </option>
          ))}
        </select>
        <label htmlFor={ruId}>{t('filters.pair.ru')}</label>
        <select
          id={ruId}
          value={ru}
          onChange={(e) => {
            setPair(`${kz ?? ''}~${e.target.value}`);
          }}
        >
          {neighbours.map((code) => (
            <option key={code} value={code}>
              {nameOf(code)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
