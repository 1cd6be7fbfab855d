import type { StripPair } from '@/features/overview/border-layout';

/**
 * The 19 pairs of shared/domain/border_pairs.csv in its order, west to
 * east, for the border strip's tests; turnovers (USD) are illustrative. The
 * CSV's border_type is `land` for every row, West Kazakhstan–Samara
 * included, so no pair here is a point contact; tests that need one mark
 * that pair.
 */
const ROWS: [string, string, string, string, number | null][] = [
  ['KZ-23', 'Atyrau Region', 'RU-AST', 'Astrakhan Oblast', 310e6],
  ['KZ-27', 'West Kazakhstan Region', 'RU-AST', 'Astrakhan Oblast', 95e6],
  ['KZ-27', 'West Kazakhstan Region', 'RU-VGG', 'Volgograd Oblast', 120e6],
  ['KZ-27', 'West Kazakhstan Region', 'RU-SAR', 'Saratov Oblast', 260e6],
  ['KZ-27', 'West Kazakhstan Region', 'RU-SAM', 'Samara Oblast', 410e6],
  ['KZ-27', 'West Kazakhstan Region', 'RU-ORE', 'Orenburg Oblast', 380e6],
  ['KZ-15', 'Aktobe Region', 'RU-ORE', 'Orenburg Oblast', 640e6],
  ['KZ-39', 'Kostanay Region', 'RU-ORE', 'Orenburg Oblast', 150e6],
  ['KZ-39', 'Kostanay Region', 'RU-CHE', 'Chelyabinsk Oblast', 890e6],
  ['KZ-39', 'Kostanay Region', 'RU-KGN', 'Kurgan Oblast', 70e6],
  ['KZ-59', 'North Kazakhstan Region', 'RU-KGN', 'Kurgan Oblast', 85e6],
  ['KZ-59', 'North Kazakhstan Region', 'RU-TYU', 'Tyumen Oblast', 160e6],
  ['KZ-59', 'North Kazakhstan Region', 'RU-OMS', 'Omsk Oblast', 450e6],
  ['KZ-55', 'Pavlodar Region', 'RU-OMS', 'Omsk Oblast', 520e6],
  ['KZ-55', 'Pavlodar Region', 'RU-NVS', 'Novosibirsk Oblast', 330e6],
  ['KZ-55', 'Pavlodar Region', 'RU-ALT', 'Altai Krai', 240e6],
  ['KZ-10', 'Abai Region', 'RU-ALT', 'Altai Krai', null],
  ['KZ-63', 'East Kazakhstan Region', 'RU-ALT', 'Altai Krai', 927e6],
  ['KZ-63', 'East Kazakhstan Region', 'RU-AL', 'Altai Republic', 12e6],
];

export const STRIP_PAIRS: StripPair[] = ROWS.map(
  ([kz, kzName, ru, ruName, turnover]) => ({
    pair: `${kz}~${ru}`,
    kz,
    ru,
    kzName,
    ruName,
    turnover,
    pointContact: false,
  }),
);
