import { describe, expect, it } from 'vitest';
import {
  formatMonthRange,
  formatUsdCompact,
  formatUsdExact,
  kazakhDates,
  kazakhFromRussianParts,
} from './format';

describe('money formats', () => {
  it.each([
    ['en-US', '$927.0M', '$927,000,000'],
    ['ru-RU', '927,0\u00a0млн\u00a0$', '927\u00a0000\u00a0000\u00a0$'],
  ])('%s reads 927 million as %s, exactly %s', (locale, compact, exact) => {
    expect(formatUsdCompact(927_000_000, locale)).toBe(compact);
    expect(formatUsdExact(927_000_000, locale)).toBe(exact);
  });

  it.each([
    [1_124_800_000, '$1.12B'],
    [17_000_000_000, '$17.0B'],
    [26_100_000_000, '$26.1B'],
    [89_500_000, '$89.5M'],
  ])('keeps three significant figures of %d as %s', (value, text) => {
    expect(formatUsdCompact(value, 'en-US')).toBe(text);
  });

  it('names a month range within one Russian year without repeating the year', () => {
    expect(formatMonthRange('2023-01', '2023-08', 'ru-RU')).toBe(
      'янв.–авг. 2023',
    );
    expect(formatMonthRange('2022-09', '2023-08', 'ru-RU')).toContain('2022');
  });

  it('names a month range in English', () => {
    expect(formatMonthRange('2023-01', '2023-08', 'en-US')).toBe(
      'Jan\u2009–\u2009Aug 2023',
    );
  });
});

describe('Kazakh without ICU data', () => {
  // Node has full ICU, so the hand-built Kazakh dates can be held against it.
  const months = Array.from(
    { length: 12 },
    (_, i) => `2023-${String(i + 1).padStart(2, '0')}`,
  );
  const icu = (options: Intl.DateTimeFormatOptions, date: string) =>
    new Intl.DateTimeFormat('kk-KZ', { ...options, timeZone: 'UTC' }).format(
      new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`),
    );

  it.each(months)('writes %s as CLDR does', (month) => {
    expect(kazakhDates.month(month)).toBe(
      icu({ month: 'short', year: 'numeric' }, month),
    );
    expect(kazakhDates.monthShort(month)).toBe(icu({ month: 'short' }, month));
    expect(kazakhDates.monthLong(month)).toBe(
      icu({ month: 'long', year: 'numeric' }, month),
    );
  });

  it('writes ranges and days as CLDR does', () => {
    const range = (from: string, to: string) =>
      new Intl.DateTimeFormat('kk-KZ', {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).formatRange(
        new Date(`${from}-01T00:00:00Z`),
        new Date(`${to}-01T00:00:00Z`),
      );
    expect(kazakhDates.range('2023-01', '2023-08')).toBe(
      range('2023-01', '2023-08'),
    );
    expect(kazakhDates.range('2022-09', '2023-08')).toBe(
      range('2022-09', '2023-08'),
    );
    expect(kazakhDates.day('2023-11-09')).toBe(
      icu({ day: 'numeric', month: 'short', year: 'numeric' }, '2023-11-09'),
    );
  });

  it.each<[string, number, Intl.NumberFormatOptions]>([
    [
      'compact millions',
      927_000_000,
      {
        notation: 'compact',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        style: 'currency',
        currency: 'USD',
      },
    ],
    [
      'compact billions',
      1_400_000_000,
      {
        notation: 'compact',
        maximumFractionDigits: 1,
        style: 'currency',
        currency: 'USD',
      },
    ],
    [
      'signed compact',
      -6_700_000,
      {
        notation: 'compact',
        maximumFractionDigits: 1,
        style: 'currency',
        currency: 'USD',
        signDisplay: 'exceptZero',
      },
    ],
    [
      'exact dollars',
      927_000_000,
      { maximumFractionDigits: 0, style: 'currency', currency: 'USD' },
    ],
    [
      'a signed share',
      0.039,
      {
        style: 'percent',
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
        signDisplay: 'exceptZero',
      },
    ],
    ['a whole number', 25_000, { maximumFractionDigits: 0 }],
  ])(
    'writes %s from Russian parts as CLDR writes Kazakh',
    (_, value, options) => {
      expect(
        kazakhFromRussianParts(
          new Intl.NumberFormat('ru-RU', options).formatToParts(value),
        ),
      ).toBe(new Intl.NumberFormat('kk-KZ', options).format(value));
    },
  );

  it('writes thousands with the Kazakh word', () => {
    const parts = new Intl.NumberFormat('ru-RU', {
      notation: 'compact',
      style: 'currency',
      currency: 'USD',
    }).formatToParts(1_500);
    expect(kazakhFromRussianParts(parts)).toContain('мың');
  });
});
