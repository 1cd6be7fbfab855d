import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kzCellCodeSchema,
  monthSchema,
  ruCellCodeSchema,
} from '@/api/schemas/common';
import { importedFileSchema } from '@/api/schemas/meta';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import {
  packRecords,
  type PackedRecords,
  unpackRecord,
  type UserData,
} from '@/import/packed';
import { PLAUSIBLE_MAX_USD } from '@/domain/usd';
import type { ImportedRecord } from '@/import/types';
import { packedCoverage } from '@/import/user-cube';
import {
  damaged,
  HOSTILE_RUNS,
  hostileParameters,
  hostileText,
} from '@/test/hostile-input';
import { parseUserData } from './user-data-store';
import { IMPORTED_FILE } from '@/test/imported-file';

const record: fc.Arbitrary<ImportedRecord> = fc.record({
  kz: fc.constantFrom('KZ-63', 'KZ-10', 'KZ-OTHER'),
  ru: fc.constantFrom('RU-ALT', 'RU-OMS', 'RU-OTHER'),
  month: fc
    .tuple(
      fc.integer({ min: 2015, max: 2026 }),
      fc.integer({ min: 1, max: 12 }),
    )
    .map(([y, m]) => `${String(y)}-${String(m).padStart(2, '0')}`),
  flow: fc.constantFrom('export' as const, 'import' as const),
  chapter: fc.constantFrom(...CHAPTER_IDS),
  valueUsd: fc.option(fc.nat()),
  status: fc.constantFrom(
    'reported' as const,
    'none' as const,
    'confidential' as const,
    'unavailable' as const,
  ),
  preliminary: fc.boolean(),
  row: fc.nat(1000),
});

const userData: fc.Arbitrary<UserData> = fc
  .array(record, { maxLength: 20 })
  .map((records) => ({
    packed: packRecords(records, 'a.csv'),
    files: [IMPORTED_FILE],
  }));

const COLUMNS = [
  'kz',
  'ru',
  'month',
  'flow',
  'chapter',
  'value',
  'status',
  'preliminary',
  'row',
  'file',
] as const satisfies readonly (keyof PackedRecords)[];

/** A typed array of the wrong kind, length or content for a column. */
const badColumn = fc.oneof(
  fc.uint8Array({ maxLength: 25 }),
  fc
    .array(fc.integer({ min: 0, max: 65535 }), { maxLength: 25 })
    .map((xs) => Uint16Array.from(xs)),
  fc
    .array(
      fc.oneof(
        fc.double(),
        fc.constantFrom(-1, Number.POSITIVE_INFINITY, Number.NaN),
      ),
      { maxLength: 25 },
    )
    .map((xs) => Float64Array.from(xs)),
  fc.array(fc.nat(), { maxLength: 25 }),
);

/** What an older release, another tab or a tampering extension may leave. */
const storedUserData: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: userData },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        userData,
        fc.constantFrom(...COLUMNS),
        badColumn,
        fc.nat(30),
        fc.nat(70_000),
      )
      .map(([data, column, replacement, at, big]) => {
        const packed: Record<string, unknown> = { ...data.packed };
        if (at % 2 === 0) packed[column] = replacement;
        else {
          // Same kind and length, one entry pointing nowhere.
          const copy = data.packed[column].slice();
          if (copy.length > 0) copy[at % copy.length] = big;
          packed[column] = copy;
        }
        return { ...data, packed };
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        userData,
        damaged(
          fc.record({
            count: fc.nat(30),
            sides: fc.array(fc.oneof(hostileText, fc.constant('KZ-63'))),
            firstMonth: fc.oneof(
              hostileText,
              fc.constantFrom('0000-01', '1899-12', '2199-12', '9999-12'),
            ),
            files: fc.array(hostileText),
          }),
        ),
      )
      .map(([data, patch]) => ({
        ...data,
        packed: { ...data.packed, ...(patch as object) },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(userData, damaged(fc.constant(IMPORTED_FILE)))
      .map(([data, file]) => ({ ...data, files: [file] })),
  },
  {
    weight: 1,
    arbitrary: fc.anything({
      withTypedArray: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withNullPrototype: true,
    }),
  },
);

describe(`stored imports (${String(HOSTILE_RUNS)} runs)`, () => {
  it('read back as user data whose every record is valid, or as none', () => {
    fc.assert(
      fc.property(storedUserData, (stored) => {
        const data = parseUserData(stored);
        if (data === null) return;
        for (const file of data.files)
          expect(importedFileSchema.safeParse(file).success).toBe(true);
        const { packed } = data;
        for (let i = 0; i < packed.count; i += 1) {
          const r = unpackRecord(packed, i);
          expect(kzCellCodeSchema.safeParse(r.kz).success).toBe(true);
          expect(ruCellCodeSchema.safeParse(r.ru).success).toBe(true);
          expect(monthSchema.safeParse(r.month).success).toBe(true);
          expect(CHAPTER_IDS).toContain(r.chapter);
          expect(packed.files).toContain(r.file);
          if (r.valueUsd !== null) {
            expect(Number.isFinite(r.valueUsd)).toBe(true);
            expect(r.valueUsd).toBeGreaterThanOrEqual(0);
          }
        }
        const coverage = packedCoverage(packed);
        if (coverage) {
          expect(coverage.from >= '1900-01').toBe(true);
          expect(coverage.to <= '2199-12').toBe(true);
        }
      }),
      hostileParameters,
    );
  });
});

describe('parseUserData', () => {
  it('keeps the plausible maximum itself and unreported (NaN) amounts', () => {
    const data: UserData = {
      packed: packRecords(
        [PLAUSIBLE_MAX_USD, null].map((valueUsd, i) => ({
          kz: 'KZ-63',
          ru: 'RU-ALT',
          month: '2024-01',
          flow: 'export',
          chapter: i === 0 ? '76' : '04',
          valueUsd,
          status: valueUsd === null ? 'confidential' : 'reported',
          preliminary: false,
          row: i + 2,
        })),
        'a.csv',
      ),
      files: [IMPORTED_FILE],
    };
    expect(parseUserData(data)).toEqual(data);
  });

  it('keeps what an import stored', () => {
    const data: UserData = {
      packed: packRecords([], 'a.csv'),
      files: [IMPORTED_FILE],
    };
    expect(parseUserData(data)).toEqual(data);
  });

  it.each<[string, (data: UserData) => unknown]>([
    [
      'a side index past the list of sides',
      (d) => ({ ...d, packed: { ...d.packed, kz: Uint16Array.of(7) } }),
    ],
    [
      'a Russian code on the Kazakh side',
      (d) => ({ ...d, packed: { ...d.packed, kz: Uint16Array.of(1) } }),
    ],
    [
      'a column shorter than the records',
      (d) => ({ ...d, packed: { ...d.packed, row: new Uint32Array(0) } }),
    ],
    [
      'a month far past what a file may name',
      (d) => ({ ...d, packed: { ...d.packed, month: Uint16Array.of(60_000) } }),
    ],
    [
      'a negative amount',
      (d) => ({ ...d, packed: { ...d.packed, value: Float64Array.of(-5) } }),
    ],
    [
      'half a dollar',
      (d) => ({ ...d, packed: { ...d.packed, value: Float64Array.of(0.5) } }),
    ],
    [
      'an infinite amount',
      (d) => ({
        ...d,
        packed: {
          ...d.packed,
          value: Float64Array.of(Number.POSITIVE_INFINITY),
        },
      }),
    ],
    [
      'an amount over the plausible maximum',
      (d) => ({
        ...d,
        packed: { ...d.packed, value: Float64Array.of(PLAUSIBLE_MAX_USD + 1) },
      }),
    ],
    ['a file without its name', (d) => ({ ...d, files: [{ rows: 1 }] })],
    ['an array where the columns were', () => [1, 2, 3]],
  ])('reads %s as nothing', (_, damage) => {
    // All but the last passed the old shape check (a count and a value
    // column of that length); reading their records gave codes of no
    // region, or a cube stretched over centuries.
    const data: UserData = {
      packed: packRecords(
        [
          {
            kz: 'KZ-63',
            ru: 'RU-ALT',
            month: '2024-01',
            flow: 'export',
            chapter: '76',
            valueUsd: 5,
            status: 'reported',
            preliminary: false,
            row: 2,
          },
        ],
        'a.csv',
      ),
      files: [IMPORTED_FILE],
    };
    expect(parseUserData(data)).not.toBeNull();
    expect(parseUserData(damage(data))).toBeNull();
  });
});
