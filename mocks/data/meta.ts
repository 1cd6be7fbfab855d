import type { LocalizedText } from '@/api/schemas/common';
import type { DatasetMeta, ReportedFigure, Source } from '@/api/schemas/meta';
import { regionsResponse } from '@/service/catalog/data/regions';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import { CHAPTERS } from '@/service/catalog/data/chapters';
import type { ChapterId } from '@/api/schemas/sectors';
import {
  AFFINITY,
  ALTAI_KRAI,
  ALTAI_KRAI_EXPORT_CHAPTERS,
  ALTAI_KRAI_IMPORT_CHAPTERS,
  ALTAI_KRAI_MINOR_CHAPTER,
  CHAPTER_SPREAD,
  ALTAI_KRAI_EXPORT_SHARE,
  COVERAGE,
  DEMO_SCALE,
  EXPORT_SHARE_RANGE,
  FADE_MONTHS,
  KZ_ROWS,
  MONTH_JITTER,
  NATIONAL_JITTER,
  NATIONAL_TURNOVER_USD,
  RU_COLUMNS,
  UNREPORTED_SHARE,
  type GeneratedCube,
} from './generate';
import {
  formatNumber,
  localized,
  monthName,
  percent,
  periodName,
  sideName,
  type Lang,
} from './texts';

/**
 * F09 (facts.csv): East Kazakhstan in its pre-2022 borders (with Semey)
 * traded 1,258 M USD with all of Russia in 2017. Not a constraint (the
 * matrix has no "old East Kazakhstan" row after 2022); a scale check for R01.
 */
const OLD_EAST_KAZAKHSTAN_2017_USD = 1_258_000_000;

function figure(id: string): ReportedFigure {
  const found = REPORTED_FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`meta: no reported figure ${id}`);
  return found;
}

/** `value` in millions (927 M) or billions (17 bn), in the language's number format. */
function millions(value: number, lang: Lang): string {
  return formatNumber(value / 1e6, lang);
}
function billions(value: number, lang: Lang): string {
  return formatNumber(value / 1e9, lang);
}

function nationalLevels(lang: Lang): string {
  return Object.entries(NATIONAL_TURNOVER_USD)
    .map(([year, usd]) => `${year}: ${billions(usd, lang)}`)
    .join('; ');
}

/** Border pairs that have cells at demo scale, by name, for the missing-values text. */
function demoPairNames(generated: GeneratedCube, lang: Lang): string {
  const { cube } = generated;
  const demo = cube.calibrations.indexOf(DEMO_SCALE);
  const names = regionsResponse.pairs.flatMap((pair) => {
    const k = cube.rows.indexOf(pair.kz);
    const r = cube.columns.indexOf(pair.ru);
    const atoms = cube.months.length * 2;
    const first = (k * cube.columns.length + r) * atoms;
    const labels = cube.calibration.subarray(first, first + atoms);
    return k >= 0 && r >= 0 && labels.includes(demo)
      ? [`${sideName(pair.kz, lang)} – ${sideName(pair.ru, lang)}`]
      : [];
  });
  return names.join('; ');
}

function assumptions(generated: GeneratedCube): LocalizedText[] {
  const { cube } = generated;
  const abai = cube.rows.indexOf('KZ-10');
  const abaiFirst = cube.months[cube.rowFirstMonth[abai] ?? 0] ?? COVERAGE.from;
  const f04 = figure('F04');
  const f05 = figure('F05');
  const r01 = figure('R01');
  const r02 = figure('R02');
  const r03 = figure('R03');
  const r04 = figure('R04');
  const r10 = figure('R10');
  const r11 = figure('R11');
  return [
    localized((lang) => {
      const jitter = percent(NATIONAL_JITTER / 2);
      const levels = nationalLevels(lang);
      const p05 = periodName(f05.from, f05.to, lang);
      const p04 = periodName(f04.from, f04.to, lang);
      return {
        en: `The national level of Kazakhstan–Russia trade per year is an assumption, not data (billion USD): ${levels}. The seed varies each year by ±${jitter} %, and months are interpolated between mid-years. Only ${p05} (${billions(f05.valueUsd, lang)} bn, F05) and ${p04} (${billions(f04.valueUsd, lang)} bn, F04) are fixed by reported figures.`,
        ru: `Общенациональный уровень товарооборота Казахстана и России по годам — допущение, а не данные (млрд долл. США): ${levels}. Генератор меняет каждый год на ±${jitter} %, а месяцы интерполируются между серединами лет. Опубликованными цифрами закреплены только ${p05} (${billions(f05.valueUsd, lang)} млрд, F05) и ${p04} (${billions(f04.valueUsd, lang)} млрд, F04).`,
        kk: `Қазақстан мен Ресей арасындағы тауар айналымының жылдар бойынша жалпыұлттық деңгейі — дерек емес, болжам (млрд АҚШ доллары): ${levels}. Генератор әр жылды ±${jitter} % шегінде өзгертеді, ал айлар жыл орталарының арасында интерполяцияланады. Жарияланған көрсеткіштермен тек ${p05} (${billions(f05.valueUsd, lang)} млрд, F05) және ${p04} (${billions(f04.valueUsd, lang)} млрд, F04) бекітілген.`,
      }[lang];
    }),
    localized((lang) => {
      const kz = String(KZ_ROWS.length - 1);
      const ru = String(RU_COLUMNS.length - 1);
      const neighbour = formatNumber(AFFINITY.neighbour, lang);
      const far = formatNumber(AFFINITY.nonNeighbour, lang);
      const aktobe = millions(r10.valueUsd, lang);
      const orenburg = millions(r11.valueUsd, lang);
      return {
        en: `The data are one matrix: ${kz} Kazakh border regions and the rest of Kazakhstan (rows) × ${ru} Russian border regions and the rest of Russia (columns), by month, direction and HS section. A pair, a region with the whole other country and the two countries are all sums of its cells, so they never disagree. How trade spreads over the cells is assumed: each region's share of national trade is set near the reported figures where there are any; neighbours across the border get ${neighbour} times the weight of a rest-of-country cell, non-neighbours ${far}, halving with each region further along the border; and a region's trade with the rest of the other country is usually the largest part (Aktobe traded ${aktobe} M USD with Russia in 2017, of which Orenburg ${orenburg} M, R10, R11).`,
        ru: `Данные — одна матрица: ${kz} казахстанских приграничных регионов и остальной Казахстан (строки) × ${ru} российских приграничных регионов и остальная Россия (столбцы), по месяцам, направлениям и разделам ТН ВЭД. Пара регионов, регион со всей другой страной и две страны целиком — суммы её ячеек, поэтому они никогда не расходятся. Распределение торговли по ячейкам — допущение: доля каждого региона в общенациональной торговле задана близко к опубликованным цифрам, где они есть; соседние через границу регионы получают вес в ${neighbour} раза больше, чем ячейка «остальная часть страны», несоседние — ${far}, вдвое меньше с каждым следующим регионом вдоль границы; торговля региона с остальной частью другой страны обычно составляет бо́льшую часть (товарооборот Актюбинской области с Россией в 2017 году — ${aktobe} млн долл. США, из них с Оренбургской областью — ${orenburg} млн, R10, R11).`,
        kk: `Деректер — бір матрица: Қазақстанның ${kz} шекаралас өңірі және Қазақстанның қалған бөлігі (жолдар) × Ресейдің ${ru} шекаралас өңірі және Ресейдің қалған бөлігі (бағандар), айлар, бағыттар және СЭҚ ТН бөлімдері бойынша. Өңірлер жұбы, өңір мен екінші елдің бүкіл аумағы және екі ел толығымен — оның ұяшықтарының қосындылары, сондықтан олар ешқашан алшақтамайды. Сауданың ұяшықтар бойынша бөлінуі — болжам: әр өңірдің жалпыұлттық саудадағы үлесі, көрсеткіштер бар жерде, соларға жақын етіп берілген; шекара арқылы көршілес өңірлердің салмағы «елдің қалған бөлігі» ұяшығынан ${neighbour} есе үлкен, көршілес еместердікі — ${far}, шекара бойымен әр келесі өңір сайын екі есе азаяды; өңірдің екінші елдің қалған бөлігімен саудасы әдетте ең үлкен бөлік болады (2017 жылы Ақтөбе облысының Ресеймен тауар айналымы ${aktobe} млн АҚШ доллары, оның ішінде Орынбор облысымен — ${orenburg} млн, R10, R11).`,
      }[lang];
    }),
    localized((lang) => {
      const growth = percent(ALTAI_KRAI.growth - 1);
      const until = String(ALTAI_KRAI.untilYear);
      const v02 = millions(r02.valueUsd, lang);
      const v01 = millions(r01.valueUsd, lang);
      const p01 = periodName(r01.from, r01.to, lang);
      return {
        en: `Altai Krai's share of the trade grows by ${growth} % a year until ${until} and stays flat after. Governor Tomenko reported growth of more than 1.5 times from 2016 to 2018, and only steep growth lets both R02 (about ${v02} M USD with all of Kazakhstan in 2018) and R01 (${v01} M with East Kazakhstan alone in ${p01}) hold. An assumption.`,
        ru: `Доля Алтайского края в товарообороте растёт на ${growth} % в год до ${until} года, затем не меняется. Губернатор Томенко сообщал о росте более чем в 1,5 раза с 2016 по 2018 год, и только при быстром росте одновременно выполняются R02 (около ${v02} млн долл. США со всем Казахстаном в 2018 году) и R01 (${v01} млн с одной лишь ВКО за ${p01}). Это допущение.`,
        kk: `Алтай өлкесінің тауар айналымындағы үлесі ${until} жылға дейін жыл сайын ${growth} %-ға өседі, одан кейін өзгермейді. Губернатор Томенко 2016–2018 жылдары айналым 1,5 еседен астам өскенін айтқан, және тек жедел өсім болғанда ғана R02 (2018 жылы бүкіл Қазақстанмен шамамен ${v02} млн АҚШ доллары) мен R01 (тек ШҚО-мен ${v01} млн, ${p01}) қатар орындалады. Бұл — болжам.`,
      }[lang];
    }),
    localized((lang) => {
      const jitter = percent(MONTH_JITTER / 2);
      return {
        en: `Monthly values follow a flat profile with small deterministic variation (about ±${jitter} % from month to month); no seasonality is modelled, because no monthly breakdown was ever published: every reported figure is a year or a year to date.`,
        ru: `Помесячные значения распределены равномерно с небольшими детерминированными колебаниями (около ±${jitter} % от месяца к месяцу); сезонность не моделируется, поскольку помесячная разбивка никогда не публиковалась: все опубликованные цифры — за год или за часть года с его начала.`,
        kk: `Айлық мәндер шамалы детерминирленген ауытқулармен (айдан айға шамамен ±${jitter} %) біркелкі бөлінген; маусымдық ауытқу модельденбейді, себебі айлық бөлініс ешқашан жарияланбаған: барлық жарияланған көрсеткіштер бір жылға немесе жыл басынан бергі кезеңге берілген.`,
      }[lang];
    }),
    localized((lang) => {
      const imports = percent(1 - ALTAI_KRAI_EXPORT_SHARE);
      const v03 = millions(r03.valueUsd, lang);
      const v04 = millions(r04.valueUsd, lang);
      const min = percent(EXPORT_SHARE_RANGE.min);
      const max = percent(EXPORT_SHARE_RANGE.max);
      return {
        en: `About ${imports} % of East Kazakhstan – Altai Krai trade flows from Altai Krai into East Kazakhstan (imports, seen from the Kazakh side): the ratio of Altai Krai's trade with all of Kazakhstan in 2018, Altai exports ≈${v03} M USD and imports ≈${v04} M (R03, R04). Every other cell gets a seeded export share of ${min}–${max} %; the figures given by direction (R03, R04, R13) override it where they apply.`,
        ru: `Около ${imports} % товарооборота ВКО с Алтайским краем приходится на поставки из Алтайского края в ВКО (импорт с казахстанской стороны): такое соотношение было в торговле Алтайского края со всем Казахстаном в 2018 году — экспорт края ≈${v03} млн долл. США, импорт ≈${v04} млн (R03, R04). Остальным ячейкам генератор задаёт долю экспорта от ${min} до ${max} %; цифры по направлениям (R03, R04, R13) там, где они действуют, её переопределяют.`,
        kk: `ШҚО мен Алтай өлкесі арасындағы тауар айналымының шамамен ${imports} %-ы Алтай өлкесінен ШҚО-ға жеткізілімдер (қазақстандық тараптан алғанда импорт): 2018 жылы Алтай өлкесінің бүкіл Қазақстанмен саудасындағы арақатынас осындай болған — өлкенің экспорты ≈${v03} млн АҚШ доллары, импорты ≈${v04} млн (R03, R04). Қалған ұяшықтарға генератор ${min}–${max} % экспорт үлесін береді; бағыттар бойынша көрсеткіштер (R03, R04, R13) қолданылатын жерде сол үлесті ауыстырады.`,
      }[lang];
    }),
    localized((lang) => {
      // Chapter names and weights come from the generator's own tables.
      const goods = (weights: Readonly<Partial<Record<ChapterId, number>>>) =>
        (Object.keys(weights) as ChapterId[])
          .map((id) => {
            const chapter = CHAPTERS.find((c) => c.id === id);
            return `${chapter?.shortName[lang] ?? id} (${id})`;
          })
          .join(', ');
      const weights = [
        ...Object.values(ALTAI_KRAI_IMPORT_CHAPTERS),
        ...Object.values(ALTAI_KRAI_EXPORT_CHAPTERS),
      ];
      const least = formatNumber(
        Math.min(...weights) / ALTAI_KRAI_MINOR_CHAPTER,
        lang,
      );
      const most = formatNumber(
        Math.max(...weights) / ALTAI_KRAI_MINOR_CHAPTER,
        lang,
      );
      const low = formatNumber(1 - CHAPTER_SPREAD / 2, lang);
      const high = formatNumber(1 + CHAPTER_SPREAD / 2, lang);
      const from = goods(ALTAI_KRAI_IMPORT_CHAPTERS);
      const to = goods(ALTAI_KRAI_EXPORT_CHAPTERS);
      return {
        en: `The product mix follows the goods named in official statements (F10, F11). From Altai Krai to East Kazakhstan: ${from}. From East Kazakhstan to Altai Krai: ${to}. Within its HS section each of these chapters weighs ${least} to ${most} times as much as the section's other chapters. Other cells use a rough national profile of sections, varied per cell, and equal chapters within a section. Every chapter's weight then varies by a seeded factor of ${low}–${high}, the same in every month of a pair and direction. Chapter values are illustrative like all others.`,
        ru: `Товарная структура следует перечням товаров из официальных заявлений (F10, F11). Из Алтайского края в Восточный Казахстан: ${from}. Из Восточного Казахстана в Алтайский край: ${to}. Внутри своего раздела ТН ВЭД каждая из этих групп весит в ${least}–${most} раз больше остальных групп раздела. Для остальных ячеек взят примерный общенациональный профиль разделов, свой вариант для каждой ячейки, и равные веса групп внутри раздела. Затем вес каждой группы умножается на случайный множитель от ${low} до ${high}, одинаковый во все месяцы для пары и направления. Значения по группам иллюстративные, как и все остальные.`,
        kk: `Тауар құрылымы ресми мәлімдемелерде аталған тауарларға негізделген (F10, F11). Алтай өлкесінен Шығыс Қазақстанға: ${from}. Шығыс Қазақстаннан Алтай өлкесіне: ${to}. Өз СЭҚ ТН бөлімінде бұл топтардың әрқайсысының салмағы бөлімнің басқа топтарынан ${least}–${most} есе артық. Қалған ұяшықтар үшін бөлімдердің жалпыұлттық шамамен алынған бейіні қолданылады, әр ұяшыққа өз нұсқасы, ал бөлім ішіндегі топтардың салмағы тең. Содан кейін әр топтың салмағы ${low}–${high} аралығындағы кездейсоқ көбейткішке көбейтіледі, ол жұп пен бағыт үшін барлық айларда бірдей. Топтар бойынша мәндер де басқалары сияқты иллюстрациялық.`,
      }[lang];
    }),
    localized((lang) => {
      const fade = formatNumber(FADE_MONTHS, lang);
      return {
        en: `Every reported figure is reproduced exactly, in whole USD, as the sum of its cells. The base levels are raked to the figures, a figure's correction fading over about ${fade} months on either side of its period so that series pass smoothly into it; then they are rounded, and each figure's last few dollars go to one cell of its own. Words such as “about”, “almost” or “more than” are shown with the figure; the cells reproduce the stated number.`,
        ru: `Каждая опубликованная цифра воспроизводится точно, в целых долларах, как сумма своих ячеек. Базовые уровни подгоняются к цифрам, причём поправка по цифре затухает примерно за ${fade} месяцев по обе стороны от её периода, чтобы ряды переходили плавно; затем значения округляются, а последние несколько долларов каждой цифры относятся на одну из её ячеек. Слова «около», «почти», «более» показываются рядом с цифрой; ячейки воспроизводят названное число.`,
        kk: `Жарияланған әрбір көрсеткіш өз ұяшықтарының қосындысы ретінде бүтін долларға дейін дәл қайталанады. Базалық деңгейлер көрсеткіштерге бейімделеді, бұл ретте көрсеткіш бойынша түзету оның кезеңінің екі жағында шамамен ${fade} ай ішінде бәсеңдейді, сондықтан қатарлар бірқалыпты ауысады; содан кейін мәндер дөңгелектенеді, ал әр көрсеткіштің соңғы бірнеше доллары оның бір ұяшығына жазылады. «Шамамен», «жуық», «астам» деген сөздер көрсеткіштің жанында көрсетіледі; ұяшықтар аталған санды қайталайды.`,
      }[lang];
    }),
    {
      en: "The figures come from both sides' statistics: some from Kazakh sources (akimats, the government), some from Russian regions, some with no stated basis. Kazakh and Russian figures for the same trade are mirror statistics and do not match; the series mixes them and does not reconcile them. Each figure says whose statistics it comes from.",
      ru: 'Цифры взяты из статистики обеих сторон: часть — из казахстанских источников (акиматы, правительство), часть — от российских регионов, у части основа не указана. Казахстанские и российские данные об одной и той же торговле — зеркальная статистика, и они не совпадают; ряды смешивают их и не согласовывают. Для каждой цифры указано, чьи это данные.',
      kk: 'Көрсеткіштер екі тараптың статистикасынан алынған: бір бөлігі — қазақстандық дереккөздерден (әкімдіктер, үкімет), бір бөлігі — ресейлік өңірлерден, ал кейбірінің негізі көрсетілмеген. Бір сауда туралы қазақстандық және ресейлік деректер — айналық статистика, олар бір-біріне сәйкес келмейді; қатарлар оларды араластырады және үйлестірмейді. Әр көрсеткіштің қай тараптың дерегі екені көрсетілген.',
    },
    localized((lang) => {
      const first = monthName(abaiFirst, lang);
      return {
        en: `Abai region (KZ-10) was created on 8 June 2022; its first month in the data is ${first}. Before that, East Kazakhstan (KZ-63) includes Semey and the rest of today's Abai region, and its base level carries Abai's share. The boundary change is not adjusted for, so East Kazakhstan's series breaks in June 2022 (F28).`,
        ru: `Абайская область (KZ-10) образована 8 июня 2022 года; первый месяц её данных — ${first}. До этого Восточно-Казахстанская область (KZ-63) включает Семей и остальную территорию нынешней Абайской области, и её базовый уровень содержит долю Абайской области. Изменение границ не корректируется, поэтому в июне 2022 года ряд ВКО прерывается (F28).`,
        kk: `Абай облысы (KZ-10) 2022 жылғы 8 маусымда құрылды; деректердегі оның алғашқы айы — ${first}. Оған дейін Шығыс Қазақстан облысы (KZ-63) Семейді және қазіргі Абай облысының қалған аумағын қамтиды, оның базалық деңгейіне Абай облысының үлесі де кіреді. Шекараның өзгеруі түзетілмейді, сондықтан 2022 жылғы маусымда ШҚО қатары үзіледі (F28).`,
      }[lang];
    }),
    localized((lang) => {
      const pairs = demoPairNames(generated, lang);
      const share = percent(UNREPORTED_SHARE);
      return {
        en: `Some border pairs have no figure at all, neither for the pair nor for either of its regions with the whole other country (${pairs}); outside the periods of the national figures their cells are at an arbitrary demo scale, and about ${share} % of their section cells are deliberately unreported, to show that a missing value is not a zero.`,
        ru: `Для некоторых пар приграничных регионов нет ни одной цифры — ни по самой паре, ни по каждому из её регионов со всей другой страной (${pairs}); вне периодов общенациональных цифр их ячейки построены в произвольном демонстрационном масштабе, а около ${share} % их ячеек по разделам намеренно оставлены пустыми, чтобы показать: отсутствующее значение — не ноль.`,
        kk: `Кейбір шекаралас өңірлер жұптары бойынша ешқандай көрсеткіш жоқ — жұптың өзі бойынша да, оның әр өңірінің екінші елдің бүкіл аумағымен саудасы бойынша да (${pairs}); жалпыұлттық көрсеткіштердің кезеңдерінен тыс олардың ұяшықтары шартты демонстрациялық ауқымда құрылған, ал бөлімдер бойынша ұяшықтарының шамамен ${share} %-ы әдейі бос қалдырылған: жоқ мән нөлге тең емес екенін көрсету үшін.`,
      }[lang];
    }),
  ];
}

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
    url: 'https://www.gov.kz/memleket/entities/akimvko/press/news/details/650060?lang=ru',
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
    id: 'F05',
    title: {
      en: 'UrduPoint (Sputnik): Kazakhstan–Russia trade reached a record 26.1 billion USD in 2022',
      ru: 'UrduPoint (Sputnik): товарооборот Казахстана и России в 2022 году достиг рекордных 26,1 млрд долларов США',
      kk: 'UrduPoint (Sputnik): 2022 жылы Қазақстан мен Ресейдің тауар айналымы рекордтық 26,1 млрд АҚШ долларына жетті',
    },
    url: 'https://www.urdupoint.com/en/business/kazakhstan-russia-trade-on-track-to-hit-30bl-1675059.html',
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

function caveats(): LocalizedText[] {
  const r01 = figure('R01');
  const r02 = figure('R02');
  const r01Months =
    Number(r01.to.slice(0, 4)) * 12 +
    Number(r01.to.slice(5, 7)) -
    (Number(r01.from.slice(0, 4)) * 12 + Number(r01.from.slice(5, 7))) +
    1;
  const annualised = (r01.valueUsd * 12) / r01Months;
  const pairFigures = REPORTED_FIGURES.filter(
    (f) => f.kz !== 'KZ' && f.ru !== 'RU',
  ).map((f) => f.id);
  return [
    localized((lang) => {
      const count = String(REPORTED_FIGURES.length);
      return {
        en: `Every cell by month, direction and HS section is synthetic. Only the sums over the blocks of the ${count} reported figures are real, and those are reproduced exactly; how each block splits into months, directions, cells and sections is assumed.`,
        ru: `Все ячейки по месяцам, направлениям и разделам ТН ВЭД синтетические. Реальны только суммы по блокам ${count} опубликованных цифр, и они воспроизводятся точно; разбивка каждого блока по месяцам, направлениям, ячейкам и разделам — допущение.`,
        kk: `Айлар, бағыттар және СЭҚ ТН бөлімдері бойынша барлық ұяшықтар синтетикалық. Тек жарияланған ${count} көрсеткіштің блоктары бойынша қосындылар ғана нақты, олар дәл қайталанады; әр блоктың айлар, бағыттар, ұяшықтар мен бөлімдер бойынша бөлінуі — болжам.`,
      }[lang];
    }),
    localized((lang) => {
      const v01 = millions(r01.valueUsd, lang);
      const p01 = periodName(r01.from, r01.to, lang);
      const v02 = millions(r02.valueUsd, lang);
      const year = periodName(r02.from, r02.to, lang);
      const old = millions(OLD_EAST_KAZAKHSTAN_2017_USD, lang);
      const perYear = billions(Math.round(annualised / 1e7) * 1e7, lang);
      return {
        en: `Scale check: R01 gives ${v01} M USD for East Kazakhstan – Altai Krai alone in ${p01} (about ${perYear} bn a year), while Altai Krai traded about ${v02} M with all of Kazakhstan in ${year} (R02), and old East Kazakhstan, with Semey, traded ${old} M with all of Russia in 2017 (F09). The dataset reproduces both R01 and R02, so Altai Krai's series has to grow steeply between them. R01 may be East Kazakhstan's trade with all of Russia rather than with Altai Krai; its statistical basis is not stated.`,
        ru: `Проверка масштаба: по R01 товарооборот одной лишь пары ВКО – Алтайский край за ${p01} составил ${v01} млн долл. США (около ${perYear} млрд в год), тогда как товарооборот Алтайского края со всем Казахстаном за ${year} — около ${v02} млн (R02), а прежней ВКО вместе с Семеем со всей Россией в 2017 году — ${old} млн (F09). Набор данных воспроизводит и R01, и R02, поэтому ряд Алтайского края между ними вынужденно круто растёт. Возможно, R01 — это товарооборот ВКО со всей Россией, а не с Алтайским краем; статистическая основа цифры не указана.`,
        kk: `Ауқымын тексеру: R01 бойынша тек ШҚО – Алтай өлкесі жұбының тауар айналымы (кезеңі: ${p01}) ${v01} млн АҚШ долларын құрады (жылына шамамен ${perYear} млрд), ал Алтай өлкесінің бүкіл Қазақстанмен айналымы (кезеңі: ${year}) шамамен ${v02} млн болған (R02), Семейді қоса алғандағы бұрынғы ШҚО-ның бүкіл Ресеймен айналымы 2017 жылы ${old} млн болған (F09). Деректер жиыны R01-ді де, R02-ні де қайталайды, сондықтан Алтай өлкесінің қатары олардың арасында амалсыз күрт өседі. R01 ШҚО-ның Алтай өлкесімен емес, бүкіл Ресеймен тауар айналымы болуы мүмкін; көрсеткіштің статистикалық негізі көрсетілмеген.`,
      }[lang];
    }),
    localized((lang) => {
      const ids = pairFigures.join(', ');
      const count = String(pairFigures.length);
      return {
        en: `Kazakh statistics name the partner country, not the Russian region, so region-to-region figures are rare: only ${count} of the reported figures are for a pair of regions (${ids}); the others are a region with the whole other country, or the two countries.`,
        ru: `Казахстанская статистика указывает страну-партнёра, а не российский регион, поэтому цифры «регион – регион» редки: только ${count} из опубликованных цифр относятся к паре регионов (${ids}); остальные — регион со всей другой страной или две страны целиком.`,
        kk: `Қазақстан статистикасы ресейлік өңірді емес, серіктес елді көрсетеді, сондықтан «өңір – өңір» көрсеткіштері сирек: жарияланған көрсеткіштердің тек ${count}-і өңірлер жұбына қатысты (${ids}); қалғандары — өңір мен екінші елдің бүкіл аумағы немесе екі ел толығымен.`,
      }[lang];
    }),
    {
      en: 'Russia’s Federal Customs Service stopped publishing foreign-trade statistics starting with February 2022 data (F14), so Russian-side regional figures after January 2022 cannot be used to check these series.',
      ru: 'ФТС России прекратила публикацию статистики внешней торговли начиная с данных за февраль 2022 года (F14), поэтому сверить эти ряды с российскими региональными данными после января 2022 года нельзя.',
      kk: 'Ресейдің Федералдық кеден қызметі 2022 жылғы ақпандағы деректерден бастап сыртқы сауда статистикасын жариялауды тоқтатты (F14), сондықтан бұл қатарларды 2022 жылғы қаңтардан кейінгі ресейлік өңірлік деректермен салыстырып тексеру мүмкін емес.',
    },
    {
      en: 'East Kazakhstan’s borders changed on 8 June 2022, when Abai region (with Semey) was split off (F28). East Kazakhstan series before and after that date are not comparable, and Abai region has no data before June 2022.',
      ru: '8 июня 2022 года границы Восточно-Казахстанской области изменились: из неё выделена Абайская область с Семеем (F28). Ряды ВКО до и после этой даты несопоставимы, а по Абайской области до июня 2022 года данных нет.',
      kk: '2022 жылғы 8 маусымда Шығыс Қазақстан облысының шекаралары өзгерді: одан Семей қаласымен бірге Абай облысы бөлініп шықты (F28). ШҚО-ның осы күнге дейінгі және одан кейінгі қатарларын салыстыруға болмайды, ал Абай облысы бойынша 2022 жылғы маусымға дейін деректер жоқ.',
    },
    {
      en: 'The “rest of Kazakhstan” and “rest of Russia” cells are not regions but the remainder of the matrix: what national trade leaves after the border regions. They are large by construction and carry no figure of their own.',
      ru: 'Ячейки «остальной Казахстан» и «остальная Россия» — не регионы, а остаток матрицы: то, что остаётся от общенациональной торговли за вычетом приграничных регионов. Они велики по построению и собственных цифр не имеют.',
      kk: '«Қазақстанның қалған бөлігі» және «Ресейдің қалған бөлігі» ұяшықтары өңір емес, матрицаның қалдығы: жалпыұлттық саудадан шекаралас өңірлерді шегергенде қалатын бөлік. Олар құрылымы бойынша үлкен және өз көрсеткіштері жоқ.',
    },
  ];
}

/**
 * The dataset description served by GET /api/meta: the reported figures the
 * cube reproduces, one calibration per calibration id of the cube (with its
 * total summed from the cube), and what the data assume.
 */
export function buildDatasetMeta(generated: GeneratedCube): DatasetMeta {
  return {
    datasetId: 'demo',
    version: '2',
    status: 'illustrative',
    coverage: { from: COVERAGE.from, to: COVERAGE.to },
    reportedFigures: [...REPORTED_FIGURES],
    calibrations: [...generated.calibrations],
    assumptions: assumptions(generated),
    caveats: caveats(),
    sources,
    imported: [],
  };
}
