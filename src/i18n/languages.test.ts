import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/test/storage';
import {
  DEFAULT_LANGUAGE,
  INTL_LOCALE,
  LANGUAGE_CODES,
  LANGUAGES,
  detectLanguage,
  languageSchema,
  readSavedLanguage,
  saveLanguage,
} from './languages';

describe('LANGUAGES', () => {
  it('is the one source of codes, the default and Intl locales', () => {
    expect(LANGUAGE_CODES).toEqual(['ru', 'kk', 'en']);
    expect(DEFAULT_LANGUAGE).toBe('ru');
    expect(INTL_LOCALE).toEqual({ ru: 'ru-RU', kk: 'kk-KZ', en: 'en-US' });
    for (const { code } of LANGUAGES)
      expect(languageSchema.parse(code)).toBe(code);
    expect(languageSchema.safeParse('de').success).toBe(false);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['?lang=kk', 'en', ['en-US'], 'kk'],
    ['?lang=xx', 'en', ['ru-RU'], 'en'],
    ['', null, ['de-DE', 'kk-KZ'], 'kk'],
    ['', null, ['EN-gb'], 'en'],
    ['', null, ['de-DE', 'fr'], 'ru'],
    ['', null, [], 'ru'],
  ] as const)(
    'search %j, saved %j, browser %j gives %s',
    (search, saved, browser, expected) => {
      expect(detectLanguage({ search, saved, browser })).toBe(expected);
    },
  );
});

describe('readSavedLanguage', () => {
  it('ignores a malformed saved value and storage that throws', () => {
    expect(readSavedLanguage({ getItem: () => 'klingon' })).toBeNull();
    expect(
      readSavedLanguage({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBeNull();
    expect(readSavedLanguage({ getItem: () => 'kk' })).toBe('kk');
  });
});

describe('saveLanguage', () => {
  it('keeps the bare code under btd.language, as earlier releases did', () => {
    const storage = memoryStorage();
    saveLanguage(storage, 'en');
    expect(Object.fromEntries(storage.data)).toEqual({ 'btd.language': 'en' });
    expect(readSavedLanguage(storage)).toBe('en');
  });
});
