import { describe, expect, it } from 'vitest';
import { changedFilterCount, DEFAULT_FILTERS, type Filters } from './filters';

describe('changedFilterCount', () => {
  it.each<[string, Partial<Filters>, number]>([
    ['the defaults', {}, 0],
    [
      'a period, counted once for both ends',
      { from: '2022-01', to: '2022-12' },
      1,
    ],
    ['only the end of the period', { to: '2023-12' }, 1],
    ['a pair', { pair: 'KZ-55~RU-OMS' }, 1],
    ['sectors', { sectors: ['II', 'XV'] }, 1],
    ['direction and comparison', { flow: 'export', compare: 'none' }, 2],
    [
      'everything',
      {
        pair: 'KZ-55~RU-OMS',
        to: '2023-12',
        sectors: ['I'],
        flow: 'import',
        compare: 'none',
      },
      5,
    ],
  ])('counts %s as %i', (_, change, expected) => {
    expect(changedFilterCount({ ...DEFAULT_FILTERS, ...change })).toBe(
      expected,
    );
  });
});
