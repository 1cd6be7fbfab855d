import type { LocalizedText, Month } from '@/api/schemas/common';
import type { ReportedFigure } from '@/api/schemas/meta';
import { regionsResponse } from '@/service/catalog/data/regions';

/**
 * Words for the dataset's descriptions in the three product languages. The
 * numbers come in as arguments from the generator's constants, so a text
 * cannot drift from what was generated. Phrases are built so that no name
 * has to be declined (a dash between sides, nominative months), which keeps
 * the Russian and Kazakh grammatical.
 */
export type Lang = keyof LocalizedText;

const LOCALES: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' };

/**
 * The locale numbers are written in. Kazakh writes them as Russian does
 * (CLDR: space groups, decimal comma); a runtime without Kazakh data (the
 * Debian Chromium the demo runs in) would fall back to English `0.5`, so it
 * borrows the Russian rules. The app's own figures use the formatjs data
 * instead (i18n/intl-polyfill.ts); these texts are built before it loads.
 */
function numberLocale(lang: Lang): string {
  if (lang !== 'kk') return LOCALES[lang];
  return Intl.NumberFormat.supportedLocalesOf(LOCALES.kk).length > 0
    ? LOCALES.kk
    : LOCALES.ru;
}

/** The same text built for each language. */
export function localized(text: (lang: Lang) => string): LocalizedText {
  return { en: text('en'), ru: text('ru'), kk: text('kk') };
}

/** Grouping and decimal marks per language (927,000,000 / 927 000 000; 0.4 / 0,4). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(numberLocale(lang), {
    maximumFractionDigits: 3,
  }).format(value);
}

/** A share (0–1) as whole percent digits, for "… %" in any language. */
export function percent(share: number): string {
  return String(Math.round(share * 100));
}

const COUNTRY_NAMES: Record<'KZ' | 'RU', LocalizedText> = {
  KZ: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
  RU: { en: 'Russia', ru: 'Россия', kk: 'Ресей' },
};

// prettier-ignore
const MONTH_NAMES: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
};

/** A side's name from the regions catalogue (`KZ`, `RU` too); the code if unknown. */
export function sideName(code: string, lang: Lang): string {
  const region = regionsResponse.regions.find((r) => r.code === code);
  if (region) return region.name[lang];
  if (code === 'KZ' || code === 'RU') return COUNTRY_NAMES[code][lang];
  return code;
}

/** One month in words, nominative: "June 2022", "июнь 2022 года", "2022 жылғы маусым". */
export function monthName(month: Month, lang: Lang): string {
  const year = month.slice(0, 4);
  const name = MONTH_NAMES[lang][Number(month.slice(5, 7)) - 1] ?? month;
  return {
    en: `${name} ${year}`,
    ru: `${name} ${year} года`,
    kk: `${year} жылғы ${name}`,
  }[lang];
}

/** A period in words: "2018", "January–August 2023", "2017–2025". */
export function periodName(from: Month, to: Month, lang: Lang): string {
  const [fy, fm] = [from.slice(0, 4), Number(from.slice(5, 7))];
  const [ty, tm] = [to.slice(0, 4), Number(to.slice(5, 7))];
  const wholeYears = fm === 1 && tm === 12;
  if (wholeYears && fy === ty)
    return { en: fy, ru: `${fy} год`, kk: `${fy} жыл` }[lang];
  if (wholeYears)
    return {
      en: `${fy}–${ty}`,
      ru: `${fy}–${ty} годы`,
      kk: `${fy}–${ty} жылдар`,
    }[lang];
  const months = MONTH_NAMES[lang];
  const span = `${months[fm - 1] ?? ''}–${months[tm - 1] ?? ''}`;
  if (fy === ty)
    return {
      en: `${span} ${fy}`,
      ru: `${span} ${fy} года`,
      kk: `${fy} жылғы ${span}`,
    }[lang];
  return `${monthName(from, lang)} – ${monthName(to, lang)}`;
}

const FLOW_NAMES: Record<ReportedFigure['flow'], LocalizedText> = {
  turnover: { en: 'turnover', ru: 'товарооборот', kk: 'тауар айналымы' },
  export: {
    en: 'exports from Kazakhstan',
    ru: 'экспорт из Казахстана',
    kk: 'Қазақстаннан экспорт',
  },
  import: {
    en: 'imports into Kazakhstan',
    ru: 'импорт в Казахстан',
    kk: 'Қазақстанға импорт',
  },
};

const BASIS_NAMES: Record<ReportedFigure['basis'], LocalizedText> = {
  kz_side: {
    en: 'Kazakh-side statistics',
    ru: 'данные казахстанской стороны',
    kk: 'қазақстандық тараптың деректері',
  },
  ru_side: {
    en: 'Russian-side statistics',
    ru: 'данные российской стороны',
    kk: 'ресейлік тараптың деректері',
  },
  unknown: {
    en: 'basis not stated',
    ru: 'основа не указана',
    kk: 'негізі көрсетілмеген',
  },
};

const QUALIFIER_NOTES: Record<
  ReportedFigure['qualifier'],
  LocalizedText | null
> = {
  exact: null,
  approx: {
    en: 'The source says “about”; the stated number is reproduced.',
    ru: 'В источнике сказано «около»; воспроизводится названное число.',
    kk: 'Дереккөзде «шамамен» делінген; аталған сан дәл қайталанады.',
  },
  almost: {
    en: 'The source says “almost”; the stated number is reproduced.',
    ru: 'В источнике сказано «почти»; воспроизводится названное число.',
    kk: 'Дереккөзде «жуық» делінген; аталған сан дәл қайталанады.',
  },
  more_than: {
    en: 'The source says “more than”, a lower bound; the stated number is reproduced.',
    ru: 'В источнике сказано «более», это нижняя граница; воспроизводится названное число.',
    kk: 'Дереккөзде «астам» делінген, бұл төменгі шек; аталған сан дәл қайталанады.',
  },
};

/**
 * What a reported figure's calibration block is. `parts`: the figures it is
 * the exact sum of (R02 = R03 + R04), which are fitted instead of it.
 */
export function figureDescription(
  figure: ReportedFigure,
  parts: readonly string[] | null,
): LocalizedText {
  return localized((lang) => {
    const sides = `${sideName(figure.kz, lang)} – ${sideName(figure.ru, lang)}`;
    const period = periodName(figure.from, figure.to, lang);
    const flow = FLOW_NAMES[figure.flow][lang];
    const value = formatNumber(figure.valueUsd, lang);
    const basis = BASIS_NAMES[figure.basis][lang];
    const head = {
      en: `${sides}, ${period}, ${flow}: the cells sum exactly to ${value} USD, the reported figure ${figure.id} (${basis}). How the block splits by month, direction, matrix cell and HS section is synthetic; cells that also lie in a smaller figure's block carry that figure's id.`,
      ru: `${sides}, ${period}, ${flow}: сумма ячеек в точности равна ${value} долл. США — опубликованной цифре ${figure.id} (${basis}). Разбивка блока по месяцам, направлениям, ячейкам матрицы и разделам ТН ВЭД синтетическая; ячейки, которые входят и в блок меньшей цифры, помечены её идентификатором.`,
      kk: `${sides}, ${period}, ${flow}: ұяшықтардың қосындысы ${value} АҚШ долларына дәл тең — бұл жарияланған ${figure.id} көрсеткіші (${basis}). Блоктың айлар, бағыттар, матрица ұяшықтары және СЭҚ ТН бөлімдері бойынша бөлінісі синтетикалық; кішірек көрсеткіштің блогына да кіретін ұяшықтар сол көрсеткіштің идентификаторымен белгіленген.`,
    }[lang];
    const note = QUALIFIER_NOTES[figure.qualifier]?.[lang];
    const sum = parts
      ? {
          en: `It is not fitted on its own: it is the sum of ${parts.join(' and ')}, and the generator checks that it holds.`,
          ru: `Отдельно не подгоняется: это сумма ${parts.join(' и ')}, и генератор проверяет, что равенство выполняется.`,
          kk: `Бөлек бапталмайды: бұл ${parts.join(' мен ')} көрсеткіштерінің қосындысы, генератор теңдіктің орындалатынын тексереді.`,
        }[lang]
      : undefined;
    return [head, note, sum].filter(Boolean).join(' ');
  });
}

/** Cells near a figure of their own pair, row or column (see FADE_MONTHS). */
export function extrapolatedDescription(fadeMonths: number): LocalizedText {
  return localized((lang) => {
    const fade = formatNumber(fadeMonths, lang);
    return {
      en: `Cells outside every reported block whose pair, Kazakh region (with all of Russia) or Russian region (with all of Kazakhstan) has a figure for another period: the base level, moved by that figure's correction, which fades over about ${fade} months on either side of its period (a factor r becomes r^exp(−d/${fade}) d months away). No figure is behind these values themselves.`,
      ru: `Ячейки вне блоков опубликованных цифр, для которых есть цифра за другой период — по их паре, по казахстанскому региону (со всей Россией) или по российскому региону (со всем Казахстаном): базовый уровень, сдвинутый поправкой по этой цифре; поправка затухает примерно за ${fade} месяцев по обе стороны от её периода (множитель r через d месяцев становится r^exp(−d/${fade})). Сами эти значения ни на какой цифре не основаны.`,
      kk: `Жарияланған көрсеткіштердің ешбір блогына кірмейтін, бірақ жұбы, қазақстандық өңірі (бүкіл Ресеймен) немесе ресейлік өңірі (бүкіл Қазақстанмен) бойынша басқа кезеңге көрсеткіші бар ұяшықтар: сол көрсеткіш бойынша түзетумен жылжытылған базалық деңгей; түзету кезеңнің екі жағында шамамен ${fade} ай ішінде бәсеңдейді (r көбейткіші d айдан кейін r^exp(−d/${fade}) болады). Бұл мәндердің өзінің артында ешқандай көрсеткіш жоқ.`,
    }[lang];
  });
}

/** Cells no figure reaches but the national ones (F04, F05), outside their periods. */
export function demoScaleDescription(unreportedShare: number): LocalizedText {
  const share = percent(unreportedShare);
  return {
    en: `Cells with no figure for their pair, row or column, outside the periods of the national figures (F04, F05): the base level, an assumption (national level × assumed matrix shares × a flat monthly profile), moved only by the fading correction of the national figures. In the border pairs among them about ${share} % of section cells are deliberately unreported (missing, not zero); totals count reported cells only.`,
    ru: `Ячейки без цифр — ни по их паре, ни по строке, ни по столбцу — вне периодов общенациональных цифр (F04, F05): базовый уровень — допущение (общенациональный уровень × принятые доли ячеек матрицы × ровный помесячный профиль), сдвинутый только затухающей поправкой по общенациональным цифрам. В приграничных парах среди них около ${share} % ячеек по разделам намеренно оставлены без значения (пропуск, а не ноль); итоги учитывают только заполненные ячейки.`,
    kk: `Жұбы, жолы немесе бағаны бойынша көрсеткіші жоқ, жалпыұлттық көрсеткіштердің (F04, F05) кезеңдерінен тыс ұяшықтар: базалық деңгей — болжам (жалпыұлттық деңгей × матрица ұяшықтарының қабылданған үлестері × біркелкі айлық бейін), оны тек жалпыұлттық көрсеткіштердің бәсеңдейтін түзетуі жылжытады. Олардың ішіндегі шекаралас жұптарда бөлімдер бойынша ұяшықтардың шамамен ${share} %-ы әдейі мәнсіз қалдырылған (нөл емес, жоқ мән); жиынтықтарға тек толтырылған ұяшықтар кіреді.`,
  };
}
