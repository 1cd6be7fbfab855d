import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_RUNS,
  hostileParameters,
  hostileStored,
  hostileText,
} from '@/test/hostile-input';
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

describe(`a hostile saved language, link or browser list (${String(HOSTILE_RUNS)} runs)`, () => {
  it('reads as one of the languages, or as none saved', () => {
    const nearMiss = fc.constantFrom(...LANGUAGE_CODES, 'RU', 'kk-KZ', ' en');
    fc.assert(
      fc.property(
        fc.oneof(hostileStored(), nearMiss),
        fc.oneof(
          hostileText,
          hostileText.map((text) => `?lang=${text}`),
          nearMiss.map((code) => `?x=1&lang=${code}`),
        ),
        fc.array(fc.oneof(hostileText, nearMiss), { maxLength: 4 }),
        (raw, search, browser) => {
          const saved = readSavedLanguage(
            memoryStorage({ 'btd.language': raw }),
          );
          expect(saved).toBe(
            (LANGUAGE_CODES as readonly string[]).includes(raw) ? raw : null,
          );
          expect(LANGUAGE_CODES).toContain(
            detectLanguage({ search, saved, browser }),
          );
        },
      ),
      hostileParameters,
    );
  });
});
