// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createUserDataset } from '@/service/user-dataset';
import { mergePacked, packRecords, unpackRecord } from './packed';
import type { ImportedRecord } from './types';
import { packedCoverage } from './user-cube';
import { IMPORTED_FILE } from '@/test/imported-file';

const record = (patch: Partial<ImportedRecord>): ImportedRecord => ({
  kz: 'KZ-63',
  ru: 'RU-ALT',
  month: '2024-01',
  flow: 'export',
  chapter: '76',
  valueUsd: 1000,
  status: 'reported',
  preliminary: false,
  row: 2,
  ...patch,
});

describe('packed records', () => {
  test('round-trip every field, null values and markers included', () => {
    const records = [
      record({}),
      record({ month: '2023-11', flow: 'import', chapter: '04', row: 7 }),
      record({
        valueUsd: null,
        status: 'confidential',
        preliminary: true,
        row: 9,
      }),
      record({ kz: 'KZ-OTHER', ru: 'RU-OTHER', chapter: '97' }),
    ];
    const packed = packRecords(records, 'a.csv');
    expect(packed.firstMonth).toBe('2023-11');
    expect(records.map((_, i) => unpackRecord(packed, i))).toEqual(
      records.map((r) => ({ ...r, file: 'a.csv' })),
    );
    expect(packedCoverage(packed)).toEqual({ from: '2023-11', to: '2024-01' });
  });

  test('adding a file reports a cell already loaded and keeps the first value', () => {
    const first = packRecords([record({})], 'exports.csv');
    const second = packRecords(
      [record({ valueUsd: 5, row: 4 }), record({ flow: 'import', row: 5 })],
      'imports.csv',
    );
    const { packed, problems, duplicates } = mergePacked(first, second, null);
    expect(duplicates).toBe(1);
    expect(problems).toEqual([
      {
        row: 4,
        column: null,
        code: 'duplicate',
        values: { firstRow: 2, file: 'exports.csv' },
      },
    ]);
    expect(packed.count).toBe(2);
    expect(unpackRecord(packed, 0)).toMatchObject({
      valueUsd: 1000,
      file: 'exports.csv',
    });
    expect(unpackRecord(packed, 1)).toMatchObject({
      flow: 'import',
      file: 'imports.csv',
    });
  });
});

describe('the user dataset behind the service', () => {
  const dataset = createUserDataset({
    packed: packRecords(
      [
        record({}),
        record({ chapter: '07', valueUsd: 500 }),
        record({
          chapter: '84',
          flow: 'import',
          valueUsd: null,
          status: 'confidential',
        }),
        record({ month: '2024-02', valueUsd: 250 }),
      ],
      'a.csv',
    ),
    files: [IMPORTED_FILE],
  });
  const query = { pair: 'KZ-63~RU-ALT', from: '2024-01', to: '2024-02' };

  test('says it is the user’s data, with the file and the months it covers', async () => {
    const meta = await dataset.meta();
    expect(meta.status).toBe('user');
    expect(meta.coverage).toEqual({ from: '2024-01', to: '2024-02' });
    expect(meta.imported).toEqual([IMPORTED_FILE]);
    expect(meta.calibrations).toEqual([]);
  });

  test('sums the file’s values; a marked value is not reported, not zero', async () => {
    const totals = await dataset.totals(query);
    expect(totals.exports).toBe(1750);
    expect(totals.imports).toBe(0);
    expect(totals.provenance.synthetic).toBe(false);
    // January imports: chapter 84 is confidential, the other chapters of a
    // spoken-of atom are zero; February imports were never given.
    const monthly = await dataset.monthly(query);
    expect(monthly.points).toEqual([
      { month: '2024-01', export: 1500, import: 0 },
      { month: '2024-02', export: 250, import: null },
    ]);
    expect(totals.provenance.missingCells).toBeGreaterThan(0);
  });

  test('a pair the file never speaks of is not reported at all', async () => {
    const monthly = await dataset.monthly({ ...query, pair: 'KZ-55~RU-OMS' });
    expect(
      monthly.points.every((p) => p.export === null && p.import === null),
    ).toBe(true);
  });
});
