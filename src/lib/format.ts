/**
 * Intl formatters for money, shares and months. Every figure on screen goes
 * through here so that each locale reads its own conventions.
 */

const localeData = new Map<string, boolean>();
/**
 * Chromium ships a reduced ICU without Kazakh data, yet claims `kk` in
 * `supportedLocalesOf`: there a Kazakh month reads "M09" and money "$ 1.4G".
 * Node and Firefox have the data. One probe per locale tells them apart.
 */
function lacksKazakhData(locale: string): boolean {
  if (!locale.startsWith('kk')) return false;
  let has = localeData.get(locale);
  if (has === undefined) {
    const january = new Intl.DateTimeFormat(locale, {
      month: 'long',
      timeZone: 'UTC',
    }).format(Date.UTC(2023, 0, 1));
    has = !/^M\d{2}$/.test(january);
    localeData.set(locale, has);
  }
  return !has;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * Kazakh numbers from Russian parts: CLDR gives both a decimal comma, space
 * grouping, "млн", "млрд" and "$" after the figure; Kazakh differs only in
 * thousands ("мың") and in no space before "%". Exported for its test.
 */
export function kazakhFromRussianParts(
  parts: readonly Intl.NumberFormatPart[],
): string {
  return parts
    .map((part, i) => {
      if (part.type === 'compact' && part.value === 'тыс.') return 'мың';
      if (part.type === 'literal' && parts[i + 1]?.type === 'percentSign')
        return '';
      return part.value;
    })
    .join('');
}

function formatNumber(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions,
): string {
  if (lacksKazakhData(locale)) {
    return kazakhFromRussianParts(
      numberFormat('ru-RU', options).formatToParts(value),
    );
  }
  return numberFormat(locale, options).format(value);
}

/**
 * `$927.0M` (en), `927,0 млн $` (ru): compact, one decimal; from 1 to 10
 * billion two decimals, so a reported $1,124.8M reads `$1.12B`, not `$1.1B`.
 */
export function formatUsdCompact(value: number, locale: string): string {
  const digits = Math.abs(value) >= 1e9 && Math.abs(value) < 1e10 ? 2 : 1;
  return formatNumber(value, locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Whole dollars, e.g. `$927,000,000`: the exact figure behind a compact one. */
export function formatUsdExact(value: number, locale: string): string {
  return formatNumber(value, locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
}

/** Axis ticks: compact, no decimals, e.g. `$100M` / `100 млн $`. */
export function formatUsdAxis(value: number, locale: string): string {
  return formatNumber(value, locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 0,
  });
}

/** Signed compact money for changes, e.g. `+$12.3M`. */
export function formatUsdChange(value: number, locale: string): string {
  return formatNumber(value, locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
}

/** A share 0–1 as a percentage, e.g. `25.3%`. */
export function formatShare(
  share: number,
  locale: string,
  signed = false,
): string {
  return formatNumber(share, locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}

export function formatInteger(value: number, locale: string): string {
  return formatNumber(value, locale, { maximumFractionDigits: 0 });
}

function monthDate(month: string): Date {
  const [year, mm] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (mm ?? 1) - 1, 1));
}

/** CLDR's Kazakh month names, for runtimes without Kazakh data. */
const KK_MONTH_SHORT = [
  'қаң.',
  'ақп.',
  'нау.',
  'сәу.',
  'мам.',
  'мау.',
  'шіл.',
  'там.',
  'қыр.',
  'қаз.',
  'қар.',
  'жел.',
] as const;
const KK_MONTH_LONG = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

/**
 * Kazakh dates as CLDR writes them (`2023 ж. қыр.`), built by hand for
 * runtimes that lack Kazakh data. Exported so a test can hold them against
 * a full ICU.
 */
export const kazakhDates = {
  monthShort: (month: string) =>
    KK_MONTH_SHORT[Number(month.slice(5, 7)) - 1] ?? month,
  month: (month: string) =>
    `${month.slice(0, 4)} ж. ${kazakhDates.monthShort(month)}`,
  monthLong: (month: string) =>
    `${month.slice(0, 4)} ж. ${KK_MONTH_LONG[Number(month.slice(5, 7)) - 1] ?? month}`,
  // CLDR's range pattern puts a narrow no-break space after the year.
  range: (from: string, to: string) =>
    from.slice(0, 4) === to.slice(0, 4)
      ? `${from.slice(0, 4)}\u202fж. ${kazakhDates.monthShort(from)}–${kazakhDates.monthShort(to)}`
      : `${from.slice(0, 4)}\u202fж. ${kazakhDates.monthShort(from)} – ${to.slice(0, 4)}\u202fж. ${kazakhDates.monthShort(to)}`,
  day: (isoDate: string) =>
    `${isoDate.slice(0, 4)} ж. ${String(Number(isoDate.slice(8, 10)))} ${kazakhDates.monthShort(isoDate)}`,
};

/** `Aug 2023` / `авг. 2023 г.` */
export function formatMonth(month: string, locale: string): string {
  if (lacksKazakhData(locale)) return kazakhDates.month(month);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/**
 * `August 2023` / `август 2023 г.`: for sentences read aloud, where a short
 * month would be spelled out letter by letter.
 */
export function formatMonthLong(month: string, locale: string): string {
  if (lacksKazakhData(locale)) return kazakhDates.monthLong(month);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/** Axis label: `Aug` / `авг.` */
export function formatMonthShort(month: string, locale: string): string {
  if (lacksKazakhData(locale)) return kazakhDates.monthShort(month);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/**
 * `Jan – Aug 2023`, `янв.–авг. 2023`. Intl's range format repeats the year on
 * both ends in Russian ("янв. 2023 г. – авг. 2023 г."), which analysts read as
 * clutter, so a range within one Russian year is composed by hand.
 */
export function formatMonthRange(
  from: string,
  to: string,
  locale: string,
): string {
  if (from === to) return formatMonth(from, locale);
  if (lacksKazakhData(locale)) return kazakhDates.range(from, to);
  if (locale.startsWith('ru') && from.slice(0, 4) === to.slice(0, 4)) {
    return `${formatMonthShort(from, locale)}–${formatMonthShort(to, locale)} ${from.slice(0, 4)}`;
  }
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(monthDate(from), monthDate(to));
}

/** A calendar day, e.g. `9 Nov 2023`. */
export function formatDay(isoDate: string, locale: string): string {
  if (lacksKazakhData(locale)) return kazakhDates.day(isoDate);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A date as precise as its source: `9 Nov 2023`, `November 2023` or `2017`.
 * A month-precision date never gets a day.
 */
export function formatEventDate(
  date: string,
  precision: 'day' | 'month' | 'year',
  locale: string,
): string {
  if (precision === 'day') return formatDay(date, locale);
  if (precision === 'year') return date.slice(0, 4);
  return formatMonthLong(date.slice(0, 7), locale);
}

/** A key figure's number: money compact, other quantities in full (unit words come from i18n). */
export function formatQuantity(
  value: number,
  unit: string,
  locale: string,
): string {
  if (unit === 'USD') return formatUsdCompact(value, locale);
  return formatNumber(value, locale, { maximumFractionDigits: 1 });
}
