/**
 * Intl formatters for money, shares and months. Every figure on screen goes
 * through here so that each locale reads its own conventions.
 */

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

/** `$927.0M` (en), `927,0 млн $` (ru): compact, one decimal. */
export function formatUsdCompact(value: number, locale: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** Whole dollars, e.g. `$927,000,000`: the exact figure behind a compact one. */
export function formatUsdExact(value: number, locale: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(value);
}

/** Axis ticks: compact, no decimals, e.g. `$100M` / `100 млн $`. */
export function formatUsdAxis(value: number, locale: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 0,
  }).format(value);
}

/** Signed compact money for changes, e.g. `+$12.3M`. */
export function formatUsdChange(value: number, locale: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A share 0–1 as a percentage, e.g. `25.3%`. */
export function formatShare(
  share: number,
  locale: string,
  signed = false,
): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(share);
}

export function formatInteger(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

function monthDate(month: string): Date {
  const [year, mm] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (mm ?? 1) - 1, 1));
}

/** `Aug 2023` / `авг. 2023 г.` */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/** Axis label: `Aug` / `авг.` */
export function formatMonthShort(month: string, locale: string): string {
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
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(date.slice(0, 7)));
}

/** A key figure's number: money compact, other quantities in full (unit words come from i18n). */
export function formatQuantity(
  value: number,
  unit: string,
  locale: string,
): string {
  if (unit === 'USD') return formatUsdCompact(value, locale);
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
