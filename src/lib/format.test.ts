import { beforeAll, describe, expect, it } from 'vitest';
import { ensureIntlData } from '@/i18n/intl-polyfill';
import * as format from './format';
import {
  formatMonthRange,
  formatUsdCompact,
  formatUsdExact,
  formattersFor,
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

/** Kazakh as CLDR writes it, checked against Node's full ICU. */
const KK = 'kk-KZ';
const kazakh: Array<[string, () => string, string]> = [
  [
    'compact millions',
    () => format.formatUsdCompact(927_000_000, KK),
    '927,0\u00a0млн\u00a0$',
  ],
  [
    'compact billions',
    () => format.formatUsdCompact(1_124_800_000, KK),
    '1,12\u00a0млрд\u00a0$',
  ],
  // CLDR abbreviates hundreds of thousands of dollars "м.", not "мың".
  [
    'compact hundreds of thousands',
    () => format.formatUsdCompact(250_000, KK),
    '250,0\u00a0м.\u00a0$',
  ],
  [
    'axis thousands',
    () => format.formatUsdAxis(1_500, KK),
    '2\u00a0мың\u00a0$',
  ],
  [
    'a signed change',
    () => format.formatUsdChange(-6_700_000, KK),
    '-6,7\u00a0млн\u00a0$',
  ],
  [
    'exact dollars',
    () => format.formatUsdExact(927_000_000, KK),
    '927\u00a0000\u00a0000\u00a0$',
  ],
  ['a signed share', () => format.formatShare(0.039, KK, true), '+3,9%'],
  ['a whole number', () => format.formatInteger(25_000, KK), '25\u00a0000'],
  [
    'a quantity',
    () => format.formatQuantity(1_234.56, 't', KK),
    '1\u00a0234,6',
  ],
  ['a month', () => format.formatMonth('2023-09', KK), '2023 ж. қыр.'],
  [
    'a month in full',
    () => format.formatMonthLong('2023-09', KK),
    '2023 ж. қыркүйек',
  ],
  ['an axis month', () => format.formatMonthShort('2023-09', KK), 'қыр.'],
  // CLDR's range pattern keeps a narrow no-break space after the year.
  [
    'a range within a year',
    () => format.formatMonthRange('2023-01', '2023-08', KK),
    '2023\u202fж. қаң.–там.',
  ],
  [
    'a range across years',
    () => format.formatMonthRange('2022-09', '2023-08', KK),
    '2022\u202fж. қыр. – 2023\u202fж. там.',
  ],
  ['a day', () => format.formatDay('2023-11-09', KK), '2023 ж. 9 қар.'],
];

describe("Kazakh with the runtime's ICU data", () => {
  it.each(kazakh)('writes %s as CLDR does', (_, run, text) => {
    expect(run()).toBe(text);
  });
});

describe('formattersFor', () => {
  it('binds every formatter to one locale', () => {
    const en = formattersFor('en-US');
    expect(en.locale).toBe('en-US');
    expect(en.usdCompact(927_000_000)).toBe('$927.0M');
    expect(en.usdExact(927_000_000)).toBe('$927,000,000');
    expect(en.share(0.039, true)).toBe('+3.9%');
    expect(en.monthRange('2023-01', '2023-08')).toBe(
      formatMonthRange('2023-01', '2023-08', 'en-US'),
    );
    expect(formattersFor('ru-RU').monthRange('2023-01', '2023-08')).toBe(
      'янв.–авг. 2023',
    );
    expect(en.eventDate('2017-05-01', 'year')).toBe('2017');
  });
});

// Chromium lacks Kazakh ICU data, so there i18n loads the formatjs ponyfill
// for Kazakh; forcing it here must give the same text. For the rest of this
// file Kazakh goes through formatjs.
describe('Kazakh through the formatjs ponyfill', () => {
  beforeAll(async () => {
    await ensureIntlData('kk', () => true);
  });

  it('formats Kazakh, and only Kazakh, through formatjs', () => {
    expect(format.intlFor(KK).NumberFormat).toHaveProperty('polyfilled', true);
    expect(format.intlFor(KK).DateTimeFormat).toHaveProperty(
      'polyfilled',
      true,
    );
    expect(format.intlFor('ru-RU')).toBe(Intl);
  });

  it.each(kazakh)('writes %s as CLDR does', (_, run, text) => {
    expect(run()).toBe(text);
  });
});
