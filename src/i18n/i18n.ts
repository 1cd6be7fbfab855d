import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type en from './locales/en.json';
import { ensureIntlData } from './intl-polyfill';
import {
  DEFAULT_LANGUAGE,
  INTL_LOCALE,
  LANGUAGE_CODES,
  type Language,
  languageSchema,
} from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Keys are typed from the English catalogue: an unknown key fails to compile.
    resources: { translation: typeof en };
  }
}

type Catalogue = typeof en;

/**
 * One lazy chunk per language: a page downloads the texts of the language it
 * shows, and another language's when the user switches to it. Keyed by
 * `Language`, so a new language cannot compile without its catalogue.
 */
const CATALOGUES: Record<Language, () => Promise<{ default: Catalogue }>> = {
  ru: () => import('./locales/ru.json'),
  kk: () => import('./locales/kk.json'),
  en: () => import('./locales/en.json'),
};

const catalogues = new Map<Language, Promise<Catalogue>>();

/** A language's texts, loaded once; a chunk that fails to load is tried again on the next call. */
function loadCatalogue(language: Language): Promise<Catalogue> {
  let pending = catalogues.get(language);
  if (!pending) {
    pending = CATALOGUES[language]().then(
      (module) => module.default,
      (error: unknown) => {
        catalogues.delete(language);
        throw error;
      },
    );
    catalogues.set(language, pending);
  }
  return pending;
}

/**
 * Initializes the one i18next instance; resolves when it is ready, holds the
 * language's texts and Intl can format it (see `ensureIntlData`), so the
 * first render already shows and formats it. The texts and the Intl data
 * load in parallel.
 */
export async function initI18n(language: Language): Promise<void> {
  const [translation] = await Promise.all([
    loadCatalogue(language),
    ensureIntlData(language),
  ]);
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: LANGUAGE_CODES,
    resources: { [language]: { translation } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/**
 * Switches the language once its texts are loaded and Intl can format it,
 * so no text shows as a key and no figure flashes unformatted. Rejects, and
 * stays in the current language, when the texts cannot be loaded.
 */
export async function changeLanguage(language: Language): Promise<void> {
  const [translation] = await Promise.all([
    loadCatalogue(language),
    ensureIntlData(language),
  ]);
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', translation);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The app's translation hook: `t`, the active language and its Intl locale. */
export function useI18n() {
  const { t, i18n } = useTranslation();
  const parsed = languageSchema.safeParse(
    i18n.resolvedLanguage ?? i18n.language,
  );
  const language = parsed.success ? parsed.data : DEFAULT_LANGUAGE;
  return { t, language, locale: INTL_LOCALE[language] };
}

/**
 * Development pseudo-locale: every string renders as its key (i18next's
 * `cimode`), so untranslated text, which stays readable, stands out.
 */
export async function showRawKeys(): Promise<void> {
  await i18next.changeLanguage('cimode');
}
