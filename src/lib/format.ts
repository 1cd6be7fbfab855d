/**
 * Intl formatters for money, shares and months. Every figure on screen goes
 * through here so that each locale reads its own conventions.
 */

import { dateFormat, formatDate, formatNumber } from './intl';

export { intlFor, provideIntl } from './intl';

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

/** `Aug 2023` / `авг. 2023 г.` */
export function formatMonth(month: string, locale: string): string {
  return formatDate(monthDate(month), locale, {
    month: 'short',
    year: 'numeric',
  });
}

/**
 * `August 2023` / `август 2023 г.`: for sentences read aloud, where a short
 * month would be spelled out letter by letter.
 */
export function formatMonthLong(month: string, locale: string): string {
  return formatDate(monthDate(month), locale, {
    month: 'long',
    year: 'numeric',
  });
}

/** Axis label: `Aug` / `авг.` */
export function formatMonthShort(month: string, locale: string): string {
  return formatDate(monthDate(month), locale, { month: 'short' });
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
  return dateFormat(locale, { month: 'short', year: 'numeric' }).formatRange(
    monthDate(from),
    monthDate(to),
  );
}

/** A calendar day, e.g. `9 Nov 2023`. */
export function formatDay(isoDate: string, locale: string): string {
  return formatDate(new Date(`${isoDate}T00:00:00Z`), locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** A moment in the reader's time zone, e.g. `1 Dec 2026, 12:40`: when a file was imported. */
export function formatMoment(isoDateTime: string, locale: string): string {
  return formatDate(new Date(isoDateTime), locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
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

/**
 * Every formatter above bound to one locale, for components that format in
 * the active language (see `useFormat` in i18n).
 */
export function formattersFor(locale: string) {
  return {
    locale,
    usdCompact: (value: number) => formatUsdCompact(value, locale),
    usdExact: (value: number) => formatUsdExact(value, locale),
    usdAxis: (value: number) => formatUsdAxis(value, locale),
    usdChange: (value: number) => formatUsdChange(value, locale),
    share: (share: number, signed = false) =>
      formatShare(share, locale, signed),
    integer: (value: number) => formatInteger(value, locale),
    quantity: (value: number, unit: string) =>
      formatQuantity(value, unit, locale),
    month: (month: string) => formatMonth(month, locale),
    monthLong: (month: string) => formatMonthLong(month, locale),
    monthShort: (month: string) => formatMonthShort(month, locale),
    monthRange: (from: string, to: string) =>
      formatMonthRange(from, to, locale),
    day: (isoDate: string) => formatDay(isoDate, locale),
    moment: (isoDateTime: string) => formatMoment(isoDateTime, locale),
    eventDate: (date: string, precision: 'day' | 'month' | 'year') =>
      formatEventDate(date, precision, locale),
  };
}

export type Formatters = ReturnType<typeof formattersFor>;
