import type { RawCell } from '@/import/types';
import type { ImportCatalog } from './catalog';
import { normalizeWords } from './text';

export type Country = 'KZ' | 'RU';

/** Words that say what kind of region a name is, not which. */
const KIND_WORDS = new Set([
  'обл',
  'область',
  'области',
  'областью',
  'облысы',
  'облысының',
  'облысына',
  'облысынан',
  'oblast',
  'region',
  'province',
  'край',
  'края',
  'крае',
  'краю',
  'krai',
  'kray',
  'territory',
  'өлкесі',
  'өлкесінің',
  'республика',
  'республики',
  'республике',
  'республикасы',
  'республикасының',
  'republic',
  'respublikasy',
  'of',
  'the',
]);

/** Russian adjective endings, longest first: `Омской`, `Омская` and `Омскую` are one name. */
const ENDINGS = [
  'ого',
  'его',
  'ому',
  'ему',
  'ая',
  'яя',
  'ой',
  'ей',
  'ую',
  'юю',
  'ий',
  'ый',
  'ым',
  'им',
  'ом',
  'ые',
  'ие',
  'ых',
  'их',
  'ое',
];

function stem(word: string): string {
  if (word.length <= 5) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** A region name reduced to the words that tell regions apart. */
function nameKey(text: string): { full: string; bare: string } {
  const normal = normalizeWords(text);
  if (normal === '') return { full: '', bare: '' };
  const all = normal.split(' ').map(stem);
  const bare = all.filter((w) => !KIND_WORDS.has(w));
  return { full: all.join(' '), bare: bare.join(' ') };
}

/** The whole country, as files name it; checked after the catalogue's own names. */
const COUNTRY_NAMES: Readonly<Record<Country, readonly string[]>> = {
  KZ: [
    'Казахстан',
    'Казахстана',
    'Казахстане',
    'Казахстаном',
    'Республика Казахстан',
    'Республики Казахстан',
    'РК',
    'Kazakhstan',
    'Republic of Kazakhstan',
    'KZ',
    'KAZ',
    'Қазақстан',
    'Қазақстан Республикасы',
    'Қазақстанның',
    'Қазақстаннан',
  ],
  RU: [
    'Россия',
    'России',
    'Россию',
    'Россией',
    'Российская Федерация',
    'Российской Федерации',
    'Российскую Федерацию',
    'Российской Федерацией',
    'Ресеймен',
    'Ресейге',
    'Ресейден',
    'РФ',
    'Russia',
    'Russian Federation',
    'RU',
    'RUS',
    'Ресей',
    'Ресей Федерациясы',
  ],
};

/**
 * Abbreviations of Kazakh regions, resolved through the catalogue by the
 * name they stand for (so no code is written here).
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  вко: 'Восточно-Казахстанская область',
  зко: 'Западно-Казахстанская область',
  ско: 'Северо-Казахстанская область',
};

type SideIndex = { byKey: Map<string, string | null>; codes: Set<string> };
type CatalogIndex = Record<Country, SideIndex>;

const indexes = new WeakMap<ImportCatalog['regions'], CatalogIndex>();

function add(index: SideIndex, key: string, code: string): void {
  if (key === '') return;
  const known = index.byKey.get(key);
  // A key two regions share (`Altai` of Altai Krai and Altai Republic) names neither.
  if (known === undefined) index.byKey.set(key, code);
  else if (known !== code) index.byKey.set(key, null);
}

function buildIndex(catalog: ImportCatalog): CatalogIndex {
  const result: CatalogIndex = {
    KZ: { byKey: new Map(), codes: new Set() },
    RU: { byKey: new Map(), codes: new Set() },
  };
  const fullKeys: [SideIndex, string, string][] = [];
  const bareKeys: [SideIndex, string, string][] = [];
  for (const region of catalog.regions) {
    const index = result[region.country];
    const code =
      region.kind === 'country' ? `${region.country}-OTHER` : region.code;
    index.codes.add(region.code);
    for (const name of [region.name.en, region.name.ru, region.name.kk]) {
      const key = nameKey(name);
      fullKeys.push([index, key.full, code]);
      bareKeys.push([index, key.bare, code]);
    }
  }
  for (const country of ['KZ', 'RU'] as const) {
    for (const name of COUNTRY_NAMES[country]) {
      const key = nameKey(name);
      fullKeys.push([result[country], key.full, `${country}-OTHER`]);
      bareKeys.push([result[country], key.bare, `${country}-OTHER`]);
    }
  }
  // Full names win over bare ones: «Республика Алтай» is RU-AL even though
  // «Алтай» alone (Altai Krai or Altai Republic) is ambiguous.
  for (const [index, key, code] of fullKeys) add(index, key, code);
  const fullOnly = {
    KZ: new Set(result.KZ.byKey.keys()),
    RU: new Set(result.RU.byKey.keys()),
  };
  for (const [index, key, code] of bareKeys) {
    const country: Country = index === result.KZ ? 'KZ' : 'RU';
    if (!fullOnly[country].has(key)) add(index, key, code);
  }
  for (const [abbreviation, name] of Object.entries(ABBREVIATIONS)) {
    const code = result.KZ.byKey.get(nameKey(name).full);
    if (code) result.KZ.byKey.set(abbreviation, code);
  }
  return result;
}

function indexFor(catalog: ImportCatalog): CatalogIndex {
  let index = indexes.get(catalog.regions);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog.regions, index);
  }
  return index;
}

const ISO_CODE = /^(KZ|RU)-([A-Z0-9]{2,5})$/;

/**
 * The matrix cell a side's text names, or null when it names none of the
 * country's regions. Accepts ISO codes (`KZ-63`, `RU-ALT`, `KZ-OTHER`) and
 * the catalogue's names in en/ru/kk, whatever the case, `ё`, quotes,
 * punctuation, spacing, Russian adjective case (`Омской области`) and the
 * words `область`, `облысы`, `Oblast`, `Region`, `край`, `Krai`, `өлкесі`,
 * `Республика`, `Republic`, …; `ВКО`, `ЗКО`, `СКО` through the names they
 * abbreviate.
 *
 * The whole country (`Россия`, `РФ`, `RU`, `Казахстан`, `РК`, `Қазақстан`, …)
 * gives the rest-of-country cell (`KZ-OTHER`, `RU-OTHER`): a side given only
 * as the country is stored as "regions not given".
 */
export function resolveSide(
  cell: RawCell,
  country: Country,
  catalog: ImportCatalog,
): string | null {
  if (cell === null || typeof cell === 'number') return null;
  const text = cell.trim();
  if (text === '' || text.length > 120) return null;
  const index = indexFor(catalog)[country];
  const upper = text.toUpperCase();
  const iso = ISO_CODE.exec(upper);
  if (iso) {
    if (iso[1] !== country) return null;
    if (index.codes.has(upper)) {
      return upper === country ? `${country}-OTHER` : upper;
    }
    return null;
  }
  if (upper === country) return `${country}-OTHER`;
  const key = nameKey(text);
  const byFull = index.byKey.get(key.full);
  if (byFull !== undefined) return byFull;
  const byBare = index.byKey.get(key.bare);
  return byBare ?? null;
}
