import type { LocalizedText } from '../../src/api/schemas/common';
import type {
  Calibration,
  DatasetMeta,
  ReportedFigure,
  Source,
} from '../../src/api/schemas/meta';
import type { TradeRecord } from '../../src/api/schemas/trade';
import {
  CALIBRATION_IDS,
  COVERAGE,
  DEMO_MONTHLY_USD,
  F02_EXPORT_SHARE,
  F02_PAIR,
  F02_PERIOD,
  F02_TOTAL_USD,
  F02_YEAR_FACTORS,
  F15_EXPORT_SHARE,
  F15_PAIR,
  F15_YEAR_TOTALS_USD,
  MONTH_JITTER,
  UNREPORTED_SHARE,
} from './generate';

type Lang = keyof LocalizedText;

const LOCALES: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' };

/**
 * Numbers inside the descriptions come from the generator's constants, so the
 * text cannot drift from what was generated. Grouping and decimal marks follow
 * each language (927,000,000 / 927 000 000; 0.85 / 0,85).
 */
function num(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 3,
  }).format(value);
}

function percent(share: number): string {
  return String(Math.round(share * 100));
}

function yearFactorList(lang: Lang): string {
  return Object.entries(F02_YEAR_FACTORS)
    .map(([year, factor]) => `${year} ×${num(factor, lang)}`)
    .join(', ');
}

function yearTotal(year: string): number {
  const total = F15_YEAR_TOTALS_USD[year];
  if (total === undefined)
    throw new Error(`F15_YEAR_TOTALS_USD has no ${year}`);
  return total;
}

const F02_URL =
  'https://www.gov.kz/memleket/entities/akimvko/press/news/details/650060?lang=ru';

const monthlyJitter = percent(MONTH_JITTER / 2);
const f02MonthlyAverage = F02_TOTAL_USD / 8;
const f02ExportPercent = percent(F02_EXPORT_SHARE);
const f02ImportPercent = percent(1 - F02_EXPORT_SHARE);
const demoMinM = DEMO_MONTHLY_USD.min / 1e6;
const demoMaxM = DEMO_MONTHLY_USD.max / 1e6;
const unreportedPercent = percent(UNREPORTED_SHARE);

export const reportedFigures: ReportedFigure[] = [
  {
    id: 'F02',
    statement: {
      en: 'Mutual trade between East Kazakhstan region and Altai Krai for 8 months of 2023 (January–August) was 927 million USD, as stated at the meeting of akim Ermek Kosherbayev and governor Viktor Tomenko at the 19th Forum of Interregional Cooperation of Kazakhstan and Russia.',
      ru: 'Взаимный товарооборот Восточно-Казахстанской области и Алтайского края за 8 месяцев 2023 года (январь–август) составил 927 млн долларов США — цифра прозвучала на встрече акима Ермека Кошербаева и губернатора Виктора Томенко в рамках XIX Форума межрегионального сотрудничества Казахстана и России.',
      kk: 'Шығыс Қазақстан облысы мен Алтай өлкесінің 2023 жылғы 8 айдағы (қаңтар–тамыз) өзара тауар айналымы 927 млн АҚШ долларын құрады — бұл көрсеткіш Қазақстан мен Ресейдің XIX Өңіраралық ынтымақтастық форумы аясында әкім Ермек Көшербаев пен губернатор Виктор Томенконың кездесуінде айтылды.',
    },
    value: F02_TOTAL_USD,
    unit: 'USD',
    period: `${F02_PERIOD.from}..${F02_PERIOD.to}`,
    geography: 'KZ-63<->RU-ALT',
    sourceUrl: F02_URL,
    sourceName: {
      en: 'Akimat of East Kazakhstan region, press release',
      ru: 'Акимат Восточно-Казахстанской области, пресс-релиз',
      kk: 'Шығыс Қазақстан облысы әкімдігі, баспасөз хабарламасы',
    },
    caveat: {
      en: 'Reported by the akimat; it cannot be cross-checked. No split by month, direction or product was published, and the statistical basis is not stated. "8 months of the current year" is read as January–August 2023 (the forum opened on 9 November 2023, F01). Annualised (≈1.39 bn USD) it exceeds old East Kazakhstan’s trade with all of Russia in 2017, 1,258 M USD (F09).',
      ru: 'Данные акимата; перепроверить их невозможно. Разбивка по месяцам, направлениям и товарам не публиковалась, статистическая основа не указана. «8 месяцев текущего года» понимаются как январь–август 2023 года (форум открылся 9 ноября 2023 года, F01). В годовом выражении (≈1,39 млрд долл. США) цифра превышает товарооборот прежней ВКО со всей Россией в 2017 году — 1 258 млн долл. США (F09).',
      kk: 'Әкімдік жариялаған дерек; оны басқа дереккөзбен салыстырып тексеру мүмкін емес. Айлар, бағыттар мен тауарлар бойынша бөлінісі жарияланбаған, статистикалық негізі көрсетілмеген. «Ағымдағы жылдың 8 айы» 2023 жылғы қаңтар–тамыз деп түсініледі (форум 2023 жылғы 9 қарашада ашылды, F01). Жылдық есеппен (≈1,39 млрд АҚШ доллары) бұл көрсеткіш бұрынғы ШҚО-ның 2017 жылы бүкіл Ресеймен тауар айналымынан — 1 258 млн АҚШ долларынан (F09) асып түседі.',
    },
  },
  {
    id: 'F09',
    statement: {
      en: 'East Kazakhstan region in its pre-2022 borders (including Semey) traded 1,258 million USD with Russia in 2017.',
      ru: 'Товарооборот Восточно-Казахстанской области в границах до 2022 года (включая Семей) с Россией в 2017 году составил 1 258 млн долларов США.',
      kk: '2022 жылға дейінгі шекарадағы (Семейді қоса алғанда) Шығыс Қазақстан облысының 2017 жылғы Ресеймен тауар айналымы 1 258 млн АҚШ долларын құрады.',
    },
    value: 1_258_000_000,
    unit: 'USD',
    period: '2017',
    geography: 'KZ-63(old)<->RU',
    sourceUrl:
      'https://www.inform.kz/en/e-kazakhstan-governor-russian-ambassador-mull-coop-issues_a3270410',
    sourceName: {
      en: 'Kazinform news agency',
      ru: 'Агентство «Казинформ»',
      kk: '«Қазинформ» агенттігі',
    },
    caveat: {
      en: 'Old borders, before Abai region was split off in June 2022; not comparable with later East Kazakhstan figures. Used here only as a scale check for F02.',
      ru: 'Старые границы, до выделения Абайской области в июне 2022 года; несопоставимо с более поздними данными по ВКО. Используется только для проверки масштаба F02.',
      kk: 'Абай облысы бөлініп шыққанға дейінгі (2022 жылғы маусым) ескі шекаралар; ШҚО-ның кейінгі деректерімен салыстыруға келмейді. Мұнда тек F02 ауқымын тексеру үшін қолданылады.',
    },
  },
  {
    id: 'F10',
    statement: {
      en: 'Altai Krai’s trade with Kazakhstan was about 480 million USD: exports about 360 M, imports about 120 M (governor Viktor Tomenko, November 2019).',
      ru: 'Товарооборот Алтайского края с Казахстаном — около 480 млн долларов США: экспорт около 360 млн, импорт около 120 млн (губернатор Виктор Томенко, ноябрь 2019 года).',
      kk: 'Алтай өлкесінің Қазақстанмен тауар айналымы шамамен 480 млн АҚШ долларын құрады: экспорт шамамен 360 млн, импорт шамамен 120 млн (губернатор Виктор Томенко, 2019 жылғы қараша).',
    },
    value: 480_000_000,
    unit: 'USD',
    period: '2018 (stated Nov 2019)',
    geography: 'RU-ALT<->KZ',
    sourceUrl:
      'https://www.amic.ru/news/prochee/gubernator-tomenko-nazval-kazahstan-samym-krupnym-vneshnetorgovym-partnerom-altayskogo-kraya/',
    sourceName: {
      en: 'Amic.ru, quoting the governor of Altai Krai',
      ru: 'Amic.ru, со слов губернатора Алтайского края',
      kk: 'Amic.ru, Алтай өлкесі губернаторының сөзі бойынша',
    },
    caveat: {
      en: 'The partner is all of Kazakhstan, not one region; the period is presumably 2018; the headline says roubles but the quote says dollars. Its 75/25 ratio is the direction split assumed for F02.',
      ru: 'Партнёр — весь Казахстан, а не один регион; период предположительно 2018 год; в заголовке указаны рубли, в цитате — доллары. Соотношение 75/25 принято как разбивка по направлениям для F02.',
      kk: 'Серіктес — жеке облыс емес, бүкіл Қазақстан; кезеңі шамамен 2018 жыл; тақырыпта рубль, ал дәйексөзде доллар деп көрсетілген. Осы 75/25 арақатынасы F02 үшін бағыттар бойынша бөлініс ретінде алынды.',
    },
  },
  {
    id: 'F04',
    statement: {
      en: 'Kazakhstan–Russia trade in January–August 2023 was 17 billion USD; the five largest oblasts (Karaganda, Kostanay, Pavlodar, West Kazakhstan, East Kazakhstan) traded 5.7 billion USD with Russia (Serik Zhumangarin at the plenary session of the 19th Forum).',
      ru: 'Товарооборот Казахстана и России за январь–август 2023 года — 17 млрд долларов США; на пять крупнейших областей (Карагандинскую, Костанайскую, Павлодарскую, Западно-Казахстанскую, Восточно-Казахстанскую) пришлось 5,7 млрд долларов США (Серик Жумангарин на пленарном заседании XIX Форума).',
      kk: '2023 жылғы қаңтар–тамызда Қазақстан мен Ресейдің тауар айналымы 17 млрд АҚШ долларын құрады; оның 5,7 млрд АҚШ доллары ең ірі бес облыстың (Қарағанды, Қостанай, Павлодар, Батыс Қазақстан, Шығыс Қазақстан) үлесінде (Серік Жұмаңғарин, XIX форумның пленарлық отырысы).',
    },
    value: 17_000_000_000,
    unit: 'USD',
    period: '2023-01..2023-08',
    geography: 'KZ<->RU',
    sourceUrl:
      'https://kokshetoday.kz/stroitelstvo-trjokh-tjec-v-oblasti-otojjdjot-rossiyanam',
    sourceName: {
      en: 'Kokshetoday, citing Zakon.kz',
      ru: 'Kokshetoday со ссылкой на Zakon.kz',
      kk: 'Kokshetoday, Zakon.kz сілтемесімен',
    },
    caveat: {
      en: 'East Kazakhstan’s own share of the 5.7 bn USD was not given.',
      ru: 'Доля самой ВКО в 5,7 млрд долл. США не названа.',
      kk: '5,7 млрд АҚШ долларындағы ШҚО-ның өз үлесі айтылмаған.',
    },
  },
  {
    id: 'F15',
    statement: {
      en: 'Altai Republic’s trade with Kazakhstan grew from 25 million USD in 2022 to more than 45 million USD in 2023.',
      ru: 'Товарооборот Республики Алтай с Казахстаном вырос с 25 млн долларов США в 2022 году до более чем 45 млн долларов США в 2023 году.',
      kk: 'Алтай Республикасының Қазақстанмен тауар айналымы 2022 жылғы 25 млн АҚШ долларынан 2023 жылы 45 млн АҚШ долларынан астамға дейін өсті.',
    },
    value: 45_000_000,
    unit: 'USD',
    period: '2023',
    geography: 'RU-AL<->KZ',
    sourceUrl: 'https://qazaqstan.tv/news/195444',
    sourceName: { en: 'Qazaqstan TV', ru: 'Qazaqstan TV', kk: 'Qazaqstan TV' },
    caveat: {
      en: 'The partner is all of Kazakhstan; "more than 45 M" is a lower bound; a single Kazakh-language news report (medium confidence).',
      ru: 'Партнёр — весь Казахстан; «более 45 млн» — нижняя граница; единственный репортаж на казахском языке (средняя достоверность).',
      kk: 'Серіктес — бүкіл Қазақстан; «45 млн-нан астам» — төменгі шек; қазақ тіліндегі жалғыз хабар (сенімділігі орташа).',
    },
  },
];

/** Calibrations without their totals; buildDatasetMeta adds them from the records. */
const calibrationTemplates: Omit<Calibration, 'totalUsd'>[] = [
  {
    id: CALIBRATION_IDS.f02Reported,
    basis: 'reported',
    figureId: 'F02',
    pair: F02_PAIR,
    from: F02_PERIOD.from,
    to: F02_PERIOD.to,
    description: {
      en: `East Kazakhstan – Altai Krai, January–August 2023: the cells sum exactly to the ${num(F02_TOTAL_USD, 'en')} USD reported by the East Kazakhstan akimat (F02). The split by month, direction (about ${f02ExportPercent} % exports, ${f02ImportPercent} % imports) and HS section is synthetic.`,
      ru: `ВКО – Алтайский край, январь–август 2023 года: сумма ячеек в точности равна ${num(F02_TOTAL_USD, 'ru')} долл. США, названным акиматом ВКО (F02). Разбивка по месяцам, направлениям (около ${f02ExportPercent} % экспорт, ${f02ImportPercent} % импорт) и разделам ТН ВЭД синтетическая.`,
      kk: `ШҚО – Алтай өлкесі, 2023 жылғы қаңтар–тамыз: ұяшықтардың қосындысы ШҚО әкімдігі жариялаған ${num(F02_TOTAL_USD, 'kk')} АҚШ долларына (F02) дәл тең. Айлар, бағыттар (шамамен ${f02ExportPercent} % экспорт, ${f02ImportPercent} % импорт) және СЭҚ ТН бөлімдері бойынша бөлінісі синтетикалық.`,
    },
  },
  {
    id: CALIBRATION_IDS.f02Extrapolated,
    basis: 'extrapolated',
    figureId: 'F02',
    pair: F02_PAIR,
    from: COVERAGE.from,
    to: COVERAGE.to,
    description: {
      en: `East Kazakhstan – Altai Krai outside January–August 2023 (2021-01…2022-12 and 2023-09…2024-12): F02’s average monthly level (${num(F02_TOTAL_USD, 'en')} / 8 = ${num(f02MonthlyAverage, 'en')} USD) times a year factor — ${yearFactorList('en')} — with ±${monthlyJitter} % monthly variation. The factors are assumptions, not data. Months before June 2022 belong to the old, larger East Kazakhstan region and are not adjusted for the boundary change.`,
      ru: `ВКО – Алтайский край вне января–августа 2023 года (2021-01…2022-12 и 2023-09…2024-12): средний месячный уровень F02 (${num(F02_TOTAL_USD, 'ru')} / 8 = ${num(f02MonthlyAverage, 'ru')} долл. США), умноженный на годовой коэффициент (${yearFactorList('ru')}), с колебаниями ±${monthlyJitter} % по месяцам. Коэффициенты — допущения, а не данные. Месяцы до июня 2022 года относятся к прежней, более крупной ВКО и на изменение границ не скорректированы.`,
      kk: `ШҚО – Алтай өлкесі, 2023 жылғы қаңтар–тамыздан тыс айлар (2021-01…2022-12 және 2023-09…2024-12): F02-нің орташа айлық деңгейі (${num(F02_TOTAL_USD, 'kk')} / 8 = ${num(f02MonthlyAverage, 'kk')} АҚШ доллары) жылдық коэффициентке көбейтілген (${yearFactorList('kk')}), айлық ауытқуы ±${monthlyJitter} %. Коэффициенттер — дерек емес, болжам. 2022 жылғы маусымға дейінгі айлар бұрынғы, аумағы үлкенірек ШҚО-ға жатады және шекара өзгерісіне түзетілмеген.`,
    },
  },
  {
    id: CALIBRATION_IDS.f15Scaled,
    basis: 'extrapolated',
    figureId: 'F15',
    pair: F15_PAIR,
    from: COVERAGE.from,
    to: COVERAGE.to,
    description: {
      en: `East Kazakhstan – Altai Republic: F15 is Altai Republic’s trade with all of Kazakhstan (25 M USD in 2022, more than 45 M USD in 2023); it is attributed entirely to East Kazakhstan, the republic’s only Kazakh neighbour. Calendar 2022 sums to ${num(yearTotal('2022'), 'en')} USD and 2023 to ${num(yearTotal('2023'), 'en')} USD; 2021 and 2024 are extrapolated at the 2023 level (${num(yearTotal('2021'), 'en')} USD each). The direction split (about ${percent(F15_EXPORT_SHARE)} % exports) and the product mix are assumptions.`,
      ru: `ВКО – Республика Алтай: F15 — это товарооборот Республики Алтай со всем Казахстаном (25 млн долл. США в 2022 году, более 45 млн в 2023 году); он целиком отнесён к ВКО — единственному казахстанскому соседу республики. Сумма за 2022 год — ${num(yearTotal('2022'), 'ru')} долл. США, за 2023 год — ${num(yearTotal('2023'), 'ru')} долл. США; 2021 и 2024 годы экстраполированы на уровне 2023 года (по ${num(yearTotal('2021'), 'ru')} долл. США). Разбивка по направлениям (около ${percent(F15_EXPORT_SHARE)} % экспорт) и товарная структура — допущения.`,
      kk: `ШҚО – Алтай Республикасы: F15 — Алтай Республикасының бүкіл Қазақстанмен тауар айналымы (2022 жылы 25 млн АҚШ доллары, 2023 жылы 45 млн-нан астам); ол толығымен республиканың Қазақстандағы жалғыз көршісі — ШҚО-ға жатқызылды. 2022 жылдың қосындысы ${num(yearTotal('2022'), 'kk')} АҚШ доллары, 2023 жылдікі ${num(yearTotal('2023'), 'kk')} АҚШ доллары; 2021 және 2024 жылдар 2023 жылғы деңгейде экстраполяцияланған (әрқайсысы ${num(yearTotal('2021'), 'kk')} АҚШ доллары). Бағыттар бойынша бөлінісі (шамамен ${percent(F15_EXPORT_SHARE)} % экспорт) мен тауар құрылымы — болжам.`,
    },
  },
  {
    id: CALIBRATION_IDS.demoScale,
    basis: 'demo-scale',
    figureId: null,
    pair: null,
    from: COVERAGE.from,
    to: COVERAGE.to,
    description: {
      en: `All other border pairs: an arbitrary demo scale — a seeded level of ${demoMinM}–${demoMaxM} M USD a month per pair, with an arbitrary direction split and product mix. No reported figure is behind these series. About ${unreportedPercent} % of cells are left unreported (null) on purpose; the total counts reported cells only.`,
      ru: `Все остальные пары приграничных регионов: произвольный демонстрационный масштаб — уровень ${demoMinM}–${demoMaxM} млн долл. США в месяц на пару, заданный генератором, с произвольной разбивкой по направлениям и товарам. За этими рядами нет опубликованных данных. Около ${unreportedPercent} % ячеек намеренно оставлены без значения (null); итог учитывает только заполненные ячейки.`,
      kk: `Басқа барлық шекаралас өңірлер жұбы: шартты демонстрациялық ауқым — генератор белгілеген әр жұпқа айына ${demoMinM}–${demoMaxM} млн АҚШ доллары деңгейі, бағыттар мен тауарлар бойынша бөлінісі де шартты. Бұл қатарлардың артында жарияланған дерек жоқ. Ұяшықтардың шамамен ${unreportedPercent} %-ы әдейі мәнсіз (null) қалдырылған; жиынтыққа тек толтырылған ұяшықтар кіреді.`,
    },
  },
];

export const assumptions: LocalizedText[] = [
  {
    en: `Monthly values follow a flat profile with small deterministic variation (about ±${monthlyJitter} % from month to month); no seasonality is modelled, because no monthly breakdown was ever published.`,
    ru: `Помесячные значения распределены равномерно с небольшими детерминированными колебаниями (около ±${monthlyJitter} % от месяца к месяцу); сезонность не моделируется, поскольку помесячная разбивка никогда не публиковалась.`,
    kk: `Айлық мәндер шамалы детерминирленген ауытқулармен (айдан айға шамамен ±${monthlyJitter} %) біркелкі бөлінген; маусымдық ауытқу модельденбейді, себебі айлық бөлініс ешқашан жарияланбаған.`,
  },
  {
    en: `About ${f02ImportPercent} % of East Kazakhstan – Altai Krai trade flows from Altai Krai into East Kazakhstan (imports, seen from the Kazakh side): the ratio of Altai Krai’s trade with all of Kazakhstan in 2018, exports ≈360 M USD and imports ≈120 M USD (F10).`,
    ru: `Около ${f02ImportPercent} % товарооборота ВКО с Алтайским краем приходится на поставки из Алтайского края в ВКО (импорт с казахстанской стороны): такое соотношение было в торговле Алтайского края со всем Казахстаном в 2018 году — экспорт ≈360 млн долл. США, импорт ≈120 млн долл. США (F10).`,
    kk: `ШҚО мен Алтай өлкесі арасындағы тауар айналымының шамамен ${f02ImportPercent} %-ы Алтай өлкесінен ШҚО-ға жеткізілімдер (қазақстандық тараптан алғанда импорт) деп алынды: 2018 жылы Алтай өлкесінің бүкіл Қазақстанмен саудасындағы арақатынас осындай болған — экспорт ≈360 млн АҚШ доллары, импорт ≈120 млн АҚШ доллары (F10).`,
  },
  {
    en: 'The product mix follows the goods named in official statements (F10, F11): Altai Krai supplies grain, oilseeds, flour and groats (HS section II), coke and copper and zinc concentrates (V), agricultural machinery and boilers (XVI) and railcars (XVII); East Kazakhstan supplies aluminium and aluminium products (XV), vegetables and fruit (II) and confectionery (IV). The other sections get small weights.',
    ru: 'Товарная структура следует перечням товаров из официальных заявлений (F10, F11): Алтайский край поставляет зерно, масличные, муку и крупы (раздел II ТН ВЭД), кокс, медные и цинковые концентраты (V), сельхозтехнику и котельное оборудование (XVI), вагоны (XVII); Восточный Казахстан — алюминий и изделия из него (XV), овощи и фрукты (II), кондитерские изделия (IV). Остальным разделам приданы малые веса.',
    kk: 'Тауар құрылымы ресми мәлімдемелерде аталған тауарларға негізделген (F10, F11): Алтай өлкесі астық, майлы дақылдар, ұн мен жарма (СЭҚ ТН II бөлімі), кокс, мыс және мырыш концентраттарын (V), ауыл шаруашылығы техникасы мен қазандық жабдықтарын (XVI), вагондарды (XVII) жеткізеді; Шығыс Қазақстан — алюминий мен одан жасалған бұйымдарды (XV), көкөніс пен жемісті (II), кондитерлік өнімдерді (IV). Қалған бөлімдерге шағын салмақ берілген.',
  },
  {
    en: `No figure was published for the other border pairs: their series are at an arbitrary demo scale (${demoMinM}–${demoMaxM} M USD a month per pair) and only show how the dashboard works. About ${unreportedPercent} % of their cells are deliberately unreported, to show that a missing value is not a zero.`,
    ru: `По остальным парам приграничных регионов данные не публиковались: их ряды построены в произвольном демонстрационном масштабе (${demoMinM}–${demoMaxM} млн долл. США в месяц на пару) и лишь показывают работу панели. Около ${unreportedPercent} % их ячеек намеренно оставлены пустыми, чтобы показать: отсутствующее значение — не ноль.`,
    kk: `Басқа шекаралас өңірлер жұптары бойынша ешқандай көрсеткіш жарияланбаған: олардың қатарлары шартты демонстрациялық ауқымда (әр жұпқа айына ${demoMinM}–${demoMaxM} млн АҚШ доллары) құрылған және тек дашбордтың қалай жұмыс істейтінін көрсетеді. Олардың ұяшықтарының шамамен ${unreportedPercent} %-ы әдейі бос қалдырылған: жоқ мән нөлге тең емес екенін көрсету үшін.`,
  },
];

export const caveats: LocalizedText[] = [
  {
    en: 'Every cell by month, direction and HS section is synthetic. The only published pair figure is the 927 M USD total for East Kazakhstan – Altai Krai in January–August 2023 (F02), and its statistical basis is not stated.',
    ru: 'Все ячейки по месяцам, направлениям и разделам ТН ВЭД синтетические. Единственная опубликованная цифра по паре регионов — 927 млн долл. США для ВКО и Алтайского края за январь–август 2023 года (F02), и её статистическая основа не указана.',
    kk: 'Айлар, бағыттар және СЭҚ ТН бөлімдері бойынша барлық ұяшықтар синтетикалық. Өңірлер жұбы бойынша жарияланған жалғыз көрсеткіш — 2023 жылғы қаңтар–тамыздағы ШҚО мен Алтай өлкесінің 927 млн АҚШ доллары (F02), оның статистикалық негізі көрсетілмеген.',
  },
  {
    en: 'Russia’s Federal Customs Service stopped publishing foreign-trade statistics starting with February 2022 data (F14), so Russian-side regional figures for 2022–2024 cannot be used to check these series.',
    ru: 'ФТС России прекратила публикацию статистики внешней торговли начиная с данных за февраль 2022 года (F14), поэтому сверить эти ряды с российскими региональными данными за 2022–2024 годы нельзя.',
    kk: 'Ресейдің Федералдық кеден қызметі 2022 жылғы ақпандағы деректерден бастап сыртқы сауда статистикасын жариялауды тоқтатты (F14), сондықтан бұл қатарларды 2022–2024 жылдардағы ресейлік өңірлік деректермен салыстырып тексеру мүмкін емес.',
  },
  {
    en: 'Kazakh statistics name the partner country, not the Russian region, so there is no official series for any single pair of border regions.',
    ru: 'Казахстанская статистика указывает страну-партнёра, а не российский регион, поэтому официальных рядов по отдельной паре приграничных регионов нет.',
    kk: 'Қазақстан статистикасы ресейлік өңірді емес, тек серіктес елді көрсетеді, сондықтан жекелеген шекаралас өңірлер жұбы бойынша ресми қатарлар жоқ.',
  },
  {
    en: 'East Kazakhstan’s borders changed on 8 June 2022, when Abai region (with Semey) was split off (F28). East Kazakhstan series before and after that date are not comparable, and Abai region has no data before June 2022.',
    ru: '8 июня 2022 года границы Восточно-Казахстанской области изменились: из неё выделена Абайская область с Семеем (F28). Ряды ВКО до и после этой даты несопоставимы, а по Абайской области до июня 2022 года данных нет.',
    kk: '2022 жылғы 8 маусымда Шығыс Қазақстан облысының шекаралары өзгерді: одан Семей қаласымен бірге Абай облысы бөлініп шықты (F28). ШҚО-ның осы күнге дейінгі және одан кейінгі қатарларын салыстыруға болмайды, ал Абай облысы бойынша 2022 жылғы маусымға дейін деректер жоқ.',
  },
];

export const sources: Source[] = [
  {
    id: 'F01',
    title: {
      en: 'Russkiy Mir: the 19th Forum of Interregional Cooperation opens in Kostanay (9 November 2023)',
      ru: 'Русский мир: в Костанае открылся XIX Форум межрегионального сотрудничества (9 ноября 2023 года)',
      kk: '«Русский мир»: Қостанайда XIX Өңіраралық ынтымақтастық форумы ашылды (2023 жылғы 9 қараша)',
    },
    url: 'https://russkiymir.ru/news/319644/',
  },
  {
    id: 'F02',
    title: {
      en: 'Akimat of East Kazakhstan region: Kosherbayev meets Altai Krai governor Tomenko at the 19th Forum (press release)',
      ru: 'Акимат ВКО: встреча Е. Кошербаева с губернатором Алтайского края В. Томенко на XIX Форуме (пресс-релиз)',
      kk: 'ШҚО әкімдігі: Е. Көшербаевтың Алтай өлкесінің губернаторы В. Томенкомен XIX форумдағы кездесуі (баспасөз хабарламасы)',
    },
    url: F02_URL,
  },
  {
    id: 'F04',
    title: {
      en: 'Kokshetoday (citing Zakon.kz): Kazakhstan–Russia trade figures at the 19th Forum plenary',
      ru: 'Kokshetoday (со ссылкой на Zakon.kz): товарооборот Казахстана и России на пленарном заседании XIX Форума',
      kk: 'Kokshetoday (Zakon.kz сілтемесімен): XIX форумның пленарлық отырысында айтылған Қазақстан мен Ресейдің тауар айналымы',
    },
    url: 'https://kokshetoday.kz/stroitelstvo-trjokh-tjec-v-oblasti-otojjdjot-rossiyanam',
  },
  {
    id: 'F09',
    title: {
      en: 'Kazinform: East Kazakhstan governor and Russian ambassador discuss cooperation (2017 trade with Russia)',
      ru: 'Казинформ: аким ВКО и посол России обсудили сотрудничество (товарооборот с Россией за 2017 год)',
      kk: 'Қазинформ: ШҚО әкімі мен Ресей елшісі ынтымақтастықты талқылады (2017 жылғы Ресеймен тауар айналымы)',
    },
    url: 'https://www.inform.kz/en/e-kazakhstan-governor-russian-ambassador-mull-coop-issues_a3270410',
  },
  {
    id: 'F10',
    title: {
      en: 'Amic.ru: Governor Tomenko names Kazakhstan Altai Krai’s largest foreign-trade partner',
      ru: 'Amic.ru: губернатор Томенко назвал Казахстан самым крупным внешнеторговым партнёром Алтайского края',
      kk: 'Amic.ru: губернатор Томенко Қазақстанды Алтай өлкесінің ең ірі сыртқы сауда серіктесі деп атады',
    },
    url: 'https://www.amic.ru/news/prochee/gubernator-tomenko-nazval-kazahstan-samym-krupnym-vneshnetorgovym-partnerom-altayskogo-kraya/',
  },
  {
    id: 'F11',
    title: {
      en: 'Sputnik (news.mail.ru): Altai Krai and East Kazakhstan sign a protocol on bilateral relations; goods traded',
      ru: 'Sputnik (news.mail.ru): Алтайский край и ВКО подписали протокол о развитии двусторонних отношений; товарная структура',
      kk: 'Sputnik (news.mail.ru): Алтай өлкесі мен ШҚО екіжақты қатынастарды дамыту туралы хаттамаға қол қойды; тауар құрылымы',
    },
    url: 'https://news.mail.ru/politics/69868131/',
  },
  {
    id: 'F14',
    title: {
      en: 'Aqparat.info: Russia’s Federal Customs Service stops publishing foreign-trade statistics',
      ru: 'Aqparat.info: ФТС России прекратила публикацию статистики внешней торговли',
      kk: 'Aqparat.info: Ресей Федералдық кеден қызметі сыртқы сауда статистикасын жариялауды тоқтатты',
    },
    url: 'https://aqparat.info/news/2022/05/23/10357798-v_fts_rf_rasskazali_chto_import_rossii_s.html',
  },
  {
    id: 'F15',
    title: {
      en: 'Qazaqstan TV: Altai Republic–Kazakhstan trade (Kazakh-language report)',
      ru: 'Qazaqstan TV: товарооборот Республики Алтай и Казахстана (репортаж на казахском языке)',
      kk: 'Qazaqstan TV: Алтай Республикасы мен Қазақстанның тауар айналымы (қазақ тіліндегі репортаж)',
    },
    url: 'https://qazaqstan.tv/news/195444',
  },
  {
    id: 'F28',
    title: {
      en: 'East Kazakhstan Region (encyclopedia mirror): Abai Region split off on 8 June 2022',
      ru: 'Восточно-Казахстанская область (зеркало энциклопедии): выделение Абайской области 8 июня 2022 года',
      kk: 'Шығыс Қазақстан облысы (энциклопедия айнасы): 2022 жылғы 8 маусымда Абай облысының бөлініп шығуы',
    },
    url: 'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/East_Kazakhstan_Province',
  },
  {
    id: 'F30',
    title: {
      en: 'EEC Council Decision No. 80 of 14 September 2021: TN VED EAEU and the Common Customs Tariff (HS section titles)',
      ru: 'Решение Совета ЕЭК от 14 сентября 2021 года № 80: ТН ВЭД ЕАЭС и Единый таможенный тариф (названия разделов)',
      kk: 'ЕЭК Кеңесінің 2021 жылғы 14 қыркүйектегі № 80 шешімі: ЕАЭО СЭҚ ТН және Бірыңғай кедендік тариф (бөлімдердің атаулары)',
    },
    url: 'https://legalacts.ru/doc/reshenie-soveta-evraziiskoi-ekonomicheskoi-komissii-ot-14092021-n-80/',
  },
];

/**
 * The dataset description served by GET /api/meta. Calibration totals are
 * summed from `records` (null cells count as nothing), so they always match
 * what the trade endpoint serves; for `F02-reported` that is exactly F02.
 */
export function buildDatasetMeta(records: readonly TradeRecord[]): DatasetMeta {
  const totals = new Map<string, number>();
  for (const record of records) {
    if (record.valueUsd === null) continue;
    totals.set(
      record.calibration,
      (totals.get(record.calibration) ?? 0) + record.valueUsd,
    );
  }
  return {
    datasetId: 'border-trade-demo',
    version: '1',
    status: 'illustrative',
    coverage: { from: COVERAGE.from, to: COVERAGE.to },
    reportedFigures,
    calibrations: calibrationTemplates.map((template) => ({
      ...template,
      totalUsd: totals.get(template.id) ?? 0,
    })),
    assumptions,
    caveats,
    sources,
  };
}
