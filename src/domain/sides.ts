import type { KzSide, PairId, RuSide } from '@/api/schemas/common';
import type { RegionsResponse } from '@/api/schemas/regions';

/** The two sides of a view: `KZ-63~RU-ALT` → `{ kz: 'KZ-63', ru: 'RU-ALT' }`. */
export function splitPair(pair: PairId): { kz: KzSide; ru: RuSide } {
  const [kz = 'KZ', ru = 'RU'] = pair.split('~');
  return { kz, ru };
}

/** The view id of two sides, Kazakh side first. */
export function joinPair(kz: KzSide, ru: RuSide): PairId {
  return `${kz}~${ru}`;
}

/** Whether a side is a whole country (`KZ`, `RU`) rather than one region. */
export function isCountry(side: string): boolean {
  return side === 'KZ' || side === 'RU';
}

/**
 * The level of a view: two border regions, a region against the whole other
 * country (either way round), or the two countries.
 */
export type ViewLevel =
  'pair' | 'kz-region-country' | 'country-ru-region' | 'countries';

export function viewLevel(pair: PairId): ViewLevel {
  const { kz, ru } = splitPair(pair);
  if (isCountry(kz)) return isCountry(ru) ? 'countries' : 'country-ru-region';
  return isCountry(ru) ? 'kz-region-country' : 'pair';
}

/**
 * Whether the catalogue offers this view: one of its border pairs, one of
 * its border regions against the whole other country, or the two countries.
 * Two regions that do not border each other are not a view (their cell is
 * part of the matrix, but nobody asked for a pair that is not one).
 */
export function isKnownView(pair: PairId, catalog: RegionsResponse): boolean {
  const { kz, ru } = splitPair(pair);
  if (viewLevel(pair) === 'pair')
    return catalog.pairs.some((p) => p.id === pair);
  const isBorderRegion = (code: string) =>
    catalog.pairs.some((p) => p.kz === code || p.ru === code);
  return (
    (isCountry(kz) || isBorderRegion(kz)) &&
    (isCountry(ru) || isBorderRegion(ru))
  );
}
