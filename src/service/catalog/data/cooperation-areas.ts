import type { LocalizedText } from '@/api/schemas/common';
import type { CooperationArea, KeyFigure } from '@/api/schemas/cooperation';

/**
 * Cooperation areas and timeline of the demo backend. Every text is grounded
 * in /shared/domain/FACTS.md, facts.csv and events.csv; figure ids (F02…) and
 * event ids (E01…) follow those files so a reviewer can trace each line.
 */

export const F02_URL =
  'https://www.gov.kz/memleket/entities/akimvko/press/news/details/650060?lang=ru';
export const F10_URL =
  'https://www.amic.ru/news/prochee/gubernator-tomenko-nazval-kazahstan-samym-krupnym-vneshnetorgovym-partnerom-altayskogo-kraya/';
export const F24_URL =
  'https://astanatimes.com/2022/03/kazakhstans-great-steppe-gold-exhibition-lauded-in-world-famous-apollo-art-magazine/';

const akimatRelease: LocalizedText = {
  en: 'Akimat of East Kazakhstan region, press release',
  ru: 'Акимат Восточно-Казахстанской области, пресс-релиз',
  kk: 'Шығыс Қазақстан облысы әкімдігі, баспасөз хабарламасы',
};

const f02: KeyFigure = {
  id: 'F02',
  label: {
    en: 'Mutual trade, East Kazakhstan region – Altai Krai, January–August 2023',
    ru: 'Взаимный товарооборот ВКО и Алтайского края, январь–август 2023 года',
    kk: 'ШҚО мен Алтай өлкесінің өзара тауар айналымы, 2023 жылғы қаңтар–тамыз',
  },
  value: 927_000_000,
  unit: 'USD',
  period: '2023-01..2023-08',
  geography: 'KZ-63<->RU-ALT',
  sourceUrl: F02_URL,
  sourceName: akimatRelease,
  confidence: 'high',
  caveat: {
    en: 'Reported by the akimat; no split by month, direction or product was published, and the statistical basis is not stated.',
    ru: 'Данные акимата; разбивка по месяцам, направлениям и товарам не публиковалась, статистическая основа не указана.',
    kk: 'Әкімдік жариялаған дерек; айлар, бағыттар мен тауарлар бойынша бөлінісі жарияланбаған, статистикалық негізі көрсетілмеген.',
  },
};

const f17: KeyFigure = {
  id: 'F17',
  label: {
    en: 'Kazakhs living in Altai Krai (2010 census)',
    ru: 'Казахи, проживающие в Алтайском крае (перепись 2010 года)',
    kk: 'Алтай өлкесінде тұратын қазақтар (2010 жылғы санақ)',
  },
  value: 8_000,
  unit: 'persons',
  period: '2010',
  geography: 'RU-ALT',
  sourceUrl: 'https://moyaokruga.ru/elcred/Articles.aspx?articleId=382296',
  sourceName: {
    en: 'Regional statistics office note (moyaokruga.ru)',
    ru: 'Справка регионального органа статистики (moyaokruga.ru)',
    kk: 'Өңірлік статистика органының анықтамасы (moyaokruga.ru)',
  },
  confidence: 'high',
  caveat: {
    en: 'About 8,000; another regional source says just under 8,000. The release’s «more than 8 thousand compatriots» is close but not literal, and compatriots are not only ethnic Kazakhs. No 2021 census figure was found.',
    ru: 'Около 8 тысяч; по другому региональному источнику — чуть менее 8 тысяч. Слова пресс-релиза «более 8 тысяч соотечественников» близки к этому, но буквально не подтверждаются, а соотечественники — не только этнические казахи. Данные переписи 2021 года не найдены.',
    kk: 'Шамамен 8 мың; басқа өңірлік дереккөз бойынша — 8 мыңнан сәл аз. Баспасөз хабарламасындағы «8 мыңнан астам отандас» деген сөз бұған жақын, бірақ сөзбе-сөз расталмайды, әрі отандастар тек этникалық қазақтар емес. 2021 жылғы санақ деректері табылмады.',
  },
};

const f24: KeyFigure = {
  id: 'F24',
  label: {
    en: 'Visitors of «Gold of the Great Steppe» at the Fitzwilliam Museum, Cambridge',
    ru: 'Посетители выставки «Золото Великой степи» в Музее Фицуильяма (Кембридж)',
    kk: 'Кембридждегі Фицуильям мұражайындағы «Ұлы дала алтыны» көрмесінің келушілері',
  },
  value: 25_000,
  unit: 'visitors',
  period: '2021-09-28..2022-01-30',
  geography: 'KZ-63',
  sourceUrl: F24_URL,
  sourceName: {
    en: 'The Astana Times',
    ru: 'The Astana Times',
    kk: 'The Astana Times',
  },
  confidence: 'high',
  caveat: {
    en: 'Approximate. The akimat’s release says London; the verified UK venue is the Fitzwilliam Museum in Cambridge.',
    ru: 'Приблизительно. В пресс-релизе акимата указан Лондон; подтверждённая площадка в Великобритании — Музей Фицуильяма в Кембридже.',
    kk: 'Шамамен алынған сан. Әкімдіктің баспасөз хабарламасында Лондон деп көрсетілген; Ұлыбританиядағы расталған орны — Кембридждегі Фицуильям мұражайы.',
  },
};

const f18: KeyFigure = {
  id: 'F18',
  label: {
    en: 'Honey output of East Kazakhstan region, 2024 (first in Kazakhstan)',
    ru: 'Производство мёда в ВКО, 2024 год (первое место в Казахстане)',
    kk: 'ШҚО-дағы бал өндірісі, 2024 жыл (Қазақстанда бірінші орын)',
  },
  value: 2_898.5,
  unit: 't',
  period: '2024',
  geography: 'KZ-63',
  sourceUrl: 'https://kazpravda.kz/n/v-vko-uvelichivayut-eksport-meda/',
  sourceName: {
    en: 'Kazpravda',
    ru: '«Казахстанская правда»',
    kk: '«Казахстанская правда» газеті',
  },
  confidence: 'high',
  caveat: null,
};

const f19: KeyFigure = {
  id: 'F19',
  label: {
    en: 'Commercial honey output of Altai Krai, 2024 (first in Russia)',
    ru: 'Производство товарного мёда в Алтайском крае, 2024 год (первое место в России)',
    kk: 'Алтай өлкесіндегі тауарлық бал өндірісі, 2024 жыл (Ресейде бірінші орын)',
  },
  value: 5_465,
  unit: 't',
  period: '2024',
  geography: 'RU-ALT',
  sourceUrl: 'https://ria.ru/20251203/altay-2059452078.html',
  sourceName: {
    en: 'RIA Novosti',
    ru: 'РИА Новости',
    kk: '«РИА Новости» агенттігі',
  },
  confidence: 'high',
  // facts.csv gives no caveat, but its statement says the RIA article has the
  // rounded figure and the exact one comes from another outlet.
  caveat: {
    en: 'RIA Novosti quotes governor Tomenko’s rounded 5.5 thousand t; the exact 5,465 t is from 4s-info.ru (30 May 2025).',
    ru: 'РИА Новости приводит округлённую цифру губернатора Томенко — 5,5 тыс. т; точная цифра 5 465 т — по данным 4s-info.ru (30 мая 2025 года).',
    kk: '«РИА Новости» губернатор Томенко айтқан дөңгелектенген 5,5 мың т көрсеткішін келтіреді; нақты 5 465 т 4s-info.ru сайтынан алынған (2025 жылғы 30 мамыр).',
  },
};

const f22: KeyFigure = {
  id: 'F22',
  label: {
    en: 'Marals and spotted deer in Altai Krai (about 30 farms)',
    ru: 'Поголовье маралов и пятнистых оленей в Алтайском крае (около 30 хозяйств)',
    kk: 'Алтай өлкесіндегі марал мен теңбіл бұғы басы (шамамен 30 шаруашылық)',
  },
  value: 25_000,
  unit: 'head',
  period: '2015',
  geography: 'RU-ALT',
  sourceUrl: 'https://m.ru24.pro/pics/20691243',
  sourceName: {
    en: 'Ru24.pro news aggregator',
    ru: 'Новостной агрегатор Ru24.pro',
    kk: 'Ru24.pro жаңалықтар агрегаторы',
  },
  confidence: 'medium',
  caveat: {
    en: 'An old figure (2015) from a news aggregator; about 25,000 head.',
    ru: 'Устаревшая цифра (2015 год) из новостного агрегатора; около 25 тысяч голов.',
    kk: 'Жаңалықтар агрегаторынан алынған ескі көрсеткіш (2015 жыл); шамамен 25 мың бас.',
  },
};

const f21: KeyFigure = {
  id: 'F21',
  label: {
    en: 'Raw antler (velvet) harvest in the Altai Republic, 2024',
    ru: 'Заготовка сырых пантов в Республике Алтай, 2024 год',
    kk: 'Алтай Республикасында дайындалған шикі марал мүйізі (пантылар), 2024 жыл',
  },
  value: 128,
  unit: 't',
  period: '2024',
  geography: 'RU-AL',
  sourceUrl: 'https://dzen.ru/a/Zs16yafqUCkjQGLD',
  sourceName: {
    en: 'Dzen (repost of regional news)',
    ru: 'Дзен (перепечатка региональных новостей)',
    kk: 'Дзен (өңірлік жаңалықтардың көшірмесі)',
  },
  confidence: 'medium',
  caveat: {
    en: 'This figure is for the Altai Republic, not Altai Krai; some outlets mislabel similar data as Altai Krai.',
    ru: 'Цифра относится к Республике Алтай, а не к Алтайскому краю; некоторые издания ошибочно приписывают похожие данные Алтайскому краю.',
    kk: 'Көрсеткіш Алтай өлкесіне емес, Алтай Республикасына қатысты; кейбір басылымдар осыған ұқсас деректерді қате түрде Алтай өлкесіне жатқызады.',
  },
};

const f10: KeyFigure = {
  id: 'F10',
  label: {
    en: 'Altai Krai’s trade with Kazakhstan (about 2018)',
    ru: 'Товарооборот Алтайского края с Казахстаном (около 2018 года)',
    kk: 'Алтай өлкесінің Қазақстанмен тауар айналымы (шамамен 2018 жыл)',
  },
  value: 480_000_000,
  unit: 'USD',
  period: '2018 (stated Nov 2019)',
  geography: 'RU-ALT<->KZ',
  sourceUrl: F10_URL,
  sourceName: {
    en: 'Amic.ru, quoting the governor of Altai Krai',
    ru: 'Amic.ru, со слов губернатора Алтайского края',
    kk: 'Amic.ru, Алтай өлкесі губернаторының сөзі бойынша',
  },
  confidence: 'high',
  caveat: {
    en: 'About 480 M USD (exports ≈360 M, imports ≈120 M). The partner is all of Kazakhstan, not one region; the period is presumably 2018; the headline says roubles but the quote says dollars.',
    ru: 'Около 480 млн долл. США (экспорт ≈360 млн, импорт ≈120 млн). Партнёр — весь Казахстан, а не один регион; период предположительно 2018 год; в заголовке указаны рубли, в цитате — доллары.',
    kk: 'Шамамен 480 млн АҚШ доллары (экспорт ≈360 млн, импорт ≈120 млн). Серіктес — жеке облыс емес, бүкіл Қазақстан; кезеңі шамамен 2018 жыл; тақырыпта рубль, ал дәйексөзде доллар деп көрсетілген.',
  },
};

const f12: KeyFigure = {
  id: 'F12',
  label: {
    en: 'Crop products exported by Altai Krai to Kazakhstan, 2023',
    ru: 'Экспорт продукции растениеводства из Алтайского края в Казахстан, 2023 год',
    kk: 'Алтай өлкесінен Қазақстанға экспортталған өсімдік шаруашылығы өнімдері, 2023 жыл',
  },
  value: 1_100_000,
  unit: 't',
  period: '2023',
  geography: 'RU-ALT->KZ',
  sourceUrl:
    'https://agrosektor.kz/agriculture-news/eksport-selskohozyajstvennoj-produkcii-v-kazahstan-iz-altajskogo-kraya-uvelichilsya-za-pyat-let-v-shest-raz.html',
  sourceName: {
    en: 'Agrosektor.kz',
    ru: 'Agrosektor.kz',
    kk: 'Agrosektor.kz',
  },
  confidence: 'high',
  caveat: {
    en: 'Measured in tonnes, not USD; the destination is all of Kazakhstan, not one region.',
    ru: 'В тоннах, а не в долларах; получатель — весь Казахстан, а не отдельный регион.',
    kk: 'Көлемі АҚШ долларымен емес, тоннамен берілген; алушы — жеке облыс емес, бүкіл Қазақстан.',
  },
};

/** The seven areas named in the akimat's release, in the release's order. */
export const cooperationAreas: CooperationArea[] = [
  {
    id: 'trade-fairs',
    title: {
      en: 'Trade fairs and exhibitions',
      ru: 'Ярмарки и выставки',
      kk: 'Жәрмеңкелер мен көрмелер',
    },
    summary: {
      en: 'The East Kazakhstan akimat’s release on the meeting at the 19th Forum names trade fairs and exhibitions as a lever for cooperation with Altai Krai. The meeting quoted mutual trade of 927 million USD for January–August 2023, the only published figure for this pair.',
      ru: 'В пресс-релизе акимата ВКО о встрече на XIX Форуме ярмарки и выставки названы рычагом сотрудничества с Алтайским краем. На встрече прозвучала цифра взаимного товарооборота за январь–август 2023 года — 927 млн долларов США, единственная опубликованная цифра по этой паре регионов.',
      kk: 'ШҚО әкімдігінің XIX форумдағы кездесу туралы баспасөз хабарламасында жәрмеңкелер мен көрмелер Алтай өлкесімен ынтымақтастықтың тетігі ретінде аталған. Кездесуде 2023 жылғы қаңтар–тамыздағы өзара тауар айналымы — 927 млн АҚШ доллары аталды; бұл — осы өңірлер жұбы бойынша жарияланған жалғыз көрсеткіш.',
    },
    figures: [f02],
    caveats: [
      {
        en: 'No list of specific fairs with dates was found.',
        ru: 'Перечень конкретных ярмарок с датами не найден.',
        kk: 'Нақты күндері көрсетілген жәрмеңкелер тізімі табылмады.',
      },
    ],
  },
  {
    id: 'culture',
    title: {
      en: 'Cultural and humanitarian ties',
      ru: 'Культурно-гуманитарные связи',
      kk: 'Мәдени-гуманитарлық байланыстар',
    },
    summary: {
      en: 'About 8,000 Kazakhs lived in Altai Krai at the 2010 census. The International Coordinating Council «Our Common Home – Altai» was founded in Barnaul in 2003 by six Altai regions, and «Gold of the Great Steppe», an exhibition of Saka gold from the East Kazakhstan Regional Museum, has been shown in Moscow, Cambridge, Kazan and Ankara.',
      ru: 'По переписи 2010 года в Алтайском крае проживало около 8 тысяч казахов. Международный координационный совет «Наш общий дом — Алтай» основан в Барнауле в 2003 году шестью регионами Алтая, а выставка сакского золота из Восточно-Казахстанского областного музея «Золото Великой степи» экспонировалась в Москве, Кембридже, Казани и Анкаре.',
      kk: '2010 жылғы санақ бойынша Алтай өлкесінде шамамен 8 мың қазақ тұрған. «Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесін 2003 жылы Барнауылда Алтайдың алты өңірі құрды, ал Шығыс Қазақстан облыстық мұражайындағы сақ алтынының «Ұлы дала алтыны» көрмесі Мәскеуде, Кембриджде, Қазанда және Анкарада көрсетілді.',
    },
    figures: [f17, f24],
    caveats: [
      {
        en: 'Meetings of the council «Наш общий дом — Алтай» (Our Common Home – Altai) after 2018 are not verified by any source found.',
        ru: 'Заседания совета «Наш общий дом — Алтай» после 2018 года не подтверждены ни одним найденным источником.',
        kk: '«Біздің ортақ үйіміз – Алтай» («Наш общий дом — Алтай») кеңесінің 2018 жылдан кейінгі отырыстары табылған бірде-бір дереккөзбен расталмаған.',
      },
    ],
  },
  {
    id: 'tourism',
    title: { en: 'Tourism', ru: 'Туризм', kk: 'Туризм' },
    summary: {
      en: 'The akimat’s release names tourism among the areas of cooperation between East Kazakhstan and Altai Krai.',
      ru: 'В пресс-релизе акимата туризм назван среди направлений сотрудничества ВКО и Алтайского края.',
      kk: 'Әкімдіктің баспасөз хабарламасында туризм ШҚО мен Алтай өлкесі арасындағы ынтымақтастық бағыттарының бірі ретінде аталған.',
    },
    figures: [],
    caveats: [
      {
        en: 'No verified figure on tourism between the two regions was found.',
        ru: 'Проверенных данных о туризме между двумя регионами не найдено.',
        kk: 'Екі өңір арасындағы туризм туралы расталған көрсеткіш табылмады.',
      },
    ],
  },
  {
    id: 'honey',
    title: {
      en: 'Honey processing and beekeeping',
      ru: 'Переработка мёда и пчеловодство',
      kk: 'Бал өңдеу және омарта шаруашылығы',
    },
    summary: {
      en: 'Both regions lead their countries in honey: in 2024 East Kazakhstan produced 2,898.5 t, first in Kazakhstan, and Altai Krai 5,465 t of commercial honey, first in Russia. Joint development of beekeeping was on the agenda of the 19th Forum, where governor Tomenko said honey should not be the only bee product.',
      ru: 'Оба региона лидируют по мёду в своих странах: в 2024 году ВКО произвела 2 898,5 т (первое место в Казахстане), Алтайский край — 5 465 т товарного мёда (первое место в России). Совместное развитие пчеловодства обсуждалось на XIX Форуме; губернатор Томенко отметил, что мёд не должен быть единственным продуктом пчеловодства.',
      kk: 'Екі өңір де бал өндіруден өз елінде көш бастап тұр: 2024 жылы ШҚО 2 898,5 т бал өндірді (Қазақстанда бірінші орын), Алтай өлкесі — 5 465 т тауарлық бал (Ресейде бірінші орын). XIX форумда омарта шаруашылығын бірлесіп дамыту талқыланды; губернатор Томенко бал омарта шаруашылығының жалғыз өнімі болмауы керек екенін атап өтті.',
    },
    figures: [f18, f19],
    caveats: [],
  },
  {
    id: 'maral',
    title: {
      en: 'Maral deer breeding',
      ru: 'Мараловодство',
      kk: 'Марал шаруашылығы',
    },
    summary: {
      en: 'The largest maral herds are in the Russian Altai, the second largest in the Katon-Karagai district of East Kazakhstan. Maral breeding was on the agenda of the 19th Forum as an area for joint development.',
      ru: 'Крупнейшее поголовье маралов — на российском Алтае, второе — в Катон-Карагайском районе ВКО. На XIX Форуме мараловодство обсуждалось как направление совместного развития.',
      kk: 'Маралдың ең көп басы Ресейдің Алтайында, екінші орында — ШҚО-ның Катонқарағай ауданы. XIX форумда марал шаруашылығы бірлесіп дамыту бағыты ретінде талқыланды.',
    },
    figures: [f22, f21],
    caveats: [],
  },
  {
    id: 'agriculture',
    title: {
      en: 'Agriculture and machinery',
      ru: 'Сельское хозяйство и техника',
      kk: 'Ауыл шаруашылығы және техника',
    },
    summary: {
      en: 'According to Altai Krai press, agriculture was the main topic of the meeting at the 19th Forum, including joint development of poultry farming. Altai Krai sends agricultural machinery, grain, oilseeds, flour and groats to Kazakhstan; Kazakhstan sends vegetables, fruit and confectionery, as well as aluminium.',
      ru: 'По данным алтайской прессы, сельское хозяйство было главной темой встречи на XIX Форуме, включая совместное развитие птицеводства. Алтайский край поставляет в Казахстан сельхозтехнику, зерно, масличные, муку и крупы; Казахстан — овощи, фрукты и кондитерские изделия, а также алюминий.',
      kk: 'Алтай өлкесі баспасөзінің хабарлауынша, XIX форумдағы кездесудің басты тақырыбы ауыл шаруашылығы болды, оның ішінде құс шаруашылығын бірлесіп дамыту. Алтай өлкесі Қазақстанға ауыл шаруашылығы техникасын, астық, майлы дақылдар, ұн мен жарма жеткізеді; Қазақстан — көкөніс, жеміс пен кондитерлік өнімдер, сондай-ақ алюминий.',
    },
    figures: [f10, f12],
    caveats: [],
  },
  {
    id: 'joint-projects',
    title: {
      en: 'Joint projects',
      ru: 'Совместные проекты',
      kk: 'Бірлескен жобалар',
    },
    summary: {
      en: 'The parties agreed to prepare a set of concrete projects. On 19 February 2026 Altai Krai and East Kazakhstan signed a protocol on developing bilateral relations.',
      ru: 'Стороны договорились подготовить пакет конкретных проектов. 19 февраля 2026 года Алтайский край и ВКО подписали протокол о развитии двусторонних отношений.',
      kk: 'Тараптар нақты жобалар топтамасын дайындауға уағдаласты. 2026 жылғы 19 ақпанда Алтай өлкесі мен ШҚО екіжақты қатынастарды дамыту туралы хаттамаға қол қойды.',
    },
    figures: [],
    caveats: [],
  },
];
