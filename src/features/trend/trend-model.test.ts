import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '@/domain/trade';
import { trendModel, type TrendOptions } from './trend-model';

const point = (
  month: string,
  values: Partial<TrendPoint> = {},
): TrendPoint => ({
  month,
  export: 10,
  import: 30,
  previousMonth: null,
  previousExport: 8,
  previousImport: 20,
  ...values,
});

const grouped: TrendOptions = {
  flow: 'all',
  layout: 'grouped',
  hasComparison: true,
};
const ids = (options: TrendOptions, points = [point('2023-01')]) =>
  trendModel(points, options).series.map((s) => s.id);

describe('trendModel', () => {
  it('is empty for no months, and for months where nothing was reported', () => {
    expect(trendModel([], grouped)).toMatchObject({
      empty: true,
      rows: [],
      tick: 'month',
    });
    expect(
      trendModel([point('2023-01', { export: null, import: null })], grouped)
        .empty,
    ).toBe(true);
    expect(
      trendModel([point('2023-01', { import: null })], grouped).empty,
    ).toBe(false);
  });

  it.each<[string, TrendOptions, string[]]>([
    [
      'grouped bars with a dashed line per flow',
      grouped,
      ['export', 'import', 'previous-export', 'previous-import'],
    ],
    [
      'stacked bars compared with last year’s total',
      { ...grouped, layout: 'stacked' },
      ['export', 'import', 'previous-total'],
    ],
    [
      'one flow stacked, still compared per flow',
      { ...grouped, flow: 'import', layout: 'stacked' },
      ['import', 'previous-import'],
    ],
    [
      'no comparison lines without a comparison',
      { ...grouped, hasComparison: false },
      ['export', 'import'],
    ],
  ])('draws %s', (_, options, expected) => {
    expect(ids(options)).toEqual(expected);
  });

  it('stacks bars only in the stacked layout, hatches imports and dashes the year before', () => {
    const stacked = trendModel([point('2023-01')], {
      ...grouped,
      layout: 'stacked',
    }).series;
    expect(
      stacked.filter((s) => s.mark === 'bar').map((s) => s.stackId),
    ).toEqual(['flows', 'flows']);
    expect(stacked.find((s) => s.id === 'import')?.hatched).toBe(true);
    expect(stacked.find((s) => s.id === 'previous-total')?.dashed).toBe(true);
    expect(
      trendModel([point('2023-01')], grouped).series.every(
        (s) => s.stackId === null,
      ),
    ).toBe(true);
  });

  it('keeps a missing previous total null, never zero, and counts a single reported flow', () => {
    const { rows } = trendModel(
      [
        point('2023-01', { previousExport: null, previousImport: null }),
        point('2023-02', { previousExport: null, previousImport: 5 }),
        point('2023-03'),
      ],
      { ...grouped, layout: 'stacked' },
    );
    expect(rows.map((r) => r.previousTotal)).toEqual([null, 5, 28]);
  });

  it.each([
    ['one month', ['2023-05'], 'month'],
    ['months of one year', ['2023-01', '2023-12'], 'month'],
    ['a year boundary', ['2022-12', '2023-01'], 'month-year'],
    [
      'more than twelve months',
      Array.from(
        { length: 13 },
        (_, i) => `2023-${String((i % 12) + 1).padStart(2, '0')}`,
      ),
      'month-year',
    ],
  ])('ticks %s with %s labels', (_, months, tick) => {
    expect(
      trendModel(
        months.map((m) => point(m)),
        grouped,
      ).tick,
    ).toBe(tick);
  });

  it('leaves its input unchanged', () => {
    const input = [point('2023-01')];
    const copy = structuredClone(input);
    trendModel(input, grouped);
    expect(input).toEqual(copy);
  });
});
