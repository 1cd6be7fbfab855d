import { describe, expect, it } from 'vitest';
import {
  tradeByPairResponseSchema,
  type TradeByPairResponse,
} from '@/api/schemas/trade';
import { borderModel } from './use-border';

const provenance = (reportedCells: number, synthetic = true) => ({
  synthetic,
  calibrations: [],
  reportedCells,
  missingCells: 0,
});

const period = (
  from: string,
  to: string,
  pairs: [string, number, number, number][],
) => ({
  from,
  to,
  pairs: pairs.map(([pair, exports, imports, cells]) => ({
    pair,
    kz: pair.split('~')[0],
    ru: pair.split('~')[1],
    exports,
    imports,
    provenance: provenance(cells),
  })),
  regions: [
    { kz: 'KZ-63', exports: 500, imports: 500, provenance: provenance(4) },
    { kz: 'KZ-55', exports: 0, imports: 0, provenance: provenance(0) },
  ],
  country: { exports: 2000, imports: 2000, provenance: provenance(9) },
});

const data: TradeByPairResponse = tradeByPairResponseSchema.parse({
  current: period('2023-01', '2023-08', [
    ['KZ-63~RU-ALT', 300, 300, 2],
    ['KZ-63~RU-AL', 100, 100, 2],
    ['KZ-55~RU-OMS', 0, 0, 0],
  ]),
  previous: period('2022-01', '2022-08', [
    ['KZ-63~RU-ALT', 200, 200, 2],
    ['KZ-63~RU-AL', 0, 0, 0],
    ['KZ-55~RU-OMS', 0, 0, 0],
  ]),
});

const model = borderModel(data, {
  name: (code) => `name of ${code}`,
  status: (_pair, synthetic) => (synthetic ? 'illustrative' : 'reported'),
});

describe('borderModel', () => {
  it('gives each pair its turnover, share of the border and names', () => {
    expect(model.rows.map((r) => [r.pair, r.turnover, r.share])).toEqual([
      ['KZ-63~RU-ALT', 600, 0.75],
      ['KZ-63~RU-AL', 200, 0.25],
      ['KZ-55~RU-OMS', 0, 0],
    ]);
    expect(model.rows[0]?.kzName).toBe('name of KZ-63');
    expect(model.total).toMatchObject({ turnover: 800, exports: 400 });
  });

  it('compares only with a year that had reported cells; a pair with none is empty, not zero', () => {
    expect(model.rows[0]?.change?.relative).toBeCloseTo(0.5);
    expect(model.rows[1]?.change).toBeNull();
    expect(model.rows[2]?.empty).toBe(true);
    expect(model.total.change?.relative).toBeCloseTo(1);
  });

  it('says how much of each region’s trade with Russia its border pairs carry', () => {
    expect(model.regions).toEqual([
      {
        kz: 'KZ-63',
        name: 'name of KZ-63',
        withRussia: 1000,
        throughPairs: 800,
        share: 0.8,
      },
      {
        kz: 'KZ-55',
        name: 'name of KZ-55',
        withRussia: 0,
        throughPairs: 0,
        share: null,
      },
    ]);
    expect(model.country).toEqual({ turnover: 4000, share: 0.2 });
  });
});
