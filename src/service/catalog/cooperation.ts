import type { LocalizedText } from '@/api/schemas/common';
import type {
  CooperationArea,
  CooperationEvent,
  CooperationResponse,
  KeyFigure,
} from '@/api/schemas/cooperation';

/**
 * Cooperation areas and timeline of the demo backend. Every text is grounded
 * in /shared/domain/FACTS.md, facts.csv and events.csv; figure ids (F02…) and
 * event ids (E01…) follow those files so a reviewer can trace each line.
 */

const F02_URL =
  'https://www.gov.kz/memleket/entities/akimvko/press/news/details/650060?lang=ru';
const F10_URL =
  'https://www.amic.ru/news/prochee/gubernator-tomenko-nazval-kazahstan-samym-krupnym-vneshnetorgovym-partnerom-altayskogo-kraya/';
const F24_URL =
  'https://astanatimes.com/2022/03/kazakhstans-great-steppe-gold-exhibition-lauded-in-world-famous-apollo-art-magazine/';
const F11_URL = 'https://news.mail.ru/politics/69868131/';
const ALTAIINTER_URL = 'http://www.altaiinter.info/o-sovete';

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

const place = {
  omsk: { en: 'Omsk', ru: 'Омск', kk: 'Омбы' },
  barnaul: { en: 'Barnaul', ru: 'Барнаул', kk: 'Барнауыл' },
  ustKamenogorsk: {
    en: 'Ust-Kamenogorsk',
    ru: 'Усть-Каменогорск',
    kk: 'Өскемен',
  },
} satisfies Record<string, LocalizedText>;

/** One row of events.csv: the wire event plus the CSV's region_pair scope. */
type EventRow = { event: CooperationEvent; regionPair: string };

const eventRows: EventRow[] = [
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E01',
      date: '2003-04',
      precision: 'month',
      title: {
        en: '1st forum of heads of border regions of Russia and Kazakhstan (start of the interregional forum series)',
        ru: 'Первая встреча (форум) руководителей приграничных регионов РФ и РК',
        kk: 'Ресей мен Қазақстанның шекаралас өңірлері басшыларының алғашқы форумы (өңіраралық форумдар сериясының басталуы)',
      },
      place: place.omsk,
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl: 'https://qmonitor.kz/politics/5554',
      confidence: 'high',
      note: {
        en: 'Annual since 2005, held in each country in turn.',
        ru: 'Ежегодно с 2005 года, поочерёдно в каждой из стран.',
        kk: '2005 жылдан бері жыл сайын елдерде кезекпен өтеді.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT|RU-AL',
    event: {
      id: 'E02',
      date: '2003',
      precision: 'year',
      title: {
        en: 'Agreement establishing the International Coordinating Council «Our Common Home – Altai» signed by legislatures of Altai Krai, Altai Republic, East Kazakhstan, Bayan-Ölgii, Khovd, XUAR',
        ru: 'Подписано соглашение о создании МКС «Наш общий дом – Алтай»',
        kk: 'Алтай өлкесінің, Алтай Республикасының, Шығыс Қазақстанның, Баян-Өлгий мен Ховд аймақтарының және ШҰАР-дың заң шығарушы органдары «Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесін құру туралы келісімге қол қойды',
      },
      place: place.barnaul,
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl: ALTAIINTER_URL,
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT',
    event: {
      id: 'E03',
      date: '2006-08-17',
      precision: 'day',
      title: {
        en: '5th meeting of ICC «Our Common Home – Altai»; Memorandum and new Regulations signed; executive bodies join',
        ru: '5-е заседание МКС «Наш общий дом – Алтай»',
        kk: '«Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесінің 5-отырысы; Меморандум мен жаңа Ережеге қол қойылды; атқарушы органдар қосылды',
      },
      place: place.barnaul,
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'https://indigenous.ru/modules.php?name=News&file=article&sid=307',
      confidence: 'high',
      note: {
        en: 'The month and year also appear at http://altaiinter.info/en/o-sovete.',
        ru: 'Месяц и год указаны также на http://altaiinter.info/en/o-sovete.',
        kk: 'Айы мен жылы http://altaiinter.info/en/o-sovete сайтында да көрсетілген.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-AL',
    event: {
      id: 'E04',
      date: '2011-07-28',
      precision: 'day',
      title: {
        en: 'ICC «Our Common Home – Altai» meeting',
        ru: 'Заседание МКС «Наш общий дом – Алтай»',
        kk: '«Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесінің отырысы',
      },
      place: {
        en: 'Gorno-Altaisk',
        ru: 'Горно-Алтайск',
        kk: 'Горно-Алтайск',
      },
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'http://old.elkurultay.ru/deyatelnost/deputatskaya-tribuna/publichnye-vystupleniya-predsedatelya-gs-ek-ra/4878-vystuplenie-i-i-belekova-predsedatelya-gossobraniya-el-kurultaj-respubliki-altaj-na-zasedanii-mks-nash-obshchij-dom-altaj-g-gorno-altajsk-28-07-2011g',
      confidence: 'high',
      note: {
        en: 'The meeting number is not stated in the excerpt.',
        ru: 'Номер заседания в цитируемом фрагменте не указан.',
        kk: 'Отырыстың нөмірі үзіндіде көрсетілмеген.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'multi',
    event: {
      id: 'E05',
      date: '2017',
      precision: 'year',
      title: {
        en: '14th meeting of ICC «Our Common Home – Altai»',
        ru: '14-е заседание МКС «Наш общий дом – Алтай»',
        kk: '«Біздің ортақ үйіміз – Алтай» Халықаралық үйлестіру кеңесінің 14-отырысы',
      },
      place: { en: 'Urumqi', ru: 'Урумчи', kk: 'Үрімжі' },
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'https://www.mngz.ru/russia-world-sensation/2886893-grani-sotrudnichestva-rossiya-kitay-mongoliya-kazahstan.html',
      confidence: 'medium',
      note: {
        en: 'Year inferred from the «Year of Ecology 2017» context.',
        ru: 'Год выведен из контекста «Года экологии — 2017».',
        kk: 'Жылы «Экология жылы – 2017» контекстінен анықталды.',
      },
      caveat: {
        en: 'The source does not state the year; 2017 is inferred from context.',
        ru: 'Источник не называет год; 2017 год выведен из контекста.',
        kk: 'Дереккөз жылын көрсетпейді; 2017 жыл контекстен анықталған.',
      },
    },
  },
  {
    regionPair: 'multi',
    event: {
      id: 'E06',
      date: '2018-06',
      precision: 'month',
      title: {
        en: '15th meeting of ICC; decision to create an Economic Council of the Greater Altai regions',
        ru: '15-е заседание МКС; решение о создании Экономического совета регионов Большого Алтая',
        kk: 'Халықаралық үйлестіру кеңесінің 15-отырысы; Үлкен Алтай өңірлерінің Экономикалық кеңесін құру туралы шешім',
      },
      place: {
        en: 'Khovd (Mongolia)',
        ru: 'Ховд (Монголия)',
        kk: 'Ховд (Моңғолия)',
      },
      category: 'cultural_humanitarian',
      areas: ['culture'],
      status: 'held',
      sourceUrl:
        'https://en.inform.kz/amp/4-countries-create-economic-council-of-greater-altai-regions_a3295784/',
      confidence: 'high',
      note: {
        en: 'The article is dated 21 June 2018.',
        ru: 'Статья датирована 21 июня 2018 года.',
        kk: 'Мақала 2018 жылғы 21 маусымда жарияланған.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E07',
      date: '2019-03-06',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» exhibition (Berel kurgans, East Kazakhstan museum) opens, runs to 25 Mar 2019',
        ru: 'Выставка «Золото Великой степи» (6–25 марта 2019)',
        kk: '«Ұлы дала алтыны» көрмесі (Берел қорғандары, Шығыс Қазақстан мұражайы) ашылды, 2019 жылғы 25 наурызға дейін жалғасты',
      },
      place: {
        en: 'Moscow (Museum of Contemporary History of Russia)',
        ru: 'Москва (Музей современной истории России)',
        kk: 'Мәскеу (Ресейдің қазіргі заман тарихы мұражайы)',
      },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://ru.sputnik.kz/20190306/sokrovishcha-drevnij-kazakhstan-moscow-9520665.html',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'RU-ALT|KZ',
    event: {
      id: 'E08',
      date: '2019-11-07',
      precision: 'day',
      title: {
        en: 'XVI Forum; Tomenko: Altai Krai–Kazakhstan trade ≈ USD 480m (export ≈360m, import ≈120m)',
        ru: 'XVI Форум; Томенко: товарооборот Алтайского края с РК ≈480 млн долл.',
        kk: 'XVI форум; Томенко: Алтай өлкесі мен Қазақстанның тауар айналымы ≈480 млн АҚШ доллары (экспорт ≈360 млн, импорт ≈120 млн)',
      },
      place: place.omsk,
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl: F10_URL,
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E09',
      date: '2021-09-28',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» at the Fitzwilliam Museum, University of Cambridge (to 30 Jan 2022, ~25,000 visitors)',
        ru: '«Золото Великой степи» в Музее Фицуильяма (Кембридж), до 30.01.2022',
        kk: '«Ұлы дала алтыны» Кембридж университетінің Фицуильям мұражайында (2022 жылғы 30 қаңтарға дейін, шамамен 25 000 келуші)',
      },
      place: {
        en: 'Cambridge (UK)',
        ru: 'Кембридж (Великобритания)',
        kk: 'Кембридж (Ұлыбритания)',
      },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl: F24_URL,
      confidence: 'high',
      note: {
        en: 'The UK venue was Cambridge, not London.',
        ru: 'Площадка в Великобритании — Кембридж, а не Лондон.',
        kk: 'Ұлыбританиядағы өткен орны — Лондон емес, Кембридж.',
      },
      caveat: {
        en: 'The akimat’s press release says London; the verified UK venue was the Fitzwilliam Museum in Cambridge.',
        ru: 'В пресс-релизе акимата указан Лондон; подтверждённая площадка в Великобритании — Музей Фицуильяма в Кембридже.',
        kk: 'Әкімдіктің баспасөз хабарламасында Лондон деп көрсетілген; Ұлыбританиядағы расталған орны — Кембридждегі Фицуильям мұражайы.',
      },
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E10',
      date: '2021-09-30',
      precision: 'day',
      title: {
        en: 'XVII Forum (virtual), theme ecology and green growth',
        ru: 'XVII Форум (онлайн), экология и «зеленый» рост',
        kk: 'XVII форум (онлайн), тақырыбы — экология және «жасыл» өсу',
      },
      place: { en: 'Kokshetau', ru: 'Кокшетау', kk: 'Көкшетау' },
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://www.inform.kz/en/17th-kazakhstan-russia-cross-border-cooperation-forum-kicks-off-in-kokshetau_a3843003',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|KZ-10',
    event: {
      id: 'E11',
      date: '2022-06-08',
      precision: 'day',
      title: {
        en: 'Abai Region created from East Kazakhstan Region (Semey etc.) — break in VKO statistical series',
        ru: 'Образована Абайская область (выделена из ВКО)',
        kk: 'Шығыс Қазақстан облысынан (Семей және т.б.) Абай облысы бөлініп құрылды — ШҚО статистикалық қатарларының үзілуі',
      },
      place: { en: 'Semey', ru: 'Семей', kk: 'Семей' },
      category: 'admin_change',
      areas: [],
      status: 'held',
      sourceUrl: 'https://abai.invest.gov.kz/about/info/',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'RU-ALT|KZ-10',
    event: {
      id: 'E12',
      date: '2022-11-28',
      precision: 'day',
      title: {
        en: 'XVIII Forum; Altai Krai and Abai Region sign comprehensive cooperation agreement',
        ru: 'XVIII Форум; соглашение Алтайского края и Абайской области',
        kk: 'XVIII форум; Алтай өлкесі мен Абай облысы жан-жақты ынтымақтастық туралы келісімге қол қойды',
      },
      place: { en: 'Orenburg', ru: 'Оренбург', kk: 'Орынбор' },
      category: 'forum',
      areas: ['trade-fairs', 'joint-projects'],
      status: 'held',
      sourceUrl:
        'https://altapress.ru/zhizn/story/altayskiy-kray-podpisal-soglashenie-o-vsestoronnem-sotrudnichestve-s-abayskoy-oblastyu-vostochnogo-kazahstana-315791?new_pda=1',
      confidence: 'high',
      note: {
        en: 'Date from https://orenburg.media/?p=165319.',
        ru: 'Дата по https://orenburg.media/?p=165319.',
        kk: 'Күні https://orenburg.media/?p=165319 бойынша.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ',
    event: {
      id: 'E13',
      date: '2023-06-09',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» exhibition reported open in the Kazan Kremlin',
        ru: '«Золото Великой степи» в Казанском кремле',
        kk: '«Ұлы дала алтыны» көрмесінің Қазан Кремлінде ашық тұрғаны хабарланды',
      },
      place: { en: 'Kazan', ru: 'Казань', kk: 'Қазан' },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://newsxtream.com/ru/news/v-kazanskom-kremle-mozno-uvidet-vystavku-zoloto-velikoi-stepi',
      confidence: 'medium',
      note: {
        en: 'The date is the report date; exact opening and closing dates were not found.',
        ru: 'Дата — это дата сообщения; точные даты открытия и закрытия не найдены.',
        kk: 'Көрсетілген күн — хабар жарияланған күн; ашылу мен жабылудың нақты күндері табылмады.',
      },
      caveat: {
        en: 'This is the date of a report that the exhibition was open; the exact opening date was not found.',
        ru: 'Это дата сообщения о работе выставки; точная дата открытия не найдена.',
        kk: 'Бұл — көрменің жұмыс істеп тұрғаны туралы хабардың күні; нақты ашылған күні табылмады.',
      },
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E14',
      date: '2023-06-16',
      precision: 'day',
      title: {
        en: 'Ermek Kosherbayev appointed akim of East Kazakhstan Region',
        ru: 'Назначение Е. Кошербаева акимом ВКО',
        kk: 'Ермек Көшербаев Шығыс Қазақстан облысының әкімі болып тағайындалды',
      },
      place: place.ustKamenogorsk,
      category: 'governance',
      areas: [],
      status: 'held',
      sourceUrl:
        'https://bes.media/news/naznachen-noviy-akim-vostochno-kazahstanskoy-oblasti-7b51ac',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT',
    event: {
      id: 'E15',
      date: '2023-11-09',
      precision: 'day',
      title: {
        en: 'XIX Forum of Interregional Cooperation opens; Kosherbayev–Tomenko bilateral meeting (927m USD Jan–Aug trade quoted)',
        ru: 'XIX Форум межрегионального сотрудничества; встреча Кошербаева и Томенко',
        kk: 'XIX Өңіраралық ынтымақтастық форумы ашылды; Көшербаев пен Томенконың екіжақты кездесуі (қаңтар–тамыздағы 927 млн АҚШ доллары тауар айналымы аталды)',
      },
      place: { en: 'Kostanay', ru: 'Костанай', kk: 'Қостанай' },
      category: 'forum',
      areas: ['trade-fairs', 'joint-projects'],
      status: 'held',
      sourceUrl: F02_URL,
      confidence: 'high',
      note: {
        en: 'The forum date is well attested (russkiymir.ru/news/319644/); the exact day of the bilateral meeting is not confirmed.',
        ru: 'Дата форума надёжно подтверждена (russkiymir.ru/news/319644/); точный день двусторонней встречи не подтверждён.',
        kk: 'Форумның күні сенімді расталған (russkiymir.ru/news/319644/); екіжақты кездесудің нақты күні расталмаған.',
      },
      caveat: {
        en: 'The exact day of the Kosherbayev–Tomenko meeting is not confirmed; 9 November 2023 is the day the forum opened.',
        ru: 'Точный день встречи Кошербаева и Томенко не подтверждён; 9 ноября 2023 года — день открытия форума.',
        kk: 'Көшербаев пен Томенко кездесуінің нақты күні расталмаған; 2023 жылғы 9 қараша — форумның ашылған күні.',
      },
    },
  },
  {
    regionPair: 'KZ',
    event: {
      id: 'E16',
      date: '2023-12-15',
      precision: 'day',
      title: {
        en: '«Gold of the Great Steppe» opens at the Museum of Anatolian Civilizations (Kazakhstan Independence Day)',
        ru: '«Золото Великой степи» в Музее анатолийских цивилизаций',
        kk: '«Ұлы дала алтыны» Анадолы өркениеттері мұражайында ашылды (Қазақстанның Тәуелсіздік күні)',
      },
      place: { en: 'Ankara', ru: 'Анкара', kk: 'Анкара' },
      category: 'exhibition',
      areas: ['culture', 'trade-fairs'],
      status: 'held',
      sourceUrl: 'https://turktav.org/qha-com-2/',
      confidence: 'high',
      note: {
        en: 'The source states 15 December 2023 (a re-post of a QHA article).',
        ru: 'В источнике указано 15 декабря 2023 года (перепечатка статьи QHA).',
        kk: 'Дереккөзде 2023 жылғы 15 желтоқсан көрсетілген (QHA мақаласының көшірмесі).',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E17',
      date: '2024-11-26',
      precision: 'day',
      title: {
        en: 'XX (jubilee) Forum of Interregional Cooperation (26–27 Nov)',
        ru: 'XX Форум межрегионального сотрудничества',
        kk: 'XX (мерейтойлық) Өңіраралық ынтымақтастық форумы (26–27 қараша)',
      },
      place: { en: 'Ufa', ru: 'Уфа', kk: 'Уфа' },
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl:
        'https://mkset.ru/news/2024-11-15/zaharova-zaviduet-ufe-iz-za-vkusnogo-foruma-5248902?amp=1',
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63',
    event: {
      id: 'E18',
      date: '2025-02-14',
      precision: 'day',
      title: {
        en: 'Kosherbayev becomes Deputy PM; Nurymbet Saktaganov appointed akim of VKO',
        ru: 'Кошербаев — вице-премьер; акимом ВКО назначен Н. Сактаганов',
        kk: 'Көшербаев Премьер-министрдің орынбасары болды; Нұрымбет Сақтағанов ШҚО әкімі болып тағайындалды',
      },
      place: place.ustKamenogorsk,
      category: 'governance',
      areas: [],
      status: 'held',
      sourceUrl:
        'https://bes.media/news/naznachen-noviy-akim-vostochno-kazahstanskoy-oblasti-7b51ac',
      confidence: 'high',
      note: {
        en: 'The source gives the date Kosherbayev left office; Saktaganov’s appointment date is assumed to be the same.',
        ru: 'Источник называет дату ухода Кошербаева с должности; дата назначения Сактаганова принята такой же.',
        kk: 'Дереккөз Көшербаевтың қызметтен кеткен күнін көрсетеді; Сақтағановтың тағайындалған күні де сол күн деп алынды.',
      },
      caveat: {
        en: 'Saktaganov’s appointment date is assumed, not stated by the source.',
        ru: 'Дата назначения Сактаганова предположительная, в источнике она не указана.',
        kk: 'Сақтағановтың тағайындалған күні болжамды, дереккөзде ол көрсетілмеген.',
      },
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E19',
      date: '2025-11-11',
      precision: 'day',
      title: {
        en: 'XXI Forum of Interregional Cooperation (11–12 Nov)',
        ru: 'XXI Форум межрегионального сотрудничества',
        kk: 'XXI Өңіраралық ынтымақтастық форумы (11–12 қараша)',
      },
      place: { en: 'Uralsk (Oral)', ru: 'Уральск', kk: 'Орал' },
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'held',
      sourceUrl: 'https://tass.ru/obschestvo/25607393',
      confidence: 'high',
      note: {
        en: 'The numbering XXI is confirmed (baq.kz); the XX Forum was held in Ufa in 2024.',
        ru: 'Нумерация XXI подтверждена (baq.kz); XX Форум прошёл в Уфе в 2024 году.',
        kk: 'XXI нөмірі расталған (baq.kz); XX форум 2024 жылы Уфада өтті.',
      },
      caveat: null,
    },
  },
  {
    regionPair: 'KZ-63|RU-ALT',
    event: {
      id: 'E20',
      date: '2026-02-19',
      precision: 'day',
      title: {
        en: 'Tomenko and VKO akim Saktaganov sign protocol on developing bilateral relations',
        ru: 'Протокол о развитии двусторонних отношений Алтайского края и ВКО',
        kk: 'Томенко мен ШҚО әкімі Сақтағанов екіжақты қатынастарды дамыту туралы хаттамаға қол қойды',
      },
      place: place.barnaul,
      category: 'governance',
      areas: ['joint-projects'],
      status: 'held',
      sourceUrl: F11_URL,
      confidence: 'high',
      note: null,
      caveat: null,
    },
  },
  {
    regionPair: 'RU-KZ',
    event: {
      id: 'E21',
      date: '2026-09',
      precision: 'month',
      title: {
        en: 'XXII Forum planned (autumn 2026)',
        ru: 'XXII Форум (план, осень 2026)',
        kk: 'XXII форум жоспарланған (2026 жылдың күзі)',
      },
      place: place.omsk,
      category: 'forum',
      areas: ['trade-fairs'],
      status: 'planned',
      sourceUrl: 'https://news.mail.ru/politics/70122772/',
      confidence: 'medium',
      note: {
        en: 'Announced as planned; that it was held is not confirmed by any source here.',
        ru: 'Объявлен как запланированный; его проведение не подтверждено ни одним из имеющихся источников.',
        kk: 'Жоспарланған ретінде жарияланған; оның өткенін мұндағы бірде-бір дереккөз растамайды.',
      },
      caveat: {
        en: 'Announced as planned for autumn 2026; no source here confirms that it was held.',
        ru: 'Объявлен как запланированный на осень 2026 года; ни один из имеющихся источников не подтверждает, что он состоялся.',
        kk: '2026 жылдың күзіне жоспарланған ретінде жарияланған; мұндағы бірде-бір дереккөз оның өткенін растамайды.',
      },
    },
  },
];

/** Every row of events.csv, in file order (E01…E21), as served on the wire. */
export const cooperationEvents: CooperationEvent[] = eventRows.map(
  (row) => row.event,
);

/**
 * The CSV's region_pair per event id: `|`-separated ISO codes (`KZ-63|RU-ALT`)
 * or a wider scope (`RU-KZ`, `KZ`, `multi`). Not part of the wire type; it only
 * decides which pairs an event is served for.
 */
export const eventRegions: Record<string, string> = Object.fromEntries(
  eventRows.map((row) => [row.event.id, row.regionPair]),
);

/** Scopes that concern every border pair: the forum series, all of Kazakhstan, the multilateral council. */
const WIDE_EVENT_SCOPES = new Set(['RU-KZ', 'KZ', 'multi']);

/**
 * Pairs that get every figure unfiltered: the release is about this pair, and
 * the one figure about another region (F21, Altai Republic) says so in its caveat.
 */
const UNFILTERED_PAIRS = new Set(['KZ-63~RU-ALT']);

/** ISO codes in a facts.csv geography such as `KZ-63<->RU-ALT`, `RU-ALT->KZ` or `KZ-63(old)<->RU`. */
function geographyCodes(geography: string): string[] {
  return geography
    .split(/<->|->/)
    .map((code) => code.replace(/\(.*\)$/, '').trim());
}

function isNationalScope(codes: readonly string[]): boolean {
  return codes.length === 2 && codes.includes('KZ') && codes.includes('RU');
}

function compareDates(a: CooperationEvent, b: CooperationEvent): number {
  if (a.date < b.date) return -1;
  return a.date > b.date ? 1 : 0;
}

/**
 * The cooperation view of one border pair (`KZ-63~RU-ALT`). Always all seven
 * areas. Outside the release's own pair, an area keeps only figures whose
 * geography names one of the pair's two regions (codes are matched whole, so
 * `RU-AL` never matches `RU-ALT`) or is Kazakhstan–Russia as a whole; the rest
 * serve `figures: []`. Events are those whose region_pair names one of the two
 * regions or has a wide scope, sorted by date ascending; dates compare as
 * strings, so a year-precision event sorts before the dated events of its year,
 * and ties keep file order.
 */
export function cooperationForPair(pair: string): CooperationResponse {
  const codes = pair.split('~');
  const concernsPair = (regionCodes: readonly string[]) =>
    regionCodes.some((code) => codes.includes(code));

  const areas = UNFILTERED_PAIRS.has(pair)
    ? cooperationAreas
    : cooperationAreas.map((area) => ({
        ...area,
        figures: area.figures.filter((figure) => {
          const figureCodes = geographyCodes(figure.geography);
          return concernsPair(figureCodes) || isNationalScope(figureCodes);
        }),
      }));

  const events = eventRows
    .filter(
      ({ regionPair }) =>
        WIDE_EVENT_SCOPES.has(regionPair) ||
        concernsPair(regionPair.split('|')),
    )
    .map((row) => row.event)
    .sort(compareDates);

  return { pair, areas, events };
}
