import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@/api/schemas/common';
import {
  alignComparison,
  change,
  cumulativeByYear,
  flowTotals,
  monthlyByFlow,
  totalsBySector,
} from './trade';
import { record } from './test-records';

describe('flowTotals', () => {
  it('is all zeros with no cells for empty input', () => {
    expect(flowTotals([])).toEqual({
      exports: 0,
      imports: 0,
      turnover: 0,
      balance: 0,
      reportedCells: 0,
      missingCells: 0,
    });
  });

  it('sums each direction, derives turnover and balance, and counts null cells apart', () => {
    const totals = flowTotals([
      record('2023-01', 'export', 100),
      record('2023-01', 'import', 300),
      record('2023-02', 'import', null),
      record('2023-02', 'export', 50),
    ]);
    expect(totals).toEqual({
      exports: 150,
      imports: 300,
      turnover: 450,
      balance: -150,
      reportedCells: 3,
      missingCells: 1,
    });
  });
});

describe('monthlyByFlow', () => {
  it('gives one point per requested month and keeps months without data null, not zero', () => {
    const points = monthlyByFlow(
      [
        record('2023-01', 'export', 10, 'I'),
        record('2023-01', 'export', 5, 'II'),
        record('2023-02', 'import', null),
      ],
      ['2023-01', '2023-02', '2023-03'],
    );
    expect(points).toEqual([
      { month: '2023-01', export: 15, import: null },
      { month: '2023-02', export: null, import: null },
      { month: '2023-03', export: null, import: null },
    ]);
  });
});

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

describe('totalsBySector', () => {
  it('ranks sections by turnover and gives shares of the whole', () => {
    const rows = totalsBySector([
      record('2023-01', 'export', 10, 'XV'),
      record('2023-01', 'import', 30, 'XVI'),
      record('2023-01', 'import', 60, 'II'),
    ]);
    expect(rows.map((r) => [r.sector, r.turnover, r.share])).toEqual([
      ['II', 60, 0.6],
      ['XVI', 30, 0.3],
      ['XV', 10, 0.1],
    ]);
  });

  it('gives zero shares, not NaN, when every cell is unreported', () => {
    const rows = totalsBySector([record('2023-01', 'export', null, 'XV')]);
    expect(rows).toEqual([
      { sector: 'XV', exports: 0, imports: 0, turnover: 0, share: 0 },
    ]);
  });

  const recordsArb = fc.array(
    fc.record({
      month: fc.constantFrom('2023-01', '2023-02', '2023-03'),
      flow: fc.constantFrom('export' as const, 'import' as const),
      sector: fc.constantFrom(...SECTOR_IDS),
      value: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
    }),
    { maxLength: 200 },
  );

  it('preserves the total under any split of sectors or months, and shares sum to 1', () => {
    fc.assert(
      fc.property(recordsArb, (cells) => {
        const records = cells.map((c) =>
          record(c.month, c.flow, c.value, c.sector),
        );
        const total = flowTotals(records).turnover;
        const bySector = totalsBySector(records);
        const sectorSum = bySector.reduce((sum, r) => sum + r.turnover, 0);
        const monthSum = monthlyByFlow(records, [
          '2023-01',
          '2023-02',
          '2023-03',
        ]).reduce((sum, p) => sum + (p.export ?? 0) + (p.import ?? 0), 0);
        const shareSum = bySector.reduce((sum, r) => sum + r.share, 0);
        return (
          sectorSum === total &&
          monthSum === total &&
          (total === 0 || Math.abs(shareSum - 1) < 1e-9)
        );
      }),
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
