import { describe, expect, it } from 'vitest';
import { detectLanguage, readSavedLanguage } from './languages';

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
