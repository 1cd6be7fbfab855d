// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encodeUtf16le, encodeWindows1251 } from './test-encoders';

describe('test encoders', () => {
  it('encode Russian text that the platform decodes back as Windows-1251', () => {
    const text = 'Период;Ёлка ёж №5, тыс. долл. США';
    const bytes = encodeWindows1251(text);
    expect(new TextDecoder('windows-1251').decode(bytes)).toBe(text);
  });

  it('replace Kazakh letters with ? as exporting programs do', () => {
    const bytes = encodeWindows1251('Шығыс Қазақстан');
    expect(new TextDecoder('windows-1251').decode(bytes)).toBe(
      'Шы?ыс ?аза?стан',
    );
  });

  it('encode UTF-16LE with and without a byte-order mark', () => {
    const text = 'Қазақстан\t1 234,5';
    const withBom = encodeUtf16le(text, { bom: true });
    expect([...withBom.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(withBom)).toBe(text);
    const without = encodeUtf16le(text, { bom: false });
    expect(without.length).toBe(text.length * 2);
    expect(new TextDecoder('utf-16le').decode(without)).toBe(text);
  });
});
