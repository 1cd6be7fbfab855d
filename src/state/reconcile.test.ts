import { describe, expect, it } from 'vitest';
import { regionsResponse } from '@/service/catalog/data/regions';
import { DEFAULT_FILTERS } from './filters';
import { fallbackPeriod, reconcileFilters } from './reconcile';

const catalog = {
  regions: regionsResponse,
  coverage: { from: '2021-01', to: '2024-12' },
};

describe('reconcileFilters', () => {
  it('keeps a known pair and a period inside the coverage', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      pair: 'KZ-63~RU-AL',
      from: '2021-01',
      to: '2024-12',
    };
    expect(reconcileFilters(filters, catalog)).toEqual({
      filters,
      ignored: [],
    });
  });

  it('falls back to the default pair for one that is not a border pair', () => {
    const result = reconcileFilters(
      { ...DEFAULT_FILTERS, pair: 'KZ-75~RU-MOW' },
      catalog,
    );
    expect(result.filters.pair).toBe('KZ-63~RU-ALT');
    expect(result.ignored).toEqual([
      { param: 'pair', value: 'KZ-75~RU-MOW', reason: 'unknown-pair' },
    ]);
  });

  it.each(['KZ-15~RU', 'KZ~RU-OMS', 'KZ~RU'])(
    'keeps the level view %s: a border region or a country on each side',
    (pair) => {
      const result = reconcileFilters({ ...DEFAULT_FILTERS, pair }, catalog);
      expect(result).toEqual({
        filters: { ...DEFAULT_FILTERS, pair },
        ignored: [],
      });
    },
  );

  it.each(['KZ-63~RU-OMS', 'KZ-75~RU', 'KZ~RU-MOW'])(
    'refuses %s: regions that do not border, or a region off the border',
    (pair) => {
      const result = reconcileFilters({ ...DEFAULT_FILTERS, pair }, catalog);
      expect(result.filters.pair).toBe(DEFAULT_FILTERS.pair);
      expect(result.ignored[0]?.reason).toBe('unknown-pair');
    },
  );

  it('falls back to the default period when it leaves the coverage', () => {
    const result = reconcileFilters(
      { ...DEFAULT_FILTERS, from: '2019-01', to: '2023-01' },
      catalog,
    );
    expect(result.filters).toEqual(DEFAULT_FILTERS);
    expect(result.ignored).toEqual([
      { param: 'from', value: '2019-01', reason: 'out-of-coverage' },
    ]);
  });
});

describe('a catalogue without the default period (an analyst’s import)', () => {
  const imported = {
    regions: regionsResponse,
    coverage: { from: '2024-01', to: '2024-03' },
  };

  it('falls back to months the data has, so the corrected view stands', () => {
    const result = reconcileFilters(DEFAULT_FILTERS, imported);
    expect(result.filters).toMatchObject({ from: '2024-01', to: '2024-03' });
    expect(reconcileFilters(result.filters, imported).ignored).toEqual([]);
  });

  it('takes the last twelve months of a longer coverage', () => {
    expect(fallbackPeriod({ from: '2024-01', to: '2026-06' })).toEqual({
      from: '2025-07',
      to: '2026-06',
    });
    expect(fallbackPeriod({ from: '2017-01', to: '2025-12' })).toEqual({
      from: DEFAULT_FILTERS.from,
      to: DEFAULT_FILTERS.to,
    });
  });
});
