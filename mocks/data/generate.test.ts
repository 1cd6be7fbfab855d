// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { SECTOR_IDS } from '../../src/api/schemas/common';
import { datasetMetaSchema } from '../../src/api/schemas/meta';
import {
  tradeRecordSchema,
  type TradeRecord,
} from '../../src/api/schemas/trade';
import { dataset } from './dataset';
import {
  allocateLargestRemainder,
  CALIBRATION_IDS,
  COVERAGE,
  DEFAULT_SEED,
  F02_TOTAL_USD,
  F15_YEAR_TOTALS_USD,
  generateTradeRecords,
  monthRange,
} from './generate';
import { buildDatasetMeta } from './meta';
import { regionsResponse } from './regions';

function pairOf(record: TradeRecord): string {
  return `${record.kz}~${record.ru}`;
}

function sumUsd(records: readonly TradeRecord[]): number {
  return records.reduce((sum, r) => sum + (r.valueUsd ?? 0), 0);
}

function f02Block(records: readonly TradeRecord[]): TradeRecord[] {
  return records.filter(
    (r) =>
      pairOf(r) === 'KZ-63~RU-ALT' &&
      r.month >= '2023-01' &&
      r.month <= '2023-08',
  );
}

const records = dataset.records;

describe('allocateLargestRemainder', () => {
  test.each([
    { total: 10, weights: [1, 1, 1], expected: [4, 3, 3] },
    { total: 0, weights: [2, 5], expected: [0, 0] },
    { total: 7, weights: [0, 1], expected: [0, 7] },
    { total: 100, weights: [0.25, 0.75], expected: [25, 75] },
  ])(
    'splits $total over $weights into $expected',
    ({ total, weights, expected }) => {
      expect(allocateLargestRemainder(total, weights)).toEqual(expected);
    },
  );

  test('integer parts always sum to the total exactly', () => {
    const weights = Array.from(
      { length: 336 },
      (_, i) => 1 + ((i * 7919) % 101) / 37,
    );
    const parts = allocateLargestRemainder(F02_TOTAL_USD, weights);
    expect(parts.every(Number.isInteger)).toBe(true);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(F02_TOTAL_USD);
  });

  test('rejects a non-integer total and all-zero weights', () => {
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow();
    expect(() => allocateLargestRemainder(1, [0, 0])).toThrow();
  });
});

describe('monthRange', () => {
  test('covers 48 months from 2021-01 to 2024-12 across year ends', () => {
    const months = monthRange(COVERAGE.from, COVERAGE.to);
    expect(months).toHaveLength(48);
    expect(months.slice(11, 13)).toEqual(['2021-12', '2022-01']);
  });

  test('is empty when from is after to', () => {
    expect(monthRange('2024-02', '2024-01')).toEqual([]);
  });
});

describe('generateTradeRecords', () => {
  test('gives the same records for the same seed and the default seed by default', () => {
    expect(generateTradeRecords(7)).toEqual(generateTradeRecords(7));
    expect(generateTradeRecords()).toEqual(generateTradeRecords(DEFAULT_SEED));
  });

  test('gives different values for a different seed', () => {
    const a = generateTradeRecords(1);
    const b = generateTradeRecords(2);
    expect(a).toHaveLength(b.length);
    const differing = a.filter((r, i) => r.valueUsd !== b[i]?.valueUsd).length;
    expect(differing).toBeGreaterThan(a.length / 2);
  });

  test('has exactly one record per pair, month, flow and section', () => {
    const keys = new Set(
      records.map((r) => `${pairOf(r)}|${r.month}|${r.flow}|${r.sector}`),
    );
    expect(keys.size).toBe(records.length);
    // 18 pairs × 48 months, Abai 31 months (2022-06..2024-12); 2 flows × 21 sections.
    expect(records).toHaveLength((18 * 48 + 31) * 2 * SECTOR_IDS.length);
    expect(new Set(records.map(pairOf))).toEqual(
      new Set(regionsResponse.pairs.map((p) => p.id)),
    );
  });

  test('every record parses with the wire schema and is flagged synthetic', () => {
    // One assertion over the list keeps 37k records fast and the failure readable.
    const bad = records.filter(
      (r) =>
        !tradeRecordSchema.safeParse(r).success ||
        !r.synthetic ||
        (r.valueUsd !== null && !Number.isInteger(r.valueUsd)),
    );
    expect(bad.slice(0, 3)).toEqual([]);
  });

  test('Abai region (KZ-10) has no records before it existed in June 2022', () => {
    const abai = records.filter((r) => r.kz === 'KZ-10');
    expect(abai.some((r) => r.month < '2022-06')).toBe(false);
    expect(abai.map((r) => r.month).sort()[0]).toBe('2022-06');
  });

  test.each([DEFAULT_SEED, 1, 2, 123_456_789])(
    'seed %i: KZ-63~RU-ALT Jan–Aug 2023 sums to exactly 927,000,000 USD',
    (seed) => {
      const block = f02Block(generateTradeRecords(seed));
      expect(block).toHaveLength(8 * 2 * 21);
      expect(
        block.every((r) => r.valueUsd !== null && Number.isInteger(r.valueUsd)),
      ).toBe(true);
      expect(
        block.every((r) => r.calibration === CALIBRATION_IDS.f02Reported),
      ).toBe(true);
      expect(sumUsd(block)).toBe(927_000_000);
    },
  );

  test('exports are 20–30 % of the F02 block, weighted to aluminium; imports to II, V, XVI, XVII', () => {
    const block = f02Block(records);
    const exports = block.filter((r) => r.flow === 'export');
    const share = sumUsd(exports) / sumUsd(block);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);

    const bySector = (flow: 'export' | 'import') => {
      const totals = new Map<string, number>();
      for (const r of block.filter((x) => x.flow === flow)) {
        totals.set(r.sector, (totals.get(r.sector) ?? 0) + (r.valueUsd ?? 0));
      }
      return [...totals].sort((a, b) => b[1] - a[1]).map(([sector]) => sector);
    };
    expect(bySector('export')[0]).toBe('XV');
    expect(new Set(bySector('import').slice(0, 4))).toEqual(
      new Set(['II', 'V', 'XVI', 'XVII']),
    );
  });

  test('the rest of KZ-63~RU-ALT is F02-extrapolated', () => {
    const rest = records.filter(
      (r) =>
        pairOf(r) === 'KZ-63~RU-ALT' &&
        (r.month < '2023-01' || r.month > '2023-08'),
    );
    expect(rest).toHaveLength(40 * 2 * 21);
    expect(
      rest.every((r) => r.calibration === CALIBRATION_IDS.f02Extrapolated),
    ).toBe(true);
    expect(rest.every((r) => r.valueUsd !== null)).toBe(true);
  });

  test('KZ-63~RU-AL sums to the F15-based total in each calendar year', () => {
    const altaiRepublic = records.filter((r) => pairOf(r) === 'KZ-63~RU-AL');
    expect(
      altaiRepublic.every((r) => r.calibration === CALIBRATION_IDS.f15Scaled),
    ).toBe(true);
    const byYear = (year: string) =>
      sumUsd(altaiRepublic.filter((r) => r.month.startsWith(year)));
    expect(byYear('2022')).toBe(25_000_000);
    expect(byYear('2023')).toBe(45_000_000);
    // Other years repeat the 2023 level, as the calibration text says.
    expect(byYear('2021')).toBe(45_000_000);
    expect(byYear('2024')).toBe(45_000_000);
    expect(F15_YEAR_TOTALS_USD).toEqual({
      '2021': 45_000_000,
      '2022': 25_000_000,
      '2023': 45_000_000,
      '2024': 45_000_000,
    });
  });

  test('unreported (null) cells occur only in demo-scale pairs, about 1 % of them', () => {
    const nulls = records.filter((r) => r.valueUsd === null);
    expect(
      nulls.every((r) => r.calibration === CALIBRATION_IDS.demoScale),
    ).toBe(true);
    const demo = records.filter(
      (r) => r.calibration === CALIBRATION_IDS.demoScale,
    );
    const share = nulls.length / demo.length;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.02);
  });
});

describe('dataset meta', () => {
  test('parses with the wire schema', () => {
    expect(datasetMetaSchema.safeParse(dataset.meta).success).toBe(true);
  });

  test.each([DEFAULT_SEED, 99])(
    'seed %i: every record names a calibration whose total is the sum of its records',
    (seed) => {
      const seeded =
        seed === DEFAULT_SEED ? records : generateTradeRecords(seed);
      const meta =
        seed === DEFAULT_SEED ? dataset.meta : buildDatasetMeta(seeded);
      const ids = new Set(meta.calibrations.map((c) => c.id));
      expect(seeded.every((r) => ids.has(r.calibration))).toBe(true);
      for (const calibration of meta.calibrations) {
        const own = seeded.filter((r) => r.calibration === calibration.id);
        expect(own.length).toBeGreaterThan(0);
        expect(calibration.totalUsd).toBe(sumUsd(own));
      }
      const reported = meta.calibrations.find(
        (c) => c.id === CALIBRATION_IDS.f02Reported,
      );
      expect(reported?.totalUsd).toBe(927_000_000);
    },
  );

  test('every fact cited in the texts and every figure has a source', () => {
    const sourceIds = new Set(dataset.meta.sources.map((s) => s.id));
    const texts = JSON.stringify(dataset.meta);
    const cited = new Set(texts.match(/\bF\d{2}\b/g));
    for (const id of cited) expect(sourceIds).toContain(id);
    for (const figure of dataset.meta.reportedFigures)
      expect(sourceIds).toContain(figure.id);
  });

  test('Kazakh texts are real translations, not copies of the Russian', () => {
    const texts = [
      ...dataset.meta.assumptions,
      ...dataset.meta.caveats,
      ...dataset.meta.calibrations.map((c) => c.description),
      ...dataset.meta.reportedFigures.map((f) => f.statement),
      ...dataset.meta.sources.map((s) => s.title),
    ];
    for (const text of texts) {
      expect(text.kk).not.toBe(text.ru);
      expect(text.kk).toMatch(/[әғқңөұүһі]/i);
    }
  });
});
