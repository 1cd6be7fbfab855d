/**
 * Intl formatter instances, cached per locale and options, and the
 * constructors each locale formats with: the runtime's own, or the ones
 * provided for a locale the runtime has no data for (see i18n/intl-polyfill).
 */

export type NumberOptions = Pick<
  Intl.NumberFormatOptions,
  | 'style'
  | 'currency'
  | 'notation'
  | 'minimumFractionDigits'
  | 'maximumFractionDigits'
  | 'signDisplay'
>;
export type DateOptions = Pick<
  Intl.DateTimeFormatOptions,
  'day' | 'month' | 'year' | 'hour' | 'minute' | 'timeZone'
>;
type NumberFormatter = { format(value: number): string };
type DateFormatter = {
  format(date: Date): string;
  formatRange(from: Date, to: Date): string;
};

/** What these formatters need of Intl, as the runtime or a ponyfill provides it. */
export type IntlConstructors = {
  NumberFormat: new (locale: string, options: NumberOptions) => NumberFormatter;
  DateTimeFormat: new (locale: string, options: DateOptions) => DateFormatter;
};

const provided = new Map<string, IntlConstructors>();
const numberFormats = new Map<string, NumberFormatter>();
const dateFormats = new Map<string, DateFormatter>();

/**
 * Formats one language (`kk`, any region) with these constructors instead of
 * the runtime's: i18n hands in the formatjs ponyfill where the runtime lacks
 * the language's data (`i18n/intl-polyfill.ts`), and only for that language.
 */
export function provideIntl(
  language: string,
  constructors: IntlConstructors,
): void {
  provided.set(language, constructors);
  numberFormats.clear();
  dateFormats.clear();
}

/** The constructors that format `locale`: the runtime's unless one was provided. Exported for its test. */
export function intlFor(locale: string): IntlConstructors {
  return provided.get(locale.split('-')[0] ?? locale) ?? Intl;
}

function numberFormat(locale: string, options: NumberOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new (intlFor(locale).NumberFormat)(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(
  value: number,
  locale: string,
  options: NumberOptions,
): string {
  return numberFormat(locale, options).format(value);
}

/** Every date here is a calendar month or day, so it is read in UTC. */
export function dateFormat(locale: string, options: DateOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new (intlFor(locale).DateTimeFormat)(locale, {
      ...options,
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Since ICU 72 put CLDR's narrow no-break space into date patterns, V8,
 * SpiderMonkey and JavaScriptCore each turn it back into a plain space in
 * `format()` for web compatibility (`formatRange()` keeps it). formatjs keeps
 * CLDR's, so without this Kazakh "2023 ж. қыр." would differ by one invisible
 * character between Chromium with and without ICU data.
 */
export function formatDate(
  date: Date,
  locale: string,
  options: DateOptions,
): string {
  return dateFormat(locale, options)
    .format(date)
    .replace(/\u202f/g, ' ');
}
