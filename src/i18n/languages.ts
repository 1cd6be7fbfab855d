import { z } from 'zod';
import {
  type ReadableStorage,
  readStored,
  textValue,
  type WritableStorage,
  writeStored,
} from '@/lib/storage';

export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
export const DEFAULT_LANGUAGE: Language = 'ru';

/** BCP 47 locale for Intl per product language. */
export const INTL_LOCALE: Record<Language, string> = {
  ru: 'ru-RU',
  kk: 'kk-KZ',
  en: 'en-US',
};

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
 * the first browser language that is one of ours, else Russian.
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
