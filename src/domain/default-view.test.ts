import { describe, expect, it } from 'vitest';
import { regionsResponse } from '@/service/catalog/data/regions';
import { atomIndex, emptyCube } from './cube';
import { defaultViewOf, latestCompletePeriod } from './default-view';

describe('latestCompletePeriod', () => {
  it.each([
    [
      'a whole last year',
      { from: '2017-01', to: '2025-12' },
      { from: '2025-01', to: '2025-12' },
    ],
    [
      'the year before an unfinished one',
      { from: '2017-01', to: '2025-08' },
      { from: '2024-01', to: '2024-12' },
    ],
    [
      'no whole year: all of a short coverage',
      { from: '2024-01', to: '2024-03' },
      { from: '2024-01', to: '2024-03' },
    ],
    [
      'no whole year: the last twelve months',
      { from: '2023-03', to: '2024-11' },
      { from: '2023-12', to: '2024-11' },
    ],
    [
      'one month',
      { from: '2024-05', to: '2024-05' },
      { from: '2024-05', to: '2024-05' },
    ],
  ])('%s', (_name, coverage, period) => {
    expect(latestCompletePeriod(coverage)).toEqual(period);
  });
});

describe('defaultViewOf', () => {
  const months = ['2024-01', '2024-02', '2024-03'];
  function cubeWith(values: { kz: string; ru: string; usd: number }[]) {
    const rows = [...new Set(values.map((v) => v.kz))];
    const columns = [...new Set(values.map((v) => v.ru))];
    const cube = emptyCube({
      rows,
      columns,
      months,
      chapters: ['01'],
      chapterSection: ['I'],
      calibrations: [],
      synthetic: false,
      rowFirstMonth: rows.map(() => 0),
    });
    for (const v of values)
      cube.values[
        atomIndex(cube, rows.indexOf(v.kz), columns.indexOf(v.ru), 1, 0)
      ] = v.usd;
    return cube;
  }

  it('is the border pair with the largest turnover, on the latest complete period', () => {
    const cube = cubeWith([
      { kz: 'KZ-63', ru: 'RU-ALT', usd: 10 },
      { kz: 'KZ-55', ru: 'RU-OMS', usd: 30 },
      // Larger, but not a border pair: never a default view.
      { kz: 'KZ-75', ru: 'RU-MOW', usd: 900 },
    ]);
    expect(defaultViewOf(cube, regionsResponse)).toEqual({
      pair: 'KZ-55~RU-OMS',
      from: '2024-01',
      to: '2024-03',
    });
  });

  it('is the first pair along the border when nothing is traded', () => {
    const cube = cubeWith([{ kz: 'KZ-75', ru: 'RU-MOW', usd: 5 }]);
    expect(defaultViewOf(cube, regionsResponse)?.pair).toBe(
      regionsResponse.pairs[0]?.id,
    );
  });
});
