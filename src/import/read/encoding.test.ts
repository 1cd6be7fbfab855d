// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cyrillicScore, decodeText } from './encoding';
import { encodeUtf16le, encodeWindows1251 } from './test-encoders';

const RUSSIAN =
  'Период;Регион;Стоимость, тыс. долл. США\n2024-01;Актюбинская;1 234,5\n';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('cyrillicScore', () => {
  it('scores Russian text near 1 and its Windows-1252 reading low', () => {
    const bytes = encodeWindows1251(RUSSIAN);
    const right = new TextDecoder('windows-1251').decode(bytes);
    const wrong = new TextDecoder('windows-1252').decode(bytes);
    expect(cyrillicScore(right)).toBeGreaterThan(0.95);
    expect(cyrillicScore(wrong)).toBeLessThan(0.5);
  });

  it('scores the Windows-1251 reading of UTF-8 Cyrillic lower than UTF-8', () => {
    const mojibake = new TextDecoder('windows-1251').decode(utf8(RUSSIAN));
    expect(cyrillicScore(mojibake)).toBeLessThan(cyrillicScore(RUSSIAN) - 0.2);
  });

  it('scores Kazakh text near 1', () => {
    expect(cyrillicScore('Шығыс Қазақстан облысы; Өскемен')).toBeGreaterThan(
      0.95,
    );
  });

  it('scores text with no visible characters 0', () => {
    expect(cyrillicScore('')).toBe(0);
    expect(cyrillicScore(' \n\t')).toBe(0);
  });
});

describe('decodeText', () => {
  it('decodes Windows-1251 by the letter score when UTF-8 fails', () => {
    expect(decodeText(encodeWindows1251(RUSSIAN))).toEqual({
      text: RUSSIAN,
      encoding: 'windows-1251',
      encodingSource: 'score',
    });
  });

  it('decodes valid UTF-8 without a mark as UTF-8', () => {
    expect(decodeText(utf8(RUSSIAN))).toEqual({
      text: RUSSIAN,
      encoding: 'utf-8',
      encodingSource: 'utf-8',
    });
  });

  it('keeps UTF-8 with one broken byte as UTF-8', () => {
    const bytes = new Uint8Array([...utf8(RUSSIAN.repeat(5)), 0xd0]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.encodingSource).toBe('score');
    expect(decoded.text.startsWith(RUSSIAN)).toBe(true);
  });

  it.each([
    ['utf-8', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(RUSSIAN)])],
    ['utf-16le', encodeUtf16le(RUSSIAN, { bom: true })],
    [
      'utf-16be',
      // UTF-16LE with each pair of bytes swapped.
      encodeUtf16le(RUSSIAN, { bom: true }).map((_, i, le) =>
        i % 2 === 0 ? (le[i + 1] ?? 0) : (le[i - 1] ?? 0),
      ),
    ],
  ] as const)(
    'decodes %s by its byte-order mark and drops it',
    (encoding, bytes) => {
      expect(decodeText(bytes)).toEqual({
        text: RUSSIAN,
        encoding,
        encodingSource: 'bom',
      });
    },
  );

  it('decodes with the encoding the user forces', () => {
    const decoded = decodeText(utf8(RUSSIAN), 'windows-1251');
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.encodingSource).toBe('user');
    expect(decoded.text).not.toBe(RUSSIAN);
    expect(
      decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8').text,
    ).toBe('A');
  });
});
