import { describe, expect, it } from 'vitest';
import type { StripPair } from './border-layout';
import { stripSummary, stripSummaryParams } from './border-strip-summary';

const pair = (kz: string, ru: string, turnover: number | null): StripPair => ({
  pair: `${kz}~${ru}`,
  kz,
  ru,
  kzName: kz,
  ruName: ru,
  turnover,
  pointContact: false,
});

describe('stripSummary', () => {
  it('is null for no pairs, and when no pair is reported', () => {
    expect(stripSummary([])).toBeNull();
    expect(
      stripSummary([pair('A', 'X', null), pair('B', 'X', null)]),
    ).toBeNull();
  });

  it('counts every pair but totals and ranks only the reported ones', () => {
    const summary = stripSummary([
      pair('A', 'X', 100),
      pair('B', 'X', null),
      pair('B', 'Y', 300),
      pair('C', 'Y', 0),
    ]);
    expect(summary).toMatchObject({
      count: 4,
      reported: 3,
      total: 400,
      top: { pair: 'B~Y', value: 300 },
      bottom: { pair: 'C~Y', value: 0 },
      topShare: 0.75,
    });
  });

  it('gives ties to the western pair', () => {
    const summary = stripSummary([
      pair('A', 'X', 50),
      pair('B', 'X', 50),
      pair('C', 'X', 50),
    ]);
    expect(summary?.top.pair).toBe('A~X');
    expect(summary?.bottom.pair).toBe('A~X');
    expect(summary?.topShare).toBeCloseTo(1 / 3);
  });

  it('has one pair at both ends when only one is reported', () => {
    const summary = stripSummary([pair('A', 'X', null), pair('B', 'X', 20)]);
    expect(summary).toMatchObject({
      count: 2,
      reported: 1,
      total: 20,
      top: { pair: 'B~X' },
      bottom: { pair: 'B~X' },
      topShare: 1,
    });
  });

  it('has no share when everything reported is zero', () => {
    expect(
      stripSummary([pair('A', 'X', 0), pair('B', 'X', 0)])?.topShare,
    ).toBeNull();
  });
});

describe('stripSummaryParams', () => {
  const format = {
    money: (usd: number) => `$${String(usd)}`,
    share: (share: number) => `${String(share * 100)}%`,
    noValue: 'no data',
  };

  it('formats the values the summary sentence interpolates', () => {
    const summary = stripSummary([pair('A', 'X', 100), pair('B', 'X', 300)]);
    if (!summary) throw new Error('fixture');
    expect(stripSummaryParams(summary, format)).toEqual({
      count: 2,
      total: '$400',
      top: 'B ↔ X',
      topValue: '$300',
      topShare: '75%',
      bottom: 'A ↔ X',
      bottomValue: '$100',
    });
  });

  it('writes no share when there is no total to divide', () => {
    const summary = stripSummary([pair('A', 'X', 0)]);
    if (!summary) throw new Error('fixture');
    expect(stripSummaryParams(summary, format).topShare).toBe('no data');
  });
});
