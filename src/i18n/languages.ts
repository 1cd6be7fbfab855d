import { z } from 'zod';

/**
 * The product's languages, written once: the code in URLs, storage and
 * i18next, the BCP 47 locale Intl formats with, and the switcher's label in
 * the language itself. The first is the default and the fallback.
 */
export const LANGUAGES = [
  { code: 'ru', intl: 'ru-RU', label: 'Русский' },
  { code: 'kk', intl: 'kk-KZ', label: 'Қазақша' },
  { code: 'en', intl: 'en-US', label: 'English' },
] as const;

export const LANGUAGE_CODES = LANGUAGES.map(({ code }) => code);
export const languageSchema = z.enum(LANGUAGE_CODES);
export type Language = z.infer<typeof languageSchema>;
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0].code;

/** BCP 47 locale for Intl per product language. */
export const INTL_LOCALE = Object.fromEntries(
  LANGUAGES.map(({ code, intl }) => [code, intl]),
) as Record<Language, string>;

const STORAGE_KEY = 'btd.language';

/** Saved choice from an earlier visit, ignoring anything malformed. */
export function readSavedLanguage(
  storage: Pick<Storage, 'getItem'> | undefined,
): Language | null {
  try {
    const parsed = languageSchema.safeParse(storage?.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveLanguage(
  storage: Pick<Storage, 'setItem'> | undefined,
  language: Language,
): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the choice simply is not remembered.
  }
}

/**
 * `?lang=` first (it is part of shareable links), then the saved choice, then
 * the first browser language that is one of ours, else the default.
 */
export function detectLanguage(input: {
  search: string;
  saved: Language | null;
  browser: readonly string[];
}): Language {
  const fromUrl = languageSchema.safeParse(
    new URLSearchParams(input.search).get('lang'),
  );
  if (fromUrl.success) return fromUrl.data;
  if (input.saved) return input.saved;
  for (const tag of input.browser) {
    const base = languageSchema.safeParse(tag.toLowerCase().split('-')[0]);
    if (base.success) return base.data;
  }
  return DEFAULT_LANGUAGE;
}
