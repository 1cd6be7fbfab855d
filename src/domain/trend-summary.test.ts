import { describe, expect, it } from 'vitest';
import type { MonthlyPoint } from './trade';
import { trendSummary } from './trend-summary';

const p = (
  month: string,
  exportUsd: number | null,
  importUsd: number | null,
): MonthlyPoint => ({ month, export: exportUsd, import: importUsd });

describe('trendSummary', () => {
  it('says nothing about either flow for empty input', () => {
    expect(trendSummary([])).toEqual({ export: null, import: null });
  });

  it('gives a flow with only null months no summary, and counts nothing as zero', () => {
    const summary = trendSummary([
      p('2023-01', null, 10),
      p('2023-02', null, 20),
    ]);
    expect(summary.export).toBeNull();
    expect(summary.import?.first).toEqual({ month: '2023-01', value: 10 });
  });

  it('reads start, end, peak and direction of each flow', () => {
    const summary = trendSummary([
      p('2023-01', 31, 90),
      p('2023-02', 35, 80),
      p('2023-03', 28, 70),
    ]);
    expect(summary.export).toEqual({
      first: { month: '2023-01', value: 31 },
      last: { month: '2023-03', value: 28 },
      peak: { month: '2023-02', value: 35 },
      direction: 'down',
      reportedMonths: 3,
      missingMonths: 0,
    });
    expect(summary.import?.direction).toBe('down');
    expect(summary.import?.peak).toEqual({ month: '2023-01', value: 90 });
  });

  it('skips null months at the edges and inside, and counts them as missing', () => {
    const summary = trendSummary([
      p('2023-01', null, null),
      p('2023-02', 10, null),
      p('2023-03', null, null),
      p('2023-04', 40, null),
      p('2023-05', null, null),
    ]);
    expect(summary.export).toMatchObject({
      first: { month: '2023-02', value: 10 },
      last: { month: '2023-04', value: 40 },
      direction: 'up',
      reportedMonths: 2,
      missingMonths: 3,
    });
  });

  it('names the earliest of tied highest months', () => {
    const summary = trendSummary([
      p('2023-01', 5, 1),
      p('2023-02', 9, 1),
      p('2023-03', 9, 1),
    ]);
    expect(summary.export?.peak.month).toBe('2023-02');
    expect(summary.import?.peak.month).toBe('2023-01');
  });

  it.each([
    [100, 100.4, 'flat'],
    [100, 99.6, 'flat'],
    [100, 101, 'up'],
    [100, 99, 'down'],
    [0, 0, 'flat'],
  ] as const)('reads %d then %d as %s', (firstValue, lastValue, direction) => {
    const summary = trendSummary([
      p('2023-01', firstValue, null),
      p('2023-02', lastValue, null),
    ]);
    expect(summary.export?.direction).toBe(direction);
  });

  it('treats a single reported month as both start and end', () => {
    const summary = trendSummary([p('2023-05', 7, null)]);
    expect(summary.export).toEqual({
      first: { month: '2023-05', value: 7 },
      last: { month: '2023-05', value: 7 },
      peak: { month: '2023-05', value: 7 },
      direction: 'flat',
      reportedMonths: 1,
      missingMonths: 0,
    });
  });

  it('does not change its input', () => {
    const points = Object.freeze([
      Object.freeze(p('2023-01', 1, 2)),
      Object.freeze(p('2023-02', 3, 4)),
    ]);
    expect(() => trendSummary(points)).not.toThrow();
  });
});
