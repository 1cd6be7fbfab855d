import { describe, expect, test } from 'vitest';
import { PLAUSIBLE_MAX_USD } from '@/domain/usd';
import { packRecords } from '@/import/packed';
import type { ImportedRecord } from '@/import/types';
import { isStoredUserData } from './user-data-store';

const record = (valueUsd: number | null): ImportedRecord => ({
  kz: 'KZ-63',
  ru: 'RU-ALT',
  month: '2024-01',
  flow: 'export',
  chapter: '76',
  valueUsd,
  status: valueUsd === null ? 'confidential' : 'reported',
  preliminary: false,
  row: 2,
});

/** What IndexedDB would hand back for records with these values. */
const stored = (...values: (number | null)[]) => ({
  packed: packRecords(
    values.map((v, i) => ({ ...record(v), row: i + 2 })),
    'a.csv',
  ),
  files: [],
});

describe('isStoredUserData: stored imports are held to the answers’ value rule', () => {
  test.each<[string, (number | null)[]]>([
    ['whole dollars', [0, 1_250, 927_000_000]],
    ['not reported (NaN)', [null, 5]],
    ['the plausible maximum itself', [PLAUSIBLE_MAX_USD]],
  ])('keeps %s', (_, values) => {
    expect(isStoredUserData(stored(...values))).toBe(true);
  });

  test.each<[string, number]>([
    ['a negative value', -1],
    ['half a dollar', 0.5],
    ['an infinite value', Number.POSITIVE_INFINITY],
    ['an implausible value', PLAUSIBLE_MAX_USD + 1],
    ['1e20 dollars', 1e20],
  ])('refuses %s', (_, value) => {
    expect(isStoredUserData(stored(5, value))).toBe(false);
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['no files', { packed: stored(5).packed }],
    [
      'values of another length',
      { files: [], packed: { ...stored(5).packed, count: 2 } },
    ],
  ])('refuses %s', (_, value) => {
    expect(isStoredUserData(value)).toBe(false);
  });
});
