import type { Chapter } from '@/api/schemas/sectors';

/**
 * The 96 HS 2022 chapters, generated from sources/hs_chapters.csv (chapter 77
 * is reserved by the WCO and has no goods, so it is left out). English titles
 * are the WCO's, Russian titles the EEC's TN VED EAEU wording (set in capitals
 * there; the CSV normalised the letter case). Short names are ours, for charts.
 * No official Kazakh text of the chapter titles was found, so every Kazakh
 * name and short name is our own translation, modelled on the Russian wording
 * and the section titles in sectors.ts, and flagged `kkUnofficial`.
 * chapters.test.ts checks this list against the CSV row by row. The CSV also
 * names the chapter file each title was taken from; those paths stay there,
 * off the wire, where they would triple the size of GET /api/sectors.
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
  },
  {
    id: '10',
    section: 'II',
    name: { en: 'Cereals', ru: 'Злаки', kk: 'Дәнді дақылдар' },
    shortName: { en: 'Cereals', ru: 'Злаки (зерно)', kk: 'Дәнді дақылдар' },
    kkUnofficial: true,
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
  },
  {
    id: '31',
    section: 'VI',
    name: { en: 'Fertilisers', ru: 'Удобрения', kk: 'Тыңайтқыштар' },
    shortName: { en: 'Fertilisers', ru: 'Удобрения', kk: 'Тыңайтқыштар' },
    kkUnofficial: true,
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
  },
  {
    id: '50',
    section: 'XI',
    name: { en: 'Silk', ru: 'Шелк', kk: 'Жібек' },
    shortName: { en: 'Silk', ru: 'Шёлк', kk: 'Жібек' },
    kkUnofficial: true,
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
  },
  {
    id: '52',
    section: 'XI',
    name: { en: 'Cotton', ru: 'Хлопок', kk: 'Мақта' },
    shortName: { en: 'Cotton', ru: 'Хлопок', kk: 'Мақта' },
    kkUnofficial: true,
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
  },
];
