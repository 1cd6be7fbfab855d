import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
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

const resources = {
  en: { translation: en },
  ru: { translation: ru },
  kk: { translation: kk },
} satisfies Record<Language, { translation: typeof en }>;

/**
 * Initializes the one i18next instance; resolves when it is ready and Intl
 * can format the language (see `ensureIntlData`), so the first render
 * already formats in it.
 */
export async function initI18n(language: Language): Promise<void> {
  await Promise.all([
    ensureIntlData(language),
    i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: false,
      supportedLngs: LANGUAGE_CODES,
      resources,
      interpolation: { escapeValue: false },
      returnNull: false,
    }),
  ]);
  document.documentElement.lang = language;
}

/** Switches the language once Intl can format it, so no figure flashes unformatted. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureIntlData(language);
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
