import type { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import type { NumberFormat } from '@formatjs/intl-numberformat';
import { provideIntl } from '@/lib/format';
import { INTL_LOCALE, type Language } from './languages';

/**
 * Chromium ships a reduced ICU without Kazakh data, yet claims `kk` in
 * `supportedLocalesOf` (so formatjs's own `shouldPolyfill` says no): there a
 * Kazakh month reads "M01" and money "$ 1.4G". Node and Firefox have the
 * data. Numbers and dates come from the same locale file, so one probe on
 * a month name answers for both.
 */
export function lacksLocaleData(locale: string): boolean {
  const january = new Intl.DateTimeFormat(locale, {
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(2023, 0, 1));
  return /^M\d{2}$/.test(january);
}

/**
 * One lazy chunk per language: the formatjs NumberFormat and DateTimeFormat
 * with that language's CLDR data. Keyed by `Language`, so a new language
 * cannot compile without one.
 */
type Formatjs = {
  NumberFormat: typeof NumberFormat;
  DateTimeFormat: typeof DateTimeFormat;
};
const FORMATJS: Record<Language, () => Promise<Formatjs>> = {
  ru: () => import('./intl-data-ru'),
  kk: () => import('./intl-data-kk'),
  en: () => import('./intl-data-en'),
};

type LocaleDataSink = { __addLocaleData?: (...data: unknown[]) => void };

/**
 * Loads formatjs with one language's data and hands it to `lib/format` for
 * that language only. Not `polyfill-force`: that replaces Intl for every
 * locale, and formatjs writes Russian months in the genitive ("января 2023 г."
 * for ICU's "январь 2023 г."). formatjs's locale-data scripts pass their data
 * to `Intl.<Constructor>.__addLocaleData` when it is a function, so a hook
 * there collects it while the chunk runs.
 */
async function loadFormatjs(language: Language): Promise<void> {
  const numberData: unknown[] = [];
  const dateData: unknown[] = [];
  const sinks = [
    [Intl.NumberFormat as LocaleDataSink, numberData],
    [Intl.DateTimeFormat as LocaleDataSink, dateData],
  ] as const;
  for (const [sink, received] of sinks)
    sink.__addLocaleData = (...data) => received.push(...data);
  try {
    const { NumberFormat, DateTimeFormat } = await FORMATJS[language]();
    NumberFormat.__addLocaleData(
      ...(numberData as Parameters<typeof NumberFormat.__addLocaleData>),
    );
    DateTimeFormat.__addLocaleData(
      ...(dateData as Parameters<typeof DateTimeFormat.__addLocaleData>),
    );
    provideIntl(language, { NumberFormat, DateTimeFormat });
  } finally {
    for (const [sink] of sinks) delete sink.__addLocaleData;
  }
}

const loading = new Map<Language, Promise<void>>();
// The hooks are global, so one language loads at a time.
let queue = Promise.resolve();

/**
 * Resolves once Intl can format `language`: at once where the runtime has the
 * data, else after loading the formatjs chunks (Chromium in Kazakh). A chunk that fails to load is retried on the next call; meanwhile
 * the runtime's own formatting shows, which beats no page at all.
 *
 * `lacksData` is the probe, replaceable so a test can force the formatjs path
 * under Node's full ICU.
 */
export function ensureIntlData(
  language: Language,
  lacksData: (locale: string) => boolean = lacksLocaleData,
): Promise<void> {
  let pending = loading.get(language);
  if (pending) return pending;
  if (!lacksData(INTL_LOCALE[language])) return Promise.resolve();
  pending = queue
    .then(() => loadFormatjs(language))
    .catch((error: unknown) => {
      loading.delete(language);
      console.warn(`Intl data for ${language} did not load`, error);
    });
  queue = pending;
  loading.set(language, pending);
  return pending;
}
