import { z } from 'zod/mini';
import {
  type ReadableStorage,
  readStored,
  textValue,
  type WritableStorage,
  writeStored,
} from '@/lib/storage';

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

/** Kept as the bare code (`kk`), as since the first release. */
const SAVED_LANGUAGE = textValue('btd.language', languageSchema);

/** Saved choice from an earlier visit, ignoring anything malformed. Never throws. */
export function readSavedLanguage(
  storage: ReadableStorage | undefined,
): Language | null {
  return readStored(storage, SAVED_LANGUAGE, null);
}

export function saveLanguage(
  storage: WritableStorage | undefined,
  language: Language,
): void {
  writeStored(storage, SAVED_LANGUAGE, language);
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
