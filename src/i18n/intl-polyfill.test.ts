import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as format from '@/lib/format';
import { ensureIntlData, lacksLocaleData } from './intl-polyfill';
import { LANGUAGES } from './languages';

const MONTHS = Array.from(
  { length: 12 },
  (_, i) => `2023-${String(i + 1).padStart(2, '0')}`,
);
const AMOUNTS = [
  0, 0.5, 7, 999, 1_500, 12_345, 250_000, 999_999, 1_000_000, 6_700_000,
  -6_700_000, 89_500_000, 927_000_000, 1_124_800_000, 9_999_000_000,
  17_000_000_000, 26_100_000_000, 1_200_000_000_000,
];
const SHARES = [0, 0.039, -0.039, 0.253, 1];

/** Every `lib/format` function over months, ranges, days and magnitudes, labelled for a readable diff. */
function everything(locale: string): string[] {
  const lines: string[] = [];
  const add = (label: string, text: string) => lines.push(`${label}: ${text}`);
  for (const month of MONTHS) {
    add(`month ${month}`, format.formatMonth(month, locale));
    add(`monthLong ${month}`, format.formatMonthLong(month, locale));
    add(`monthShort ${month}`, format.formatMonthShort(month, locale));
    add(
      `range 2023-01..${month}`,
      format.formatMonthRange('2023-01', month, locale),
    );
    add(
      `range 2022-06..${month}`,
      format.formatMonthRange('2022-06', month, locale),
    );
  }
  for (const day of ['2017-01-01', '2023-11-09', '2024-02-29']) {
    add(`day ${day}`, format.formatDay(day, locale));
    add(`event ${day}`, format.formatEventDate(day, 'month', locale));
  }
  for (const value of AMOUNTS) {
    add(`usdCompact ${value}`, format.formatUsdCompact(value, locale));
    add(`usdExact ${value}`, format.formatUsdExact(value, locale));
    add(`usdAxis ${value}`, format.formatUsdAxis(value, locale));
    add(`usdChange ${value}`, format.formatUsdChange(value, locale));
    add(`integer ${value}`, format.formatInteger(value, locale));
    add(`quantity ${value}`, format.formatQuantity(value, 't', locale));
  }
  for (const share of SHARES) {
    add(`share ${share}`, format.formatShare(share, locale));
    add(`share signed ${share}`, format.formatShare(share, locale, true));
  }
  return lines;
}

describe('lacksLocaleData', () => {
  it.each(LANGUAGES)('finds $code data in Node’s full ICU', ({ intl }) => {
    expect(lacksLocaleData(intl)).toBe(false);
  });

  it('fires where a month name reads as its number, as in Chromium', () => {
    vi.spyOn(
      Intl.DateTimeFormat.prototype as { format: unknown },
      'format',
      'get',
    ).mockReturnValue(() => 'M01');
    expect(lacksLocaleData('kk-KZ')).toBe(true);
  });
});

describe('ensureIntlData', () => {
  it('loads nothing where the runtime has the data', async () => {
    await ensureIntlData('kk');
    expect(format.intlFor('kk-KZ')).toBe(Intl);
  });

  describe('once the probe fires for Kazakh', () => {
    const probed: string[] = [];
    const probe = (locale: string) => {
      probed.push(locale);
      return locale.startsWith('kk');
    };
    let native: string[];

    beforeAll(async () => {
      native = everything('kk-KZ');
      await Promise.all([
        ensureIntlData('ru', probe),
        ensureIntlData('kk', probe),
      ]);
      await ensureIntlData('kk', probe);
    });

    it('formats Kazakh through formatjs and leaves the runtime’s Intl alone', () => {
      expect(format.intlFor('kk-KZ').NumberFormat).toHaveProperty(
        'polyfilled',
        true,
      );
      expect(format.intlFor('kk-KZ').DateTimeFormat).toHaveProperty(
        'polyfilled',
        true,
      );
      expect(format.intlFor('ru-RU')).toBe(Intl);
      expect(format.intlFor('en-US')).toBe(Intl);
      expect(Intl.NumberFormat).not.toHaveProperty('polyfilled');
      expect(Intl.NumberFormat).not.toHaveProperty('__addLocaleData');
      expect(Intl.DateTimeFormat).not.toHaveProperty('__addLocaleData');
    });

    it('probes each language until its data is loaded', () => {
      expect(probed).toEqual(['ru-RU', 'kk-KZ']);
    });

    it('writes Kazakh as Node’s full ICU does', () => {
      expect(everything('kk-KZ')).toEqual(native);
    });
  });
});
