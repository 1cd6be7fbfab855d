import type { RegionsResponse } from '@/api/schemas/regions';

/**
 * The 8 Kazakh and 12 Russian regions on the land border and the 19 pairs
 * that touch, from shared/domain/border_pairs.csv. Kazakh names follow the
 * Unicode CLDR subdivision names (provisional there); «Саратов облысы» has no
 * source and is our best form.
 *
 * Only Abai region carries `validFrom`: it was created on 8 June 2022. East
 * Kazakhstan also lost territory that day (Semey), but it existed before, so
 * its series run through and the boundary break is stated beside the figures.
 *
 * Besides the border regions the list names the two rest-of-country cells of
 * the matrix (`KZ-OTHER`, `RU-OTHER`) and the two countries (`KZ`, `RU`), so
 * every code a view or a record carries has a name in every language.
 */
export const regionsResponse: RegionsResponse = {
  regions: [
    {
      code: 'KZ-23',
      country: 'KZ',
      name: {
        en: 'Atyrau Region',
        ru: 'Атырауская область',
        kk: 'Атырау облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-27',
      country: 'KZ',
      name: {
        en: 'West Kazakhstan Region',
        ru: 'Западно-Казахстанская область',
        kk: 'Батыс Қазақстан облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-15',
      country: 'KZ',
      name: {
        en: 'Aktobe Region',
        ru: 'Актюбинская область',
        kk: 'Ақтөбе облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-39',
      country: 'KZ',
      name: {
        en: 'Kostanay Region',
        ru: 'Костанайская область',
        kk: 'Қостанай облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-59',
      country: 'KZ',
      name: {
        en: 'North Kazakhstan Region',
        ru: 'Северо-Казахстанская область',
        kk: 'Солтүстік Қазақстан облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-55',
      country: 'KZ',
      name: {
        en: 'Pavlodar Region',
        ru: 'Павлодарская область',
        kk: 'Павлодар облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-10',
      country: 'KZ',
      name: { en: 'Abai Region', ru: 'Абайская область', kk: 'Абай облысы' },
      kind: 'region',
      validFrom: '2022-06-08',
      formedFrom: 'KZ-63',
    },
    {
      code: 'KZ-63',
      country: 'KZ',
      name: {
        en: 'East Kazakhstan Region',
        ru: 'Восточно-Казахстанская область',
        kk: 'Шығыс Қазақстан облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-AST',
      country: 'RU',
      name: {
        en: 'Astrakhan Oblast',
        ru: 'Астраханская область',
        kk: 'Астрахан облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-VGG',
      country: 'RU',
      name: {
        en: 'Volgograd Oblast',
        ru: 'Волгоградская область',
        kk: 'Волгоград облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-SAR',
      country: 'RU',
      name: {
        en: 'Saratov Oblast',
        ru: 'Саратовская область',
        kk: 'Саратов облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-SAM',
      country: 'RU',
      name: {
        en: 'Samara Oblast',
        ru: 'Самарская область',
        kk: 'Самара облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-ORE',
      country: 'RU',
      name: {
        en: 'Orenburg Oblast',
        ru: 'Оренбургская область',
        kk: 'Орынбор облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-CHE',
      country: 'RU',
      name: {
        en: 'Chelyabinsk Oblast',
        ru: 'Челябинская область',
        kk: 'Челябі облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-KGN',
      country: 'RU',
      name: {
        en: 'Kurgan Oblast',
        ru: 'Курганская область',
        kk: 'Қорған облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-TYU',
      country: 'RU',
      name: {
        en: 'Tyumen Oblast',
        ru: 'Тюменская область',
        kk: 'Түмен облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-OMS',
      country: 'RU',
      name: { en: 'Omsk Oblast', ru: 'Омская область', kk: 'Омбы облысы' },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-NVS',
      country: 'RU',
      name: {
        en: 'Novosibirsk Oblast',
        ru: 'Новосибирская область',
        kk: 'Новосібір облысы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-ALT',
      country: 'RU',
      name: { en: 'Altai Krai', ru: 'Алтайский край', kk: 'Алтай өлкесі' },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-AL',
      country: 'RU',
      name: {
        en: 'Altai Republic',
        ru: 'Республика Алтай',
        kk: 'Алтай Республикасы',
      },
      kind: 'region',
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ-OTHER',
      country: 'KZ',
      kind: 'rest',
      name: {
        en: 'Other regions of Kazakhstan',
        ru: 'Другие регионы Казахстана',
        kk: 'Қазақстанның басқа өңірлері',
      },
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU-OTHER',
      country: 'RU',
      kind: 'rest',
      name: {
        en: 'Other regions of Russia',
        ru: 'Другие регионы России',
        kk: 'Ресейдің басқа өңірлері',
      },
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'KZ',
      country: 'KZ',
      kind: 'country',
      name: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
      validFrom: null,
      formedFrom: null,
    },
    {
      code: 'RU',
      country: 'RU',
      kind: 'country',
      name: { en: 'Russia', ru: 'Россия', kk: 'Ресей' },
      validFrom: null,
      formedFrom: null,
    },
  ],
  pairs: [
    {
      id: 'KZ-23~RU-AST',
      kz: 'KZ-23',
      ru: 'RU-AST',
      sourceUrl: 'https://en.wikipedia-on-ipfs.org/wiki/Atyrau_Region',
    },
    {
      id: 'KZ-27~RU-AST',
      kz: 'KZ-27',
      ru: 'RU-AST',
      sourceUrl: 'https://en.wikipedia.org/wiki/West_Kazakhstan_Region',
    },
    {
      id: 'KZ-27~RU-VGG',
      kz: 'KZ-27',
      ru: 'RU-VGG',
      sourceUrl: 'https://en.wikipedia.org/wiki/West_Kazakhstan_Region',
    },
    {
      id: 'KZ-27~RU-SAR',
      kz: 'KZ-27',
      ru: 'RU-SAR',
      sourceUrl: 'https://en.wikipedia.org/wiki/West_Kazakhstan_Region',
    },
    {
      id: 'KZ-27~RU-SAM',
      kz: 'KZ-27',
      ru: 'RU-SAM',
      sourceUrl: 'https://en.wikipedia.org/wiki/West_Kazakhstan_Region',
    },
    {
      id: 'KZ-27~RU-ORE',
      kz: 'KZ-27',
      ru: 'RU-ORE',
      sourceUrl: 'https://en.wikipedia.org/wiki/West_Kazakhstan_Region',
    },
    {
      id: 'KZ-15~RU-ORE',
      kz: 'KZ-15',
      ru: 'RU-ORE',
      sourceUrl: 'https://en.m.wikipedia.org/wiki/Aktobe_Region',
    },
    {
      id: 'KZ-39~RU-ORE',
      kz: 'KZ-39',
      ru: 'RU-ORE',
      sourceUrl: 'http://kostanay.gov.kz/en/kostanayskaya-oblast/about/',
    },
    {
      id: 'KZ-39~RU-CHE',
      kz: 'KZ-39',
      ru: 'RU-CHE',
      sourceUrl: 'http://kostanay.gov.kz/en/kostanayskaya-oblast/about/',
    },
    {
      id: 'KZ-39~RU-KGN',
      kz: 'KZ-39',
      ru: 'RU-KGN',
      sourceUrl: 'http://kostanay.gov.kz/en/kostanayskaya-oblast/about/',
    },
    {
      id: 'KZ-59~RU-KGN',
      kz: 'KZ-59',
      ru: 'RU-KGN',
      sourceUrl: 'https://sezqyzyljar.kz/en/about-the-region/',
    },
    {
      id: 'KZ-59~RU-TYU',
      kz: 'KZ-59',
      ru: 'RU-TYU',
      sourceUrl: 'https://sezqyzyljar.kz/en/about-the-region/',
    },
    {
      id: 'KZ-59~RU-OMS',
      kz: 'KZ-59',
      ru: 'RU-OMS',
      sourceUrl: 'https://sezqyzyljar.kz/en/about-the-region/',
    },
    {
      id: 'KZ-55~RU-OMS',
      kz: 'KZ-55',
      ru: 'RU-OMS',
      sourceUrl: 'https://en.wikipedia.org/wiki/Pavlodar_Region',
    },
    {
      id: 'KZ-55~RU-NVS',
      kz: 'KZ-55',
      ru: 'RU-NVS',
      sourceUrl: 'https://en.wikipedia.org/wiki/Pavlodar_Region',
    },
    {
      id: 'KZ-55~RU-ALT',
      kz: 'KZ-55',
      ru: 'RU-ALT',
      sourceUrl: 'https://en.wikipedia.org/wiki/Pavlodar_Region',
    },
    {
      id: 'KZ-10~RU-ALT',
      kz: 'KZ-10',
      ru: 'RU-ALT',
      sourceUrl: 'https://abai.invest.gov.kz/about/info/',
    },
    {
      id: 'KZ-63~RU-ALT',
      kz: 'KZ-63',
      ru: 'RU-ALT',
      sourceUrl:
        'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/East_Kazakhstan_Province',
    },
    {
      id: 'KZ-63~RU-AL',
      kz: 'KZ-63',
      ru: 'RU-AL',
      sourceUrl:
        'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/East_Kazakhstan_Province',
    },
  ],
};
