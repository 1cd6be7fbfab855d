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

describe('the data’s own default view, when the built-in one is not in it', () => {
  const imported = {
    regions: regionsResponse,
    coverage: { from: '2024-01', to: '2024-03' },
    defaultView: { pair: 'KZ-55~RU-OMS', from: '2024-01', to: '2024-03' },
  };

  it('opens the backend’s default view without a notice: nobody chose the built-in one', () => {
    expect(reconcileFilters(DEFAULT_FILTERS, imported)).toEqual({
      filters: {
        ...DEFAULT_FILTERS,
        pair: 'KZ-55~RU-OMS',
        from: '2024-01',
        to: '2024-03',
      },
      ignored: [],
    });
  });

  it('without a default view: the default pair if known, the last months, still no notice', () => {
    const plain = { regions: imported.regions, coverage: imported.coverage };
    expect(reconcileFilters(DEFAULT_FILTERS, plain)).toEqual({
      filters: { ...DEFAULT_FILTERS, from: '2024-01', to: '2024-03' },
      ignored: [],
    });
  });

  it('ignores a default view the catalogue does not offer', () => {
    const result = reconcileFilters(DEFAULT_FILTERS, {
      ...imported,
      defaultView: { pair: 'KZ-75~RU-MOW', from: '2024-01', to: '2024-03' },
    });
    expect(result.filters.pair).toBe(DEFAULT_FILTERS.pair);
    expect(result.ignored).toEqual([]);
  });

  it('a pair someone chose keeps its notice when the period is outside the data', () => {
    const result = reconcileFilters(
      { ...DEFAULT_FILTERS, pair: 'KZ-15~RU' },
      imported,
    );
    expect(result.filters).toMatchObject({
      pair: 'KZ-15~RU',
      from: '2024-01',
      to: '2024-03',
    });
    expect(result.ignored.map((item) => item.param)).toEqual(['from', 'to']);
  });

  it('a catalogue without the default pair falls back to the data’s pair for an unknown one', () => {
    const pairs = regionsResponse.pairs.filter(
      (p) => p.id !== DEFAULT_FILTERS.pair,
    );
    const result = reconcileFilters(
      {
        ...DEFAULT_FILTERS,
        pair: 'KZ-75~RU-MOW',
        from: '2024-01',
        to: '2024-02',
      },
      { ...imported, regions: { ...regionsResponse, pairs } },
    );
    expect(result.filters.pair).toBe('KZ-55~RU-OMS');
  });

  it.each([
    ['no border pairs', { ...regionsResponse, pairs: [] }],
    ['no regions at all', { regions: [], pairs: [] }],
  ])(
    'a catalogue with %s leaves the view as it is: no endless correction',
    (_name, regions) => {
      for (const filters of [
        DEFAULT_FILTERS,
        { ...DEFAULT_FILTERS, pair: 'KZ-75~RU-MOW' },
      ]) {
        const result = reconcileFilters(filters, {
          regions,
          coverage: { from: '2024-01', to: '2024-03' },
        });
        expect(result.filters).toBe(filters);
      }
    },
  );
});
