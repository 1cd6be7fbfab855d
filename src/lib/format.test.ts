import { describe, expect, it } from 'vitest';
import { formatMonthRange, formatUsdCompact, formatUsdExact } from './format';

describe('money formats', () => {
  it.each([
    ['en-US', '$927.0M', '$927,000,000'],
    ['ru-RU', '927,0\u00a0млн\u00a0$', '927\u00a0000\u00a0000\u00a0$'],
  ])('%s reads 927 million as %s, exactly %s', (locale, compact, exact) => {
    expect(formatUsdCompact(927_000_000, locale)).toBe(compact);
    expect(formatUsdExact(927_000_000, locale)).toBe(exact);
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
