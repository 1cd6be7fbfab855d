// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { TradeQuery } from '@/api/schemas/trade';
import {
  BY_CELL_SQL,
  BY_CHAPTER_SQL,
  MONTHLY_SQL,
  planFor,
  RECORD_COUNT_SQL,
  TOTALS_SQL,
  type Statement,
} from './duckdb-sql';

const PERIOD = { from: '2023-01', to: '2023-08' };
const grainOf = (
  sql: Statement,
  query: TradeQuery,
  keep?: Parameters<typeof planFor>[2],
) => {
  const plan = planFor(sql, query, keep);
  if (plan.sql === sql.cells) return 'cells';
  expect(plan.sql).toBe(sql.sums);
  return plan.bound.values['grain'];
};

describe('planFor reads the coarsest table that has the answer', () => {
  test.each<
    [string, Statement, TradeQuery, Parameters<typeof planFor>[2], unknown]
  >([
    [
      'a pair’s totals: the pair, no chapters',
      TOTALS_SQL,
      { pair: 'KZ-63~RU-ALT', ...PERIOD },
      undefined,
      3,
    ],
    [
      'a region with Russia',
      MONTHLY_SQL,
      { pair: 'KZ-63~RU', ...PERIOD },
      undefined,
      1,
    ],
    [
      'Kazakhstan with a region',
      TOTALS_SQL,
      { pair: 'KZ~RU-ALT', ...PERIOD },
      undefined,
      2,
    ],
    [
      'the two countries',
      TOTALS_SQL,
      { pair: 'KZ~RU', ...PERIOD },
      undefined,
      0,
    ],
    [
      'the countries by chapter',
      BY_CHAPTER_SQL,
      { pair: 'KZ~RU', ...PERIOD },
      { chapter: true },
      4,
    ],
    [
      'a region with goods chosen',
      TOTALS_SQL,
      { pair: 'KZ-63~RU', ...PERIOD, sectors: ['XV'] },
      undefined,
      5,
    ],
    [
      'a pair by chapter: every axis',
      BY_CHAPTER_SQL,
      { pair: 'KZ-63~RU-ALT', ...PERIOD },
      { chapter: true },
      'cells',
    ],
    [
      'a pair with a chapter chosen: every axis',
      TOTALS_SQL,
      { pair: 'KZ-63~RU-ALT', ...PERIOD, chapters: ['76'] },
      undefined,
      'cells',
    ],
    [
      'the border by cell',
      BY_CELL_SQL,
      { pair: 'KZ~RU', ...PERIOD },
      { cell: true },
      3,
    ],
    [
      'the border by cell, goods chosen',
      BY_CELL_SQL,
      { pair: 'KZ~RU', ...PERIOD, chapters: ['04'] },
      { cell: true },
      'cells',
    ],
    [
      'a record count of the countries',
      RECORD_COUNT_SQL,
      { pair: 'KZ~RU', ...PERIOD },
      undefined,
      0,
    ],
  ])('%s', (_name, sql, query, keep, grain) => {
    expect(grainOf(sql, query, keep)).toBe(grain);
  });

  test('the grain is a bound parameter; the statement text never holds a value', () => {
    const query: TradeQuery = {
      pair: 'KZ~RU',
      ...PERIOD,
      sectors: ['XV'],
      chapters: ['76'],
    };
    const plan = planFor(TOTALS_SQL, query);
    for (const value of ['KZ~RU', '2023-01', 'XV', '76'])
      expect(plan.sql).not.toContain(value);
    expect(plan.bound.values).toMatchObject({ from: '2023-01', grain: 4 });
  });
});
