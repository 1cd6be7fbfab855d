import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  monthFromIndex,
  monthIndex,
  monthsInRange,
  previousYearRange,
  rangeLength,
  shiftMonth,
} from './months';

const monthArb = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    mm: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ year, mm }) => `${String(year)}-${String(mm).padStart(2, '0')}`);

describe('months', () => {
  it.each([
    ['2023-01', -1, '2022-12'],
    ['2023-12', 1, '2024-01'],
    ['2023-08', -12, '2022-08'],
    ['2024-02', 0, '2024-02'],
  ])('shifts %s by %i to %s', (month, delta, expected) => {
    expect(shiftMonth(month, delta)).toBe(expected);
  });

  it('lists every month of a range, inclusive, across a year end', () => {
    expect(monthsInRange('2022-11', '2023-02')).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ]);
    expect(monthsInRange('2023-01', '2023-08')).toHaveLength(8);
    expect(monthsInRange('2023-05', '2023-04')).toEqual([]);
  });

  it('round-trips any month through its index', () => {
    fc.assert(
      fc.property(monthArb, (m) => monthFromIndex(monthIndex(m)) === m),
    );
  });

  it('the comparison period of any range is that range shifted by 12 months, same length', () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: 0, max: 47 }), (from, extra) => {
        const range = { from, to: shiftMonth(from, extra) };
        const previous = previousYearRange(range);
        return (
          monthIndex(range.from) - monthIndex(previous.from) === 12 &&
          monthIndex(range.to) - monthIndex(previous.to) === 12 &&
          rangeLength(previous) === rangeLength(range) &&
          previous.from.slice(5) === range.from.slice(5)
        );
      }),
    );
  });
});
