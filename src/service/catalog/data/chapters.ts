import type { Chapter } from '@/api/schemas/sectors';

/**
 * The 96 HS 2022 chapters, generated from sources/hs_chapters.csv (chapter 77
 * is reserved by the WCO and has no goods, so it is left out). English titles
 * are the WCO's, Russian titles the EEC's TN VED EAEU wording (set in capitals
 * there; the CSV normalised the letter case). Short names are ours, for charts.
 * No official Kazakh text of the chapter titles was found, so every Kazakh
 * name and short name is our own translation, modelled on the Russian wording
 * and the section titles in sectors.ts, and flagged `kkUnofficial`.
 * chapters.test.ts checks this list against the CSV row by row.
 */
export const CHAPTERS: readonly Chapter[] = [
  {
    id: '01',
    section: 'I',
    name: { en: 'Live animals', ru: 'Живые животные', kk: 'Тірі жануарлар' },
    shortName: {
      en: 'Live animals',
      ru: 'Живые животные',
      kk: 'Тірі жануарлар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_I_Live_Animals_Animal_Products/Chapter_01_Live_Animals/0101_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0101_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.01_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '02',
    section: 'I',
    name: {
      en: 'Meat and edible meat offal',
      ru: 'Мясо и пищевые мясные субпродукты',
      kk: 'Ет және тағамдық ет қосалқы өнімдері',
    },
    shortName: {
      en: 'Meat and offal',
      ru: 'Мясо и субпродукты',
      kk: 'Ет және қосалқы өнімдер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_I_Live_Animals_Animal_Products/Chapter_02_Meat_Meat_Offal/0102_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0102_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.02_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '03',
    section: 'I',
    name: {
      en: 'Fish and crustaceans, molluscs and other aquatic invertebrates',
      ru: 'Рыба и ракообразные, моллюски и прочие водные беспозвоночные',
      kk: 'Балық және шаян тәрізділер, моллюскілер және басқа да су омыртқасыздары',
    },
    shortName: {
      en: 'Fish and seafood',
      ru: 'Рыба и морепродукты',
      kk: 'Балық, теңіз өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_I_Live_Animals_Animal_Products/Chapter_03_Fish_Aquatic_Invertebrates/0103_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0103_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.03_2022_28.03.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '04',
    section: 'I',
    name: {
      en: "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included",
      ru: 'Молочная продукция; яйца птиц; мед натуральный; пищевые продукты животного происхождения, в другом месте не поименованные или не включенные',
      kk: 'Сүт өнімдері; құс жұмыртқасы; табиғи бал; басқа жерде аталмаған немесе енгізілмеген жануарлардан алынатын тағамдық өнімдер',
    },
    shortName: {
      en: 'Dairy, eggs, honey',
      ru: 'Молоко, яйца, мёд',
      kk: 'Сүт, жұмыртқа, бал',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_I_Live_Animals_Animal_Products/Chapter_04_Dairy_Eggs_Honey/0104_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0104_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.04_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '05',
    section: 'I',
    name: {
      en: 'Products of animal origin, not elsewhere specified or included',
      ru: 'Продукты животного происхождения, в другом месте не поименованные или не включенные',
      kk: 'Басқа жерде аталмаған немесе енгізілмеген жануарлардан алынатын өнімдер',
    },
    shortName: {
      en: 'Other animal products',
      ru: 'Прочие продукты животных',
      kk: 'Өзге жануар өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_I_Live_Animals_Animal_Products/Chapter_05_Other_Animal_Products/0105_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0105_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.05_2022_28.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '06',
    section: 'II',
    name: {
      en: 'Live trees and other plants; bulbs, roots and the like; cut flowers and ornamental foliage',
      ru: 'Живые деревья и другие растения; луковицы, корни и прочие аналогичные части растений; срезанные цветы и декоративная зелень',
      kk: 'Тірі ағаштар және басқа да өсімдіктер; пиязшықтар, тамырлар және өсімдіктердің соған ұқсас басқа бөліктері; кесілген гүлдер және сәндік жасыл желек',
    },
    shortName: {
      en: 'Live plants, cut flowers',
      ru: 'Живые растения, цветы',
      kk: 'Тірі өсімдіктер, гүлдер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_06_Live_Plants_Cut_Flowers/0206_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0206_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.06_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '07',
    section: 'II',
    name: {
      en: 'Edible vegetables and certain roots and tubers',
      ru: 'Овощи и некоторые съедобные корнеплоды и клубнеплоды',
      kk: 'Көкөністер және жеуге жарамды кейбір тамыржемістер мен түйнекжемістер',
    },
    shortName: { en: 'Vegetables', ru: 'Овощи', kk: 'Көкөністер' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_07_Edible_Vegetables/0207_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0207_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.07_2022_08.05.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '08',
    section: 'II',
    name: {
      en: 'Edible fruit and nuts; peel of citrus fruit or melons',
      ru: 'Съедобные фрукты и орехи; кожура цитрусовых плодов или корки дынь',
      kk: 'Жеуге жарамды жемістер мен жаңғақтар; цитрус жемістерінің немесе қауынның қабығы',
    },
    shortName: {
      en: 'Fruit and nuts',
      ru: 'Фрукты и орехи',
      kk: 'Жемістер мен жаңғақтар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_08_Edible_Fruit_Nuts/0208_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0208_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.08_2022_28.07.2024.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '09',
    section: 'II',
    name: {
      en: 'Coffee, tea, maté and spices',
      ru: 'Кофе, чай, мате, или парагвайский чай, и пряности',
      kk: 'Кофе, шай, мате немесе парагвай шайы және дәмдеуіштер',
    },
    shortName: {
      en: 'Coffee, tea, spices',
      ru: 'Кофе, чай, пряности',
      kk: 'Кофе, шай, дәмдеуіштер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_09_Coffee_Tea_Spices/0209_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0209_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.09_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '10',
    section: 'II',
    name: { en: 'Cereals', ru: 'Злаки', kk: 'Дәнді дақылдар' },
    shortName: { en: 'Cereals', ru: 'Злаки (зерно)', kk: 'Дәнді дақылдар' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_10_Cereals/0210_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0210_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.10_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '11',
    section: 'II',
    name: {
      en: 'Products of the milling industry; malt; starches; inulin; wheat gluten',
      ru: 'Продукция мукомольно-крупяной промышленности; солод; крахмалы; инулин; пшеничная клейковина',
      kk: 'Ұн тарту-жарма өнеркәсібінің өнімдері; уыт; крахмалдар; инулин; бидай желімтігі',
    },
    shortName: {
      en: 'Flour, malt, starch',
      ru: 'Мука, крупа, солод, крахмал',
      kk: 'Ұн, жарма, уыт, крахмал',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_11_Milling_Products_Starches/0211_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0211_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.11_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '12',
    section: 'II',
    name: {
      en: 'Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder',
      ru: 'Масличные семена и плоды; прочие семена, плоды и зерно; лекарственные растения и растения для технических целей; солома и фураж',
      kk: 'Майлы тұқымдар мен жемістер; өзге де тұқымдар, жемістер мен дән; дәрілік өсімдіктер және техникалық мақсаттағы өсімдіктер; сабан және мал азығы',
    },
    shortName: {
      en: 'Oilseeds, fodder',
      ru: 'Масличные семена, корма',
      kk: 'Майлы тұқым, мал азығы',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_12_Oil_Seeds_Industrial_Plants/0212_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0212_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.12_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '13',
    section: 'II',
    name: {
      en: 'Lac; gums, resins and other vegetable saps and extracts',
      ru: 'Шеллак природный неочищенный; камеди, смолы и прочие растительные соки и экстракты',
      kk: 'Табиғи тазартылмаған шеллак; камедьтер, шайырлар және басқа да өсімдік шырындары мен сығындылары',
    },
    shortName: {
      en: 'Lac, gums, resins',
      ru: 'Шеллак, камеди, смолы',
      kk: 'Шеллак, камедь, шайыр',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_13_Lac_Gums_Plant_Extracts/0213_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0213_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.13_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '14',
    section: 'II',
    name: {
      en: 'Vegetable plaiting materials; vegetable products not elsewhere specified or included',
      ru: 'Растительные материалы для изготовления плетеных изделий; прочие продукты растительного происхождения, в другом месте не поименованные или не включенные',
      kk: 'Өрме бұйымдар жасауға арналған өсімдік материалдары; басқа жерде аталмаған немесе енгізілмеген өсімдіктен алынатын өзге де өнімдер',
    },
    shortName: {
      en: 'Other vegetable products',
      ru: 'Прочие растительные продукты',
      kk: 'Өзге өсімдік өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_II_Vegetable_Products/Chapter_14_Vegetable_Plaiting_Materials/0214_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0214_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.14_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '15',
    section: 'III',
    name: {
      en: 'Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes',
      ru: 'Жиры и масла животного, растительного или микробиологического происхождения и продукты их расщепления; готовые пищевые жиры; воски животного или растительного происхождения',
      kk: 'Жануар, өсімдік немесе микробиологиялық тектес майлар мен тоң майлар және олардың ыдырау өнімдері; дайын тағамдық майлар; жануар немесе өсімдік тектес балауыздар',
    },
    shortName: {
      en: 'Fats and oils',
      ru: 'Жиры и масла',
      kk: 'Жануар, өсімдік майлары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_III_Fats_Oils_Cleavage_Products/Chapter_15_Fats_Oils_Cleavage_Products/0315_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0315_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.15_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '16',
    section: 'IV',
    name: {
      en: 'Preparations of meat, of fish, of crustaceans, molluscs or other aquatic invertebrates, or of insects',
      ru: 'Готовые продукты из мяса, рыбы, ракообразных, моллюсков или прочих водных беспозвоночных или насекомых',
      kk: 'Еттен, балықтан, шаян тәрізділерден, моллюскілерден немесе басқа да су омыртқасыздарынан не жәндіктерден жасалған дайын өнімдер',
    },
    shortName: {
      en: 'Meat and fish preparations',
      ru: 'Изделия из мяса и рыбы',
      kk: 'Ет пен балық өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_16_Prepared_Meat_Fish/0416_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0416_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.16_2022_10.09.2023.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '17',
    section: 'IV',
    name: {
      en: 'Sugars and sugar confectionery',
      ru: 'Сахар и кондитерские изделия из сахара',
      kk: 'Қант және қанттан жасалған кондитерлік өнімдер',
    },
    shortName: {
      en: 'Sugar and confectionery',
      ru: 'Сахар и изделия из сахара',
      kk: 'Қант, кондитер өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_17_Sugars_Confectionery/0417_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0417_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.17_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '18',
    section: 'IV',
    name: {
      en: 'Cocoa and cocoa preparations',
      ru: 'Какао и продукты из него',
      kk: 'Какао және одан жасалған өнімдер',
    },
    shortName: {
      en: 'Cocoa and chocolate',
      ru: 'Какао и шоколад',
      kk: 'Какао және шоколад',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_18_Cocoa_Preparations/0418_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0418_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.18_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '19',
    section: 'IV',
    name: {
      en: "Preparations of cereals, flour, starch or milk; pastrycooks' products",
      ru: 'Готовые продукты из зерна злаков, муки, крахмала или молока; мучные кондитерские изделия',
      kk: 'Дәнді дақылдардан, ұннан, крахмалдан немесе сүттен жасалған дайын өнімдер; ұннан жасалған кондитерлік өнімдер',
    },
    shortName: {
      en: 'Cereal products, bakery',
      ru: 'Изделия из зерна, выпечка',
      kk: 'Дән өнімдері, нан-тоқаш',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_19_Cereal_Preparations/0419_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0419_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.19_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '20',
    section: 'IV',
    name: {
      en: 'Preparations of vegetables, fruit, nuts or other parts of plants',
      ru: 'Продукты переработки овощей, фруктов, орехов или прочих частей растений',
      kk: 'Көкөністерді, жемістерді, жаңғақтарды немесе өсімдіктердің басқа бөліктерін өңдеу өнімдері',
    },
    shortName: {
      en: 'Prepared fruit & vegetables',
      ru: 'Переработанные овощи, фрукты',
      kk: 'Өңделген көкөніс, жеміс',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_20_Prepared_Vegetables_Fruit/0420_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0420_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.20_2022_12.06.2025.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '21',
    section: 'IV',
    name: {
      en: 'Miscellaneous edible preparations',
      ru: 'Разные пищевые продукты',
      kk: 'Әртүрлі тағамдық өнімдер',
    },
    shortName: {
      en: 'Misc. food preparations',
      ru: 'Прочие пищевые продукты',
      kk: 'Өзге тағамдық өнімдер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_21_Miscellaneous_Edible_Preparations/0421_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0421_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.21_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '22',
    section: 'IV',
    name: {
      en: 'Beverages, spirits and vinegar',
      ru: 'Алкогольные и безалкогольные напитки и уксус',
      kk: 'Алкогольді және алкогольсіз сусындар мен сірке суы',
    },
    shortName: { en: 'Beverages', ru: 'Напитки', kk: 'Сусындар' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_22_Beverages_Spirits/0422_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0422_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.22_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '23',
    section: 'IV',
    name: {
      en: 'Residues and waste from the food industries; prepared animal fodder',
      ru: 'Остатки и отходы пищевой промышленности; готовые корма для животных',
      kk: 'Тамақ өнеркәсібінің қалдықтары мен шығындылары; жануарларға арналған дайын азықтар',
    },
    shortName: {
      en: 'Food residues, animal feed',
      ru: 'Отходы пищепрома, корма',
      kk: 'Тамақ қалдығы, мал азығы',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_23_Food_Industry_Residues_Fodder/0423_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0423_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.23_2022_19.02.2023.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '24',
    section: 'IV',
    name: {
      en: 'Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body',
      ru: 'Табак и промышленные заменители табака; продукция, содержащая или не содержащая никотин, предназначенная для вдыхания без горения; прочая продукция, содержащая никотин и предназначенная для поступления никотина в организм человека',
      kk: 'Темекі және темекінің өнеркәсіптік алмастырғыштары; құрамында никотин бар немесе жоқ, жанусыз ингаляцияға арналған өнімдер; никотинді адам ағзасына енгізуге арналған құрамында никотин бар өзге де өнімдер',
    },
    shortName: {
      en: 'Tobacco and nicotine products',
      ru: 'Табак и никотиновая продукция',
      kk: 'Темекі, никотин өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IV_Prepared_Foodstuffs_Beverages/Chapter_24_Tobacco_Substitutes/0424_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0424_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.24_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '25',
    section: 'V',
    name: {
      en: 'Salt; sulphur; earths and stone; plastering materials, lime and cement',
      ru: 'Соль; сера; земли и камень; штукатурные материалы, известь и цемент',
      kk: 'Тұз; күкірт; топырақ және тас; сылақ материалдары, әк және цемент',
    },
    shortName: {
      en: 'Salt, stone, cement',
      ru: 'Соль, камень, цемент',
      kk: 'Тұз, тас, цемент',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_V_Mineral_Products/Chapter_25_Salt_Sulphur_Stone/0525_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0525_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.25_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '26',
    section: 'V',
    name: {
      en: 'Ores, slag and ash',
      ru: 'Руды, шлак и зола',
      kk: 'Кендер, қож және күл',
    },
    shortName: {
      en: 'Ores, slag and ash',
      ru: 'Руды, шлак и зола',
      kk: 'Кендер, қож және күл',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_V_Mineral_Products/Chapter_26_Ores_Slag_Ash/0526_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0526_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.26_2022_20.11.2024.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '27',
    section: 'V',
    name: {
      en: 'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes',
      ru: 'Топливо минеральное, нефть и продукты их перегонки; битуминозные вещества; воски минеральные',
      kk: 'Минералдық отын, мұнай және оларды айдау өнімдері; битумды заттар; минералдық балауыздар',
    },
    shortName: {
      en: 'Mineral fuels, oil',
      ru: 'Минеральное топливо, нефть',
      kk: 'Минералдық отын, мұнай',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_V_Mineral_Products/Chapter_27_Mineral_Fuels_Oils/0527_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0527_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.27_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '28',
    section: 'VI',
    name: {
      en: 'Inorganic chemicals; organic or inorganic compounds of precious metals, of rare-earth metals, of radioactive elements or of isotopes',
      ru: 'Продукты неорганической химии; соединения неорганические или органические драгоценных металлов, редкоземельных металлов, радиоактивных элементов или изотопов',
      kk: 'Бейорганикалық химия өнімдері; асыл металдардың, сирек жер металдарының, радиоактивті элементтердің немесе изотоптардың бейорганикалық немесе органикалық қосылыстары',
    },
    shortName: {
      en: 'Inorganic chemicals',
      ru: 'Неорганическая химия',
      kk: 'Бейорганикалық химия',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_28_Inorganic_Chemicals/0628_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0628_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.28_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '29',
    section: 'VI',
    name: {
      en: 'Organic chemicals',
      ru: 'Органические химические соединения',
      kk: 'Органикалық химиялық қосылыстар',
    },
    shortName: {
      en: 'Organic chemicals',
      ru: 'Органическая химия',
      kk: 'Органикалық химия',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_29_Organic_Chemicals/0629_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0629_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.29_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '30',
    section: 'VI',
    name: {
      en: 'Pharmaceutical products',
      ru: 'Фармацевтическая продукция',
      kk: 'Фармацевтикалық өнімдер',
    },
    shortName: {
      en: 'Pharmaceuticals',
      ru: 'Фармацевтика',
      kk: 'Фармацевтика',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_30_Pharmaceutical_Products/0630_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0630_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.30_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '31',
    section: 'VI',
    name: { en: 'Fertilisers', ru: 'Удобрения', kk: 'Тыңайтқыштар' },
    shortName: { en: 'Fertilisers', ru: 'Удобрения', kk: 'Тыңайтқыштар' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_31_Fertilisers/0631_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0631_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.31_2022_03.12.2023.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '32',
    section: 'VI',
    name: {
      en: 'Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints and varnishes; putty and other mastics; inks',
      ru: 'Экстракты дубильные или красильные; таннины и их производные; красители, пигменты и прочие красящие вещества; краски и лаки; шпатлевки и прочие мастики; полиграфическая краска, чернила, тушь',
      kk: 'Илеу немесе бояу сығындылары; таниндер және олардың туындылары; бояғыштар, пигменттер және басқа да бояғыш заттар; бояулар мен лактар; шпатлевкалар және басқа да мастикалар; полиграфиялық бояу, сия, тушь',
    },
    shortName: {
      en: 'Dyes, paints, inks',
      ru: 'Красители, краски, лаки',
      kk: 'Бояғыш, бояу, лак',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_32_Tanning_Extracts_Dyes/0632_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0632_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.32_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '33',
    section: 'VI',
    name: {
      en: 'Essential oils and resinoids; perfumery, cosmetic or toilet preparations',
      ru: 'Эфирные масла и резиноиды; парфюмерные, косметические или туалетные средства',
      kk: 'Эфир майлары және резиноидтар; парфюмерлік, косметикалық немесе гигиеналық құралдар',
    },
    shortName: {
      en: 'Essential oils, cosmetics',
      ru: 'Эфирные масла, косметика',
      kk: 'Эфир майлары, косметика',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_33_Essential_Oils_Cosmetics/0633_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0633_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.33_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '34',
    section: 'VI',
    name: {
      en: 'Soap, organic surface-active agents, washing preparations, lubricating preparations, artificial waxes, prepared waxes, polishing or scouring preparations, candles and similar articles, modelling pastes, “dental waxes” and dental preparations with a basis of plaster',
      ru: 'Мыло, поверхностно-активные органические вещества, моющие средства, смазочные материалы, искусственные и готовые воски, составы для чистки или полировки, свечи и аналогичные изделия, пасты для лепки, пластилин, "зубоврачебный воск" и зубоврачебные составы на основе гипса',
      kk: 'Сабын, беттік белсенді органикалық заттар, жуғыш заттар, майлағыш материалдар, жасанды және дайын балауыздар, тазалауға немесе жылтыратуға арналған құрамдар, шырақтар және соған ұқсас бұйымдар, мүсіндеуге арналған пасталар, пластилин, «стоматологиялық балауыз» және гипс негізіндегі стоматологиялық құрамдар',
    },
    shortName: {
      en: 'Soap, detergents, waxes',
      ru: 'Мыло, моющие средства, воски',
      kk: 'Сабын, жуғыш заттар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_34_Soap_Cleaning_Preparations/0634_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0634_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.34_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '35',
    section: 'VI',
    name: {
      en: 'Albuminoidal substances; modified starches; glues; enzymes',
      ru: 'Белковые вещества; модифицированные крахмалы; клеи; ферменты',
      kk: 'Ақуызды заттар; түрлендірілген крахмалдар; желімдер; ферменттер',
    },
    shortName: {
      en: 'Proteins, glues, enzymes',
      ru: 'Белки, клеи, ферменты',
      kk: 'Ақуыз, желім, фермент',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_35_Proteins_Starches_Enzymes/0635_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0635_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.35_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '36',
    section: 'VI',
    name: {
      en: 'Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations',
      ru: 'Взрывчатые вещества; пиротехнические изделия; спички; пирофорные сплавы; некоторые горючие вещества',
      kk: 'Жарылғыш заттар; пиротехникалық бұйымдар; сіріңкелер; пирофорлы қорытпалар; кейбір жанғыш заттар',
    },
    shortName: {
      en: 'Explosives, matches',
      ru: 'Взрывчатка, пиротехника',
      kk: 'Жарылғыш заттар, сіріңке',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_36_Explosives_Pyrotechnics/0636_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0636_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.36_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '37',
    section: 'VI',
    name: {
      en: 'Photographic or cinematographic goods',
      ru: 'Фото- и кинотовары',
      kk: 'Фото- және кинотауарлар',
    },
    shortName: {
      en: 'Photo and cinema goods',
      ru: 'Фото- и кинотовары',
      kk: 'Фото- және кинотауарлар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_37_Photographic_Goods/0637_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0637_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.37_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '38',
    section: 'VI',
    name: {
      en: 'Miscellaneous chemical products',
      ru: 'Прочие химические продукты',
      kk: 'Өзге де химиялық өнімдер',
    },
    shortName: {
      en: 'Misc. chemical products',
      ru: 'Прочие химические продукты',
      kk: 'Өзге химиялық өнімдер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VI_Chemical_Products/Chapter_38_Miscellaneous_Chemical_Products/0638_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0638_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.38_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '39',
    section: 'VII',
    name: {
      en: 'Plastics and articles thereof',
      ru: 'Пластмассы и изделия из них',
      kk: 'Пластмассалар және олардан жасалған бұйымдар',
    },
    shortName: { en: 'Plastics', ru: 'Пластмассы', kk: 'Пластмассалар' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VII_Plastics_Rubber/Chapter_39_Plastics_Plastic_Articles/0739_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0739_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.39_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '40',
    section: 'VII',
    name: {
      en: 'Rubber and articles thereof',
      ru: 'Каучук, резина и изделия из них',
      kk: 'Каучук, резеңке және олардан жасалған бұйымдар',
    },
    shortName: {
      en: 'Rubber',
      ru: 'Каучук и резина',
      kk: 'Каучук және резеңке',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VII_Plastics_Rubber/Chapter_40_Rubber_Rubber_Articles/0740_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0740_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.40_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '41',
    section: 'VIII',
    name: {
      en: 'Raw hides and skins (other than furskins) and leather',
      ru: 'Необработанные шкуры (кроме натурального меха) и выделанная кожа',
      kk: 'Өңделмеген терілер (табиғи аң терісінен басқа) және иленген былғары',
    },
    shortName: {
      en: 'Hides, skins, leather',
      ru: 'Шкуры и кожа',
      kk: 'Терілер мен былғары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VIII_Hides_Skins_Leather_Fur/Chapter_41_Raw_Hides_Leather/0841_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0841_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.41_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '42',
    section: 'VIII',
    name: {
      en: 'Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)',
      ru: 'Изделия из кожи; шорно-седельные изделия и упряжь; дорожные принадлежности, сумки и аналогичные им товары; изделия из внутренних органов животных (кроме шелкоотделительных желез шелкопряда)',
      kk: 'Былғарыдан жасалған бұйымдар; ер-тұрман бұйымдары мен әбзел; жол керек-жарақтары, сөмкелер және соларға ұқсас тауарлар; жануарлар ішегінен жасалған бұйымдар (жібек құртының фиброин талшығынан басқа)',
    },
    shortName: {
      en: 'Leather goods, bags',
      ru: 'Изделия из кожи, сумки',
      kk: 'Былғары бұйым, сөмке',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VIII_Hides_Skins_Leather_Fur/Chapter_42_Leather_Articles/0842_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0842_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.42_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '43',
    section: 'VIII',
    name: {
      en: 'Furskins and artificial fur; manufactures thereof',
      ru: 'Натуральный и искусственный мех; изделия из него',
      kk: 'Табиғи және жасанды аң терісі; олардан жасалған бұйымдар',
    },
    shortName: {
      en: 'Fur and fur articles',
      ru: 'Мех и изделия из меха',
      kk: 'Аң терісі мен бұйымдары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_VIII_Hides_Skins_Leather_Fur/Chapter_43_Furskins_Artificial_Fur/0843_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0843_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.43_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '44',
    section: 'IX',
    name: {
      en: 'Wood and articles of wood; wood charcoal',
      ru: 'Древесина и изделия из нее; древесный уголь',
      kk: 'Сүрек және одан жасалған бұйымдар; ағаш көмірі',
    },
    shortName: {
      en: 'Wood and wood articles',
      ru: 'Древесина и изделия из неё',
      kk: 'Ағаш және бұйымдары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IX_Wood_Cork_Plaiting_Materials/Chapter_44_Wood_Wood_Articles/0944_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0944_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.44_2022_16.06.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '45',
    section: 'IX',
    name: {
      en: 'Cork and articles of cork',
      ru: 'Пробка и изделия из нее',
      kk: 'Тығын және одан жасалған бұйымдар',
    },
    shortName: { en: 'Cork', ru: 'Пробка', kk: 'Тығын' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IX_Wood_Cork_Plaiting_Materials/Chapter_45_Cork_Cork_Articles/0945_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0945_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.45_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '46',
    section: 'IX',
    name: {
      en: 'Manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork',
      ru: 'Изделия из соломы, альфы или прочих материалов для плетения; корзиночные изделия и плетеные изделия',
      kk: 'Сабаннан, эспартодан немесе өруге арналған басқа да материалдардан жасалған бұйымдар; себеттер және басқа да өрме бұйымдар',
    },
    shortName: {
      en: 'Basketware, wickerwork',
      ru: 'Плетёные изделия',
      kk: 'Себеттер, өрме бұйымдар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_IX_Wood_Cork_Plaiting_Materials/Chapter_46_Straw_Plaiting_Materials/0946_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 0946_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.46_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '47',
    section: 'X',
    name: {
      en: 'Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard',
      ru: 'Масса из древесины или из других волокнистых целлюлозных материалов; регенерируемые бумага или картон (макулатура и отходы)',
      kk: 'Сүректен немесе басқа да талшықты целлюлоза материалдарынан алынған масса; қайта өңделетін қағаз немесе картон (макулатура мен қалдықтар)',
    },
    shortName: {
      en: 'Wood pulp, waste paper',
      ru: 'Целлюлоза, макулатура',
      kk: 'Целлюлоза, макулатура',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_X_Pulp_Paper_Paperboard/Chapter_47_Pulp_Recovered_Paper/1047_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1047_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.47_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '48',
    section: 'X',
    name: {
      en: 'Paper and paperboard; articles of paper pulp, of paper or of paperboard',
      ru: 'Бумага и картон; изделия из бумажной массы, бумаги или картона',
      kk: 'Қағаз және картон; қағаз массасынан, қағаздан немесе картоннан жасалған бұйымдар',
    },
    shortName: {
      en: 'Paper and paperboard',
      ru: 'Бумага и картон',
      kk: 'Қағаз және картон',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_X_Pulp_Paper_Paperboard/Chapter_48_Paper_Paperboard/1048_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1048_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.48_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '49',
    section: 'X',
    name: {
      en: 'Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans',
      ru: 'Печатные книги, газеты, репродукции и другие изделия полиграфической промышленности; рукописи, машинописные тексты и планы',
      kk: 'Басылған кітаптар, газеттер, репродукциялар және полиграфия өнеркәсібінің басқа да бұйымдары; қолжазбалар, машинкамен басылған мәтіндер және жоспарлар',
    },
    shortName: {
      en: 'Printed matter',
      ru: 'Печатная продукция',
      kk: 'Баспа өнімдері',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_X_Pulp_Paper_Paperboard/Chapter_49_Printed_Books_Materials/1049_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1049_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.49_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '50',
    section: 'XI',
    name: { en: 'Silk', ru: 'Шелк', kk: 'Жібек' },
    shortName: { en: 'Silk', ru: 'Шёлк', kk: 'Жібек' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_50_Silk/1150_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1150_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.50_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '51',
    section: 'XI',
    name: {
      en: 'Wool, fine or coarse animal hair; horsehair yarn and woven fabric',
      ru: 'Шерсть, тонкий или грубый волос животных; пряжа и ткань, из конского волоса',
      kk: 'Жүн, жануарлардың жіңішке немесе қылшық қылы; жылқы қылынан жасалған иірілген жіп және мата',
    },
    shortName: {
      en: 'Wool and animal hair',
      ru: 'Шерсть и волос животных',
      kk: 'Жүн және жануар қылы',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_51_Wool_Animal_Hair/1151_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1151_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.51_2022_07.02.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '52',
    section: 'XI',
    name: { en: 'Cotton', ru: 'Хлопок', kk: 'Мақта' },
    shortName: { en: 'Cotton', ru: 'Хлопок', kk: 'Мақта' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_52_Cotton/1152_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1152_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.52_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '53',
    section: 'XI',
    name: {
      en: 'Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn',
      ru: 'Прочие растительные текстильные волокна; бумажная пряжа и ткани из бумажной пряжи',
      kk: 'Басқа да өсімдік тоқыма талшықтары; қағаз иірілген жіп және қағаз иірілген жіптен жасалған маталар',
    },
    shortName: {
      en: 'Other vegetable fibres',
      ru: 'Прочие растительные волокна',
      kk: 'Өзге өсімдік талшықтары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_53_Other_Vegetable_Textile_Fibers/1153_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1153_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.53_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '54',
    section: 'XI',
    name: {
      en: 'Man-made filaments; strip and the like of man-made textile materials',
      ru: 'Химические нити; плоские и аналогичные нити из химических текстильных материалов',
      kk: 'Химиялық жіптер; химиялық тоқыма материалдарынан жасалған жалпақ және соған ұқсас жіптер',
    },
    shortName: {
      en: 'Man-made filaments',
      ru: 'Химические нити',
      kk: 'Химиялық жіптер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_54_Man_Made_Filaments/1154_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1154_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.54_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '55',
    section: 'XI',
    name: {
      en: 'Man-made staple fibres',
      ru: 'Химические волокна',
      kk: 'Химиялық талшықтар',
    },
    shortName: {
      en: 'Man-made staple fibres',
      ru: 'Химические волокна',
      kk: 'Химиялық талшықтар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_55_Man_Made_Staple_Fibers/1155_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1155_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.55_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '56',
    section: 'XI',
    name: {
      en: 'Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables and articles thereof',
      ru: 'Вата, войлок или фетр и нетканые материалы; специальная пряжа; бечевки, веревки, канаты и тросы и изделия из них',
      kk: 'Вата, киіз немесе фетр және тоқылмаған материалдар; арнайы иірілген жіп; жіңішке жіптер, арқандар, канаттар мен тростар және олардан жасалған бұйымдар',
    },
    shortName: {
      en: 'Wadding, nonwovens, cordage',
      ru: 'Вата, нетканые материалы, канаты',
      kk: 'Вата, киіз, арқандар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_56_Wadding_Felt_Nonwovens/1156_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1156_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.56_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '57',
    section: 'XI',
    name: {
      en: 'Carpets and other textile floor coverings',
      ru: 'Ковры и прочие текстильные напольные покрытия',
      kk: 'Кілемдер және басқа да тоқыма еден жабындары',
    },
    shortName: { en: 'Carpets', ru: 'Ковры', kk: 'Кілемдер' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_57_Carpets_Textile_Floor_Coverings/1157_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1157_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.57_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '58',
    section: 'XI',
    name: {
      en: 'Special woven fabrics; tufted textile fabrics; lace; tapestries; trimmings; embroidery',
      ru: 'Специальные ткани; тафтинговые текстильные материалы; кружева; гобелены; отделочные материалы; вышивки',
      kk: 'Арнайы маталар; тафтинг тоқыма материалдары; шілтер; гобелендер; әрлеу материалдары; кестелер',
    },
    shortName: {
      en: 'Special fabrics, lace',
      ru: 'Специальные ткани, кружева',
      kk: 'Арнайы маталар, шілтер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_58_Special_Woven_Fabrics/1158_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1158_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.58_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '59',
    section: 'XI',
    name: {
      en: 'Impregnated, coated, covered or laminated textile fabrics; textile articles of a kind suitable for industrial use',
      ru: 'Текстильные материалы, пропитанные, с покрытием или дублированные; текстильные изделия технического назначения',
      kk: 'Сіңдірілген, жабыны бар немесе дублирленген тоқыма материалдары; техникалық мақсаттағы тоқыма бұйымдары',
    },
    shortName: {
      en: 'Coated & technical textiles',
      ru: 'Технические текстильные изделия',
      kk: 'Техникалық тоқыма',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_59_Impregnated_Coated_Textile_Fabrics/1159_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1159_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.59_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '60',
    section: 'XI',
    name: {
      en: 'Knitted or crocheted fabrics',
      ru: 'Трикотажные полотна машинного или ручного вязания',
      kk: 'Машинамен немесе қолмен тоқылған трикотаж маталар',
    },
    shortName: {
      en: 'Knitted fabrics',
      ru: 'Трикотажные полотна',
      kk: 'Трикотаж маталар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_60_Knitted_Crocheted_Fabrics/1160_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1160_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.60_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '61',
    section: 'XI',
    name: {
      en: 'Articles of apparel and clothing accessories, knitted or crocheted',
      ru: 'Предметы одежды и принадлежности к одежде, трикотажные машинного или ручного вязания',
      kk: 'Машинамен немесе қолмен тоқылған трикотаж киім заттары және киім керек-жарақтары',
    },
    shortName: {
      en: 'Knitted apparel',
      ru: 'Одежда трикотажная',
      kk: 'Трикотаж киім',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_61_Knitted_Crocheted_Apparel/1161_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1161_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.61_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '62',
    section: 'XI',
    name: {
      en: 'Articles of apparel and clothing accessories, not knitted or crocheted',
      ru: 'Предметы одежды и принадлежности к одежде, кроме трикотажных машинного или ручного вязания',
      kk: 'Машинамен немесе қолмен тоқылған трикотаждан басқа киім заттары және киім керек-жарақтары',
    },
    shortName: {
      en: 'Non-knitted apparel',
      ru: 'Одежда нетрикотажная',
      kk: 'Трикотаж емес киім',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_62_Woven_Apparel_Clothing/1162_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1162_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.62_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '63',
    section: 'XI',
    name: {
      en: 'Other made up textile articles; sets; worn clothing and worn textile articles; rags',
      ru: 'Прочие готовые текстильные изделия; наборы; одежда и текстильные изделия, бывшие в употреблении; тряпье',
      kk: 'Басқа да дайын тоқыма бұйымдары; жиынтықтар; пайдаланылған киім және тоқыма бұйымдары; шүберек',
    },
    shortName: {
      en: 'Other textile articles, rags',
      ru: 'Прочие текстильные изделия',
      kk: 'Өзге тоқыма бұйымдары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XI_Textiles_Textile_Articles/Chapter_63_Other_Made_Up_Textile_Articles/1163_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1163_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.63_2022_12.06.2025.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '64',
    section: 'XII',
    name: {
      en: 'Footwear, gaiters and the like; parts of such articles',
      ru: 'Обувь, гетры и аналогичные изделия; их детали',
      kk: 'Аяқ киім, гетралар және соған ұқсас бұйымдар; олардың бөлшектері',
    },
    shortName: { en: 'Footwear', ru: 'Обувь', kk: 'Аяқ киім' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XII_Footwear_Headgear_Accessories/Chapter_64_Footwear/1264_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1264_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.64_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '65',
    section: 'XII',
    name: {
      en: 'Headgear and parts thereof',
      ru: 'Головные уборы и их части',
      kk: 'Бас киімдер және олардың бөліктері',
    },
    shortName: { en: 'Headgear', ru: 'Головные уборы', kk: 'Бас киімдер' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XII_Footwear_Headgear_Accessories/Chapter_65_Headgear/1265_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1265_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.65_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '66',
    section: 'XII',
    name: {
      en: 'Umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof',
      ru: 'Зонты, солнцезащитные зонты, трости, трости-сиденья, хлысты, кнуты для верховой езды и их части',
      kk: 'Қолшатырлар, күннен қорғайтын қолшатырлар, таяқтар, отырғышы бар таяқтар, қамшылар мен салт атқа мінуге арналған шыбыртқылар және олардың бөліктері',
    },
    shortName: {
      en: 'Umbrellas, walking-sticks',
      ru: 'Зонты, трости',
      kk: 'Қолшатыр, таяқтар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XII_Footwear_Headgear_Accessories/Chapter_66_Umbrellas_Walking_Sticks/1266_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1266_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.66_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '67',
    section: 'XII',
    name: {
      en: 'Prepared feathers and down and articles made of feathers or of down; artificial flowers; articles of human hair',
      ru: 'Обработанные перья и пух и изделия из перьев или пуха; искусственные цветы; изделия из человеческого волоса',
      kk: 'Өңделген қауырсын мен мамық және қауырсыннан немесе мамықтан жасалған бұйымдар; жасанды гүлдер; адам шашынан жасалған бұйымдар',
    },
    shortName: {
      en: 'Feathers, artificial flowers',
      ru: 'Перья, искусственные цветы',
      kk: 'Қауырсын, жасанды гүлдер',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XII_Footwear_Headgear_Accessories/Chapter_67_Prepared_Feathers_Artificial_Flowers/1267_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1267_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.67_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '68',
    section: 'XIII',
    name: {
      en: 'Articles of stone, plaster, cement, asbestos, mica or similar materials',
      ru: 'Изделия из камня, гипса, цемента, асбеста, слюды или аналогичных материалов',
      kk: 'Тастан, гипстен, цементтен, асбесттен, слюдадан немесе соларға ұқсас материалдардан жасалған бұйымдар',
    },
    shortName: {
      en: 'Stone, cement, asbestos goods',
      ru: 'Изделия из камня, цемента',
      kk: 'Тас, цемент бұйымдары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XIII_Stone_Ceramic_Glass/Chapter_68_Stone_Articles/1368_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1368_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.68_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '69',
    section: 'XIII',
    name: {
      en: 'Ceramic products',
      ru: 'Керамические изделия',
      kk: 'Керамикалық бұйымдар',
    },
    shortName: { en: 'Ceramics', ru: 'Керамика', kk: 'Керамика' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XIII_Stone_Ceramic_Glass/Chapter_69_Ceramic_Products/1369_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1369_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.69_2022_08.05.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '70',
    section: 'XIII',
    name: {
      en: 'Glass and glassware',
      ru: 'Стекло и изделия из него',
      kk: 'Шыны және одан жасалған бұйымдар',
    },
    shortName: { en: 'Glass', ru: 'Стекло', kk: 'Шыны' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XIII_Stone_Ceramic_Glass/Chapter_70_Glass_Glassware/1370_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1370_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.70_2022_17.03.2024.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '71',
    section: 'XIV',
    name: {
      en: 'Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin',
      ru: 'Жемчуг природный или культивированный, драгоценные или полудрагоценные камни, драгоценные металлы, металлы, плакированные драгоценными металлами, и изделия из них; бижутерия; монеты',
      kk: 'Табиғи немесе қолдан өсірілген інжу, асыл немесе жартылай асыл тастар, асыл металдар, асыл металмен қапталған металдар және олардан жасалған бұйымдар; бижутерия; монеталар',
    },
    shortName: {
      en: 'Pearls, gems, precious metals',
      ru: 'Драгоценные камни и металлы',
      kk: 'Асыл тастар мен металдар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XIV_Pearls_Precious_Stones_Metals/Chapter_71_Pearls_Precious_Stones_Metals/1471_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1471_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.71_2022_25.01.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '72',
    section: 'XV',
    name: { en: 'Iron and steel', ru: 'Черные металлы', kk: 'Қара металдар' },
    shortName: {
      en: 'Iron and steel',
      ru: 'Чёрные металлы',
      kk: 'Қара металдар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_72_Iron_Steel/1572_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1572_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.72_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '73',
    section: 'XV',
    name: {
      en: 'Articles of iron or steel',
      ru: 'Изделия из черных металлов',
      kk: 'Қара металдардан жасалған бұйымдар',
    },
    shortName: {
      en: 'Articles of iron or steel',
      ru: 'Изделия из чёрных металлов',
      kk: 'Қара металл бұйымдары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_73_Iron_Steel_Articles/1573_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1573_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.73_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '74',
    section: 'XV',
    name: {
      en: 'Copper and articles thereof',
      ru: 'Медь и изделия из нее',
      kk: 'Мыс және одан жасалған бұйымдар',
    },
    shortName: { en: 'Copper', ru: 'Медь', kk: 'Мыс' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_74_Copper_Articles/1574_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1574_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.74_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '75',
    section: 'XV',
    name: {
      en: 'Nickel and articles thereof',
      ru: 'Никель и изделия из него',
      kk: 'Никель және одан жасалған бұйымдар',
    },
    shortName: { en: 'Nickel', ru: 'Никель', kk: 'Никель' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_75_Nickel_Articles/1575_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1575_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.75_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '76',
    section: 'XV',
    name: {
      en: 'Aluminium and articles thereof',
      ru: 'Алюминий и изделия из него',
      kk: 'Алюминий және одан жасалған бұйымдар',
    },
    shortName: { en: 'Aluminium', ru: 'Алюминий', kk: 'Алюминий' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_76_Aluminum_Articles/1576_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1576_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.76_2022_08.05.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '78',
    section: 'XV',
    name: {
      en: 'Lead and articles thereof',
      ru: 'Свинец и изделия из него',
      kk: 'Қорғасын және одан жасалған бұйымдар',
    },
    shortName: { en: 'Lead', ru: 'Свинец', kk: 'Қорғасын' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_78_Lead_Articles/1578_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1578_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.78_2022_25.04.2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '79',
    section: 'XV',
    name: {
      en: 'Zinc and articles thereof',
      ru: 'Цинк и изделия из него',
      kk: 'Мырыш және одан жасалған бұйымдар',
    },
    shortName: { en: 'Zinc', ru: 'Цинк', kk: 'Мырыш' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_79_Zinc_Articles/1579_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1579_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.79_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '80',
    section: 'XV',
    name: {
      en: 'Tin and articles thereof',
      ru: 'Олово и изделия из него',
      kk: 'Қалайы және одан жасалған бұйымдар',
    },
    shortName: { en: 'Tin', ru: 'Олово', kk: 'Қалайы' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_80_Tin_Articles/1580_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1580_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.80_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '81',
    section: 'XV',
    name: {
      en: 'Other base metals; cermets; articles thereof',
      ru: 'Прочие недрагоценные металлы; металлокерамика; изделия из них',
      kk: 'Басқа да асыл емес металдар; металлокерамика; олардан жасалған бұйымдар',
    },
    shortName: {
      en: 'Other base metals',
      ru: 'Прочие недрагоценные металлы',
      kk: 'Өзге асыл емес металдар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_81_Other_Base_Metals/1581_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1581_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.81_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '82',
    section: 'XV',
    name: {
      en: 'Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal',
      ru: 'Инструменты, приспособления, ножевые изделия, ложки и вилки из недрагоценных металлов; их части из недрагоценных металлов',
      kk: 'Асыл емес металдардан жасалған құралдар, айлабұйымдар, пышақ бұйымдары, қасықтар мен шанышқылар; олардың асыл емес металдардан жасалған бөліктері',
    },
    shortName: {
      en: 'Tools, cutlery',
      ru: 'Инструменты, ножевые изделия',
      kk: 'Құралдар, пышақ бұйымы',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_82_Tools_Cutlery/1582_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1582_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.82_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '83',
    section: 'XV',
    name: {
      en: 'Miscellaneous articles of base metal',
      ru: 'Прочие изделия из недрагоценных металлов',
      kk: 'Асыл емес металдардан жасалған басқа да бұйымдар',
    },
    shortName: {
      en: 'Misc. base metal articles',
      ru: 'Прочие изделия из металлов',
      kk: 'Өзге металл бұйымдары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XV_Base_Metals_Articles/Chapter_83_Miscellaneous_Base_Metal_Articles/1583_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1583_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.83_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '84',
    section: 'XVI',
    name: {
      en: 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof',
      ru: 'Реакторы ядерные, котлы, оборудование и механические устройства; их части',
      kk: 'Ядролық реакторлар, қазандықтар, жабдықтар және механикалық құрылғылар; олардың бөліктері',
    },
    shortName: {
      en: 'Machinery, boilers, reactors',
      ru: 'Машины и оборудование',
      kk: 'Машиналар мен жабдықтар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVI_Machinery_Electrical_Equipment/Chapter_84_Nuclear_Reactors_Machinery/1684_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1684_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.84_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '85',
    section: 'XVI',
    name: {
      en: 'Electrical machinery and equipment and parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles',
      ru: 'Электрические машины и оборудование, их части; звукозаписывающая и звуковоспроизводящая аппаратура, аппаратура для записи и воспроизведения телевизионного изображения и звука, их части и принадлежности',
      kk: 'Электр машиналары мен жабдықтары, олардың бөліктері; дыбыс жазатын және дыбысты қайта жаңғыртатын аппаратура, телевизиялық бейне мен дыбысты жазуға және қайта жаңғыртуға арналған аппаратура, олардың бөліктері мен керек-жарақтары',
    },
    shortName: {
      en: 'Electrical equipment',
      ru: 'Электрооборудование',
      kk: 'Электр жабдықтары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVI_Machinery_Electrical_Equipment/Chapter_85_Electrical_Machinery/1685_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1685_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.85_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '86',
    section: 'XVII',
    name: {
      en: 'Railway or tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds',
      ru: 'Железнодорожные локомотивы или моторные вагоны трамвая, подвижной состав и их части; путевое оборудование и устройства для железных дорог или трамвайных путей и их части; механическое (включая электромеханическое) сигнальное оборудование всех видов',
      kk: 'Темір жол локомотивтері немесе трамвайдың моторлы вагондары, жылжымалы құрам және олардың бөліктері; темір жолдарға немесе трамвай жолдарына арналған жол жабдықтары мен құрылғылары және олардың бөліктері; барлық түрдегі механикалық (соның ішінде электромеханикалық) сигнал беру жабдықтары',
    },
    shortName: {
      en: 'Railway equipment',
      ru: 'Железнодорожная техника',
      kk: 'Темір жол техникасы',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVII_Transport_Equipment/Chapter_86_Railway_Locomotives/1786_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1786_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.86_2022_20.03.2023.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '87',
    section: 'XVII',
    name: {
      en: 'Vehicles other than railway or tramway rolling-stock, and parts and accessories thereof',
      ru: 'Средства наземного транспорта, кроме железнодорожного или трамвайного подвижного состава, и их части и принадлежности',
      kk: 'Темір жол немесе трамвай жылжымалы құрамынан басқа жерүсті көлік құралдары, олардың бөліктері мен керек-жарақтары',
    },
    shortName: {
      en: 'Vehicles (non-rail)',
      ru: 'Автотранспорт (кроме ж/д)',
      kk: 'Автокөлік (т/ж емес)',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVII_Transport_Equipment/Chapter_87_Motor_Vehicles/1787_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1787_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.87_2022_22.01.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '88',
    section: 'XVII',
    name: {
      en: 'Aircraft, spacecraft, and parts thereof',
      ru: 'Летательные аппараты, космические аппараты, и их части',
      kk: 'Ұшу аппараттары, ғарыш аппараттары және олардың бөліктері',
    },
    shortName: {
      en: 'Aircraft, spacecraft',
      ru: 'Летательные аппараты',
      kk: 'Ұшу аппараттары',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVII_Transport_Equipment/Chapter_88_Aircraft_Spacecraft/1788_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1788_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.88_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '89',
    section: 'XVII',
    name: {
      en: 'Ships, boats and floating structures',
      ru: 'Суда, лодки и плавучие конструкции',
      kk: 'Кемелер, қайықтар және жүзбелі құрылмалар',
    },
    shortName: {
      en: 'Ships and boats',
      ru: 'Суда и лодки',
      kk: 'Кемелер мен қайықтар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVII_Transport_Equipment/Chapter_89_Ships_Boats/1789_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1789_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.89_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '90',
    section: 'XVIII',
    name: {
      en: 'Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; parts and accessories thereof',
      ru: 'Инструменты и аппараты оптические, фотографические, кинематографические, измерительные, контрольные, прецизионные, медицинские или хирургические; их части и принадлежности',
      kk: 'Оптикалық, фотографиялық, кинематографиялық, өлшеу, бақылау, прецизиялық, медициналық немесе хирургиялық құралдар мен аппараттар; олардың бөліктері мен керек-жарақтары',
    },
    shortName: {
      en: 'Optical, medical instruments',
      ru: 'Оптика, приборы, медтехника',
      kk: 'Оптика, аспап, медтехника',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVIII_Precision_Instruments_Apparatus/Chapter_90_Optical_Measuring_Instruments/1890_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1890_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.90_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '91',
    section: 'XVIII',
    name: {
      en: 'Clocks and watches and parts thereof',
      ru: 'Часы всех видов и их части',
      kk: 'Барлық түрдегі сағаттар және олардың бөліктері',
    },
    shortName: { en: 'Clocks and watches', ru: 'Часы', kk: 'Сағаттар' },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVIII_Precision_Instruments_Apparatus/Chapter_91_Clocks_Watches/1891_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1891_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.91_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '92',
    section: 'XVIII',
    name: {
      en: 'Musical instruments; parts and accessories of such articles',
      ru: 'Инструменты музыкальные; их части и принадлежности',
      kk: 'Музыкалық аспаптар; олардың бөліктері мен керек-жарақтары',
    },
    shortName: {
      en: 'Musical instruments',
      ru: 'Музыкальные инструменты',
      kk: 'Музыкалық аспаптар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XVIII_Precision_Instruments_Apparatus/Chapter_92_Musical_Instruments/1892_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1892_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.92_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '93',
    section: 'XIX',
    name: {
      en: 'Arms and ammunition; parts and accessories thereof',
      ru: 'Оружие и боеприпасы; их части и принадлежности',
      kk: 'Қару-жарақ пен оқ-дәрілер; олардың бөліктері мен керек-жарақтары',
    },
    shortName: {
      en: 'Arms and ammunition',
      ru: 'Оружие и боеприпасы',
      kk: 'Қару-жарақ, оқ-дәрі',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XIX_Arms_Ammunition/Chapter_93_Arms_Ammunition/1993_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 1993_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.93_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '94',
    section: 'XX',
    name: {
      en: 'Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; luminaires and lighting fittings, not elsewhere specified or included; illuminated signs, illuminated name-plates and the like; prefabricated buildings',
      ru: 'Мебель; постельные принадлежности, матрацы, основы матрацные, диванные подушки и аналогичные набивные принадлежности мебели; светильники и осветительное оборудование, в другом месте не поименованные или не включенные; световые вывески, световые таблички с именем или названием, или адресом и аналогичные изделия; сборные строительные конструкции',
      kk: 'Жиһаз; төсек-орын керек-жарақтары, матрацтар, матрац негіздері, диван жастықтары және жиһаздың соған ұқсас толтырылған керек-жарақтары; басқа жерде аталмаған немесе енгізілмеген шамдар мен жарықтандыру жабдықтары; жарықтандырылған маңдайшалар, аты, атауы немесе мекенжайы жазылған жарықтандырылған тақтайшалар және соған ұқсас бұйымдар; құрама құрылыс конструкциялары',
    },
    shortName: {
      en: 'Furniture, bedding, lighting',
      ru: 'Мебель, постельное, светильники',
      kk: 'Жиһаз, төсек, шамдар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XX_Miscellaneous_Manufactured_Articles/Chapter_94_Furniture_Bedding/2094_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 2094_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.94_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '95',
    section: 'XX',
    name: {
      en: 'Toys, games and sports requisites; parts and accessories thereof',
      ru: 'Игрушки, игры и спортивный инвентарь; их части и принадлежности',
      kk: 'Ойыншықтар, ойындар және спорт мүкәммалы; олардың бөліктері мен керек-жарақтары',
    },
    shortName: {
      en: 'Toys, games, sports goods',
      ru: 'Игрушки, игры, спорттовары',
      kk: 'Ойыншық, ойын, спорт',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XX_Miscellaneous_Manufactured_Articles/Chapter_95_Toys_Games_Sports_Equipment/2095_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 2095_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.95_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '96',
    section: 'XX',
    name: {
      en: 'Miscellaneous manufactured articles',
      ru: 'Разные готовые изделия',
      kk: 'Әртүрлі дайын бұйымдар',
    },
    shortName: {
      en: 'Misc. manufactured articles',
      ru: 'Разные готовые изделия',
      kk: 'Әртүрлі дайын бұйымдар',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XX_Miscellaneous_Manufactured_Articles/Chapter_96_Miscellaneous_Manufactured_Articles/2096_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 2096_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.96_2022_08.03.2026.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
  {
    id: '97',
    section: 'XXI',
    name: {
      en: "Works of art, collectors' pieces and antiques",
      ru: 'Произведения искусства, предметы коллекционирования и антиквариат',
      kk: 'Өнер туындылары, коллекциялық заттар және антиквариат',
    },
    shortName: {
      en: 'Works of art, antiques',
      ru: 'Искусство, антиквариат',
      kk: 'Өнер, антиквариат',
    },
    kkUnofficial: true,
    sources: {
      en: 'bajalabs/HTC-v1@adeab97f9e4f784ca640689453511c002d4b9464:HTS/Section_XXI_Works_of_Art_Antiques/Chapter_97_Works_of_Art_Antiques/2197_2022e.pdf (WCO HS Nomenclature 2022 edition, chapter PDF 2197_2022e.pdf)',
      ru: 'ivan88810900-star/tnved_starter_kit_v2@9712c7b1380af7457fb6c89ef7710d8cda0e968b:backend/app/services/source_sync/data/ru.97_2022.pdf (EEC, ETT/TN VED EAEU group file; heading set in capitals in source, letter case normalised)',
      kk: null,
    },
  },
];
