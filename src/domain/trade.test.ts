import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import {
  alignComparison,
  change,
  cumulativeByYear,
  rankSectors,
} from './trade';

describe('cumulativeByYear', () => {
  it('runs totals within a year, resets in January and leaves null months null', () => {
    const points = cumulativeByYear([
      { month: '2022-11', export: 1, import: 2 },
      { month: '2022-12', export: 3, import: null },
      { month: '2023-01', export: 5, import: 7 },
      { month: '2023-02', export: 1, import: 1 },
    ]);
    expect(points).toEqual([
      { month: '2022-11', export: 1, import: 2 },
      { month: '2022-12', export: 4, import: null },
      { month: '2023-01', export: 5, import: 7 },
      { month: '2023-02', export: 6, import: 8 },
    ]);
  });
});

describe('rankSectors', () => {
  const row = (
    sector: (typeof SECTOR_IDS)[number],
    exports: number,
    imports: number,
  ) => ({
    sector,
    exports,
    imports,
  });

  it('ranks sections by turnover and gives shares of the whole', () => {
    const rows = rankSectors([
      row('II', 0, 60),
      row('XV', 10, 0),
      row('XVI', 0, 30),
    ]);
    expect(rows.map((r) => [r.sector, r.turnover, r.share])).toEqual([
      ['II', 60, 0.6],
      ['XVI', 30, 0.3],
      ['XV', 10, 0.1],
    ]);
  });

  it('is empty for no sections, and gives zero shares, not NaN, when nothing was traded', () => {
    expect(rankSectors([])).toEqual([]);
    expect(rankSectors([row('XV', 0, 0)])).toEqual([
      { sector: 'XV', exports: 0, imports: 0, turnover: 0, share: 0 },
    ]);
  });

  it('keeps the given order for ties and leaves its input unchanged', () => {
    const input = [row('I', 5, 5), row('II', 10, 0)];
    const copy = structuredClone(input);
    expect(rankSectors(input).map((r) => r.sector)).toEqual(['I', 'II']);
    expect(input).toEqual(copy);
  });

  it('preserves the total and its shares sum to 1 for any rows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            sector: fc.constantFrom(...SECTOR_IDS),
            exports: fc.integer({ min: 0, max: 1e9 }),
            imports: fc.integer({ min: 0, max: 1e9 }),
          }),
          { maxLength: 21, selector: (r) => r.sector },
        ),
        (rows) => {
          const ranked = rankSectors(rows);
          const total = rows.reduce((sum, r) => sum + r.exports + r.imports, 0);
          const rankedTotal = ranked.reduce((sum, r) => sum + r.turnover, 0);
          const shareSum = ranked.reduce((sum, r) => sum + r.share, 0);
          return (
            rankedTotal === total &&
            (total === 0 || Math.abs(shareSum - 1) < 1e-9)
          );
        },
      ),
    );
  });
});

describe('change', () => {
  it.each([
    [120, 100, { absolute: 20, relative: 0.2 }],
    [80, 100, { absolute: -20, relative: -0.2 }],
    [-50, -100, { absolute: 50, relative: 0.5 }],
    [10, 0, { absolute: 10, relative: null }],
  ])('from %d after %d', (current, previous, expected) => {
    expect(change(current, previous)).toEqual(expected);
  });

  it('is null when the previous period is missing', () => {
    expect(change(10, null)).toBeNull();
  });
});

describe('alignComparison', () => {
  it('pairs each month with the same position a year earlier and pads with null', () => {
    const aligned = alignComparison(
      [
        { month: '2023-01', export: 1, import: 2 },
        { month: '2023-02', export: 3, import: 4 },
      ],
      [{ month: '2022-01', export: 5, import: null }],
    );
    expect(aligned).toEqual([
      {
        month: '2023-01',
        export: 1,
        import: 2,
        previousMonth: '2022-01',
        previousExport: 5,
        previousImport: null,
      },
      {
        month: '2023-02',
        export: 3,
        import: 4,
        previousMonth: null,
        previousExport: null,
        previousImport: null,
      },
    ]);
  });

  it('leaves every previous value null without a comparison', () => {
    expect(
      alignComparison([{ month: '2023-01', export: 1, import: 2 }], null)[0]
        ?.previousExport,
    ).toBeNull();
  });
});
