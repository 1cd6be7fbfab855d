// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  kzCellCodeSchema,
  monthSchema,
  ruCellCodeSchema,
} from '@/api/schemas/common';
import { CHAPTER_IDS } from '@/api/schemas/sectors';
import { packRecords } from '@/import/packed';
import { readTable } from '@/import/read/read-table';
import { encodeUtf16le, encodeWindows1251 } from '@/import/read/test-encoders';
import {
  COLUMN_ROLES,
  type Interpretation,
  type Mapping,
  type RawTable,
  UNITS,
} from '@/import/types';
import { parseUserData } from '@/lib/user-data-store';
import { regionsResponse } from '@/service/catalog/data/regions';
import {
  HOSTILE_RUNS,
  hostileParameters,
  hostileText,
} from '@/test/hostile-input';
import { detectMapping } from './detect-mapping';
import { interpret } from './interpret';

const catalog = { regions: regionsResponse.regions };

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Text a trade table is made of, valid or nearly so. */
const CELLS = [
  'Период',
  'Регион',
  'Область',
  'Код ТН ВЭД',
  'Товар',
  'Раздел',
  'Стоимость, тыс. долл. США',
  'Экспорт',
  'Импорт',
  'Направление',
  'Единица',
  'period',
  'kz_region',
  'ru_region',
  'value',
  'flow',
  'unit',
  'тыс. долл.',
  'млн долл.',
  'USD',
  '2024-01',
  '2024-13',
  '2199-12',
  '1900-01',
  'январь 2024',
  'Март 2024*',
  '01.2024',
  '2024 год',
  'I квартал 2024',
  'Всего',
  'Итого по разделу',
  'Шығыс Қазақстан',
  'Восточно-Казахстанская обл.',
  'Алтайский край',
  'Омская область',
  'KZ-63',
  'RU-ALT',
  'KZ',
  'RU',
  '76',
  '0401',
  '7601 10 000 0',
  '77',
  'XV',
  'Раздел XXI',
  '1 234,5',
  '1,234.5',
  '12,345',
  '-5',
  '−5',
  '0',
  '-0',
  'x',
  'х',
  '…',
  '-',
  'н/д',
  '1e308',
  '1e400',
  '9'.repeat(400),
  '1.7976931348623157e308',
  '123,4*',
  '',
];

/** A piece of a file, as bytes. */
const piece: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CELLS).map(utf8) },
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(';', ',', '\t', '|', '\r\n', '\n', '\r')
      .map(utf8),
  },
  { weight: 3, arbitrary: fc.constantFrom('"', '""', '"";"', "'").map(utf8) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Uint8Array.of(0xef, 0xbb, 0xbf),
      Uint8Array.of(0xff, 0xfe),
      Uint8Array.of(0xfe, 0xff),
      Uint8Array.of(0x00),
      Uint8Array.of(0xc3),
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      Uint8Array.of(0x50, 0x4b, 0x03, 0x04),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(...CELLS).map((text) => encodeWindows1251(text)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...CELLS), fc.boolean())
      .map(([text, bom]) => encodeUtf16le(text, { bom })),
  },
  { weight: 2, arbitrary: hostileText.map(utf8) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 16 }) },
  {
    // A huge cell.
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('9', 'Я', 'x', ' ', '"'),
        fc.integer({ min: 1000, max: 30_000 }),
      )
      .map(([unit, n]) => utf8(unit.repeat(n))),
  },
);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Amounts, plausible and absurd: what a value column may hold. */
const AMOUNTS = [
  '1 234,5',
  '12,5',
  '0',
  '-0',
  '-5',
  'x',
  '…',
  '-',
  '1e308',
  '1.7976931348623157e308',
  '9007199254740993',
  '9 007 199 254 740 993',
  '1e15',
  '4e15',
  '123,4*',
  '',
];

/** A column of a trade table: the headers that name it and what its cells hold. */
type Column = { headers: string[]; cells: string[] };

const PERIOD: Column = {
  headers: ['Период', 'period', 'Месяц'],
  cells: [
    '2024-01',
    '2024-02',
    'январь 2024',
    '03.2024',
    'I квартал 2024',
    '2199-12',
  ],
};
const KZ: Column = {
  headers: ['Область', 'kz_region'],
  cells: ['Шығыс Қазақстан', 'Восточно-Казахстанская обл.', 'KZ-63', 'KZ'],
};
const RU: Column = {
  headers: ['Регион РФ', 'ru_region'],
  cells: ['Алтайский край', 'Омская область', 'RU-ALT', 'RU'],
};
const PRODUCT: Column = {
  headers: ['Код ТН ВЭД', 'hs code'],
  cells: ['76', '0401', '7601 10 000 0', '401', '7601', 'XV', '77', 'Всего'],
};
const FLOW: Column = {
  headers: ['Направление', 'flow'],
  cells: ['Экспорт', 'Импорт', 'export', 'import'],
};
const VALUE: Column = {
  headers: ['Стоимость, тыс. долл. США', 'value, USD', 'Сумма, млн долл.'],
  cells: AMOUNTS,
};
const UNIT: Column = {
  headers: ['Единица', 'unit'],
  cells: ['тыс. долл.', 'USD', 'млн долл.', 'кг'],
};
const month = (header: string): Column => ({
  headers: [header],
  cells: AMOUNTS,
});
const TOTAL: Column = {
  headers: ['Всего', '2024 год', 'I квартал 2024'],
  cells: AMOUNTS,
};

/** The two layouts statistics offices publish, and any mix of columns. */
const LAYOUTS: readonly Column[][] = [
  [PERIOD, KZ, RU, PRODUCT, FLOW, VALUE],
  [PERIOD, KZ, RU, PRODUCT, FLOW, VALUE, UNIT],
  [
    PRODUCT,
    month('январь 2024'),
    month('Февраль 2024*'),
    month('2024-03'),
    TOTAL,
  ],
  [PERIOD, KZ, RU, PRODUCT, FLOW, VALUE, UNIT, TOTAL, month('январь 2024')],
];

/** Titles above a wide table: what the whole file is. */
const TITLES = [
  'Экспорт',
  'Шығыс Қазақстан',
  'Алтайский край',
  'тыс. долл. США',
];

/** Writes rows as delimited text, quoting what needs it. */
function delimited(rows: readonly string[][], delimiter: string): string {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter)
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

/**
 * A table shaped like a statistics office's export, long or wide, its cells
 * mostly what their column should hold, in any delimiter and encoding, with
 * a few hostile pieces spliced in.
 */
const tableBytes: fc.Arbitrary<Uint8Array> = fc
  .record({
    titles: fc.oneof(fc.constant(TITLES), fc.subarray(TITLES)),
    columns: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...LAYOUTS) },
      {
        // A layout with a column or two missing, in any order.
        weight: 1,
        arbitrary: fc
          .constantFrom(...LAYOUTS)
          .chain((layout) => fc.shuffledSubarray(layout, { minLength: 2 })),
      },
    ),
    pick: fc.array(fc.array(fc.nat(), { maxLength: 10 }), {
      minLength: 1,
      maxLength: 12,
    }),
    noise: fc.array(fc.tuple(fc.nat(), fc.nat(), hostileText), {
      maxLength: 2,
    }),
    delimiter: fc.constantFrom(';', ',', '\t', '|'),
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1251', 'utf-16le'),
    splice: fc.array(fc.tuple(fc.nat(), piece), { maxLength: 2 }),
  })
  .map(({ titles, columns, pick, noise, delimiter, encoding, splice }) => {
    const header = columns.map(
      (column, c) => column.headers[c % column.headers.length] ?? '',
    );
    const titleRows = titles.map((title) => [title]);
    const rows = pick.map((choices) =>
      columns.map(
        (column, c) =>
          column.cells[(choices[c] ?? 0) % column.cells.length] ?? '',
      ),
    );
    for (const [r, c, text] of noise) {
      const row = rows[r % Math.max(1, rows.length)];
      if (row) row[c % row.length] = text;
    }
    const text = delimited([...titleRows, header, ...rows], delimiter);
    let bytes =
      encoding === 'windows-1251'
        ? encodeWindows1251(text)
        : encoding === 'utf-16le'
          ? encodeUtf16le(text, { bom: true })
          : utf8(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
    for (const [at, extra] of splice) {
      const cut = at % (bytes.length + 1);
      bytes = concat([bytes.subarray(0, cut), extra, bytes.subarray(cut)]);
    }
    return bytes;
  });

/** Bytes of every kind: random, CSV-ish pieces, or a table with a few flaws. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1024 }) },
  { weight: 2, arbitrary: fc.array(piece, { maxLength: 120 }).map(concat) },
  { weight: 4, arbitrary: tableBytes },
);

/** Any mapping a person could set in the form, sensible or not. */
const anyMapping: fc.Arbitrary<Mapping> = fc.record({
  headerRow: fc.oneof(fc.nat(6), fc.constant(1_000_000)),
  layout: fc.constantFrom('long' as const, 'wide' as const),
  roles: fc.array(fc.constantFrom(...COLUMN_ROLES), { maxLength: 10 }),
  kz: fc.constantFrom(null, 'KZ', 'KZ-63', 'KZ-99'),
  ru: fc.constantFrom(null, 'RU', 'RU-ALT', 'RU-ZZZ'),
  flow: fc.constantFrom(null, 'export' as const, 'import' as const),
  unit: fc.constantFrom(null, ...UNITS),
});

const fileName = fc.oneof(
  fc.constantFrom(
    'trade.csv',
    'trade.xlsx',
    'trade.xls.csv',
    '.csv',
    'экспорт 2024.txt',
    '<img src=x onerror=alert(1)>.csv',
    '../../etc/passwd',
    'CON',
    '',
  ),
  hostileText,
);

function expectValidTable(table: RawTable): void {
  for (const row of table.rows)
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      expect(
        cell === null ||
          typeof cell === 'string' ||
          (typeof cell === 'number' && Number.isFinite(cell)),
      ).toBe(true);
    }
}

function expectValidMapping(mapping: Mapping, table: RawTable): void {
  expect(Number.isInteger(mapping.headerRow)).toBe(true);
  expect(mapping.headerRow).toBeGreaterThanOrEqual(0);
  expect(mapping.headerRow).toBeLessThan(Math.max(1, table.rows.length));
  for (const role of mapping.roles) expect(COLUMN_ROLES).toContain(role);
}

/**
 * What an interpretation promises: records a dataset can hold (a month, a
 * cell of the matrix, an HS chapter, whole non-negative finite dollars or
 * not reported), counts that add up, and problems that name a row of the
 * file. An unexpected error inside would show as `unreadable`: none may.
 */
function expectValidInterpretation(
  result: Interpretation,
  table: RawTable,
): void {
  for (const r of result.records) {
    expect(monthSchema.safeParse(r.month).success).toBe(true);
    expect(kzCellCodeSchema.safeParse(r.kz).success).toBe(true);
    expect(ruCellCodeSchema.safeParse(r.ru).success).toBe(true);
    expect(CHAPTER_IDS).toContain(r.chapter);
    expect(['export', 'import']).toContain(r.flow);
    if (r.valueUsd === null) expect(r.status).not.toBe('reported');
    else {
      expect(r.status).toBe('reported');
      expect(Number.isSafeInteger(r.valueUsd)).toBe(true);
      expect(r.valueUsd).toBeGreaterThanOrEqual(0);
    }
    expect(r.row).toBeGreaterThanOrEqual(1);
    expect(r.row).toBeLessThanOrEqual(table.rows.length);
  }
  expect(result.problems.length).toBeLessThanOrEqual(result.problemCount);
  for (const p of result.problems) {
    expect(p.code).not.toBe('unreadable');
    if (p.row !== null) {
      expect(Number.isInteger(p.row)).toBe(true);
      expect(p.row).toBeGreaterThanOrEqual(1);
    }
    for (const value of Object.values(p.values))
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  }
  for (const total of result.controlTotals) {
    expect(Number.isFinite(total.expectedUsd)).toBe(true);
    expect(Number.isFinite(total.actualUsd)).toBe(true);
  }
}

beforeEach(() => {
  // SheetJS logs every unknown record of a damaged XLS to the console.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe(`importing hostile files (${String(HOSTILE_RUNS)} runs each)`, () => {
  it('reads any bytes as a typed problem or a table, detects a mapping and interprets valid records', () => {
    fc.assert(
      fc.property(fileBytes, fileName, (bytes, name) => {
        const read = readTable(bytes);
        if (!read.ok) {
          expect(['empty', 'unreadable']).toContain(read.problem.code);
          return;
        }
        const { table } = read;
        expectValidTable(table);
        const mapping = detectMapping(table, catalog);
        expectValidMapping(mapping, table);
        const result = interpret(table, mapping, catalog);
        expectValidInterpretation(result, table);
        // What the worker packs and stores, the store reads back.
        const packed = packRecords(result.records, name);
        expect(parseUserData({ packed, files: [] })).not.toBeNull();
      }),
      hostileParameters,
    );
  });

  it('interprets any table with any mapping a person could set', () => {
    fc.assert(
      fc.property(fileBytes, anyMapping, (bytes, mapping) => {
        const read = readTable(bytes, { delimiter: ';' });
        if (!read.ok) return;
        expectValidInterpretation(
          interpret(read.table, mapping, catalog),
          read.table,
        );
      }),
      hostileParameters,
    );
  });

  it('reads small workbooks of any cells, XLSX and XLS, like text tables', () => {
    const cell = fc.oneof(
      fc.constantFrom(...CELLS),
      hostileText.filter((t) => t.length < 300),
      fc.double(),
      fc.constantFrom(1e308, -1e308, 202401, 2024, -0),
      fc.boolean(),
      fc.constant(null),
      fc
        .integer({ min: -2_000_000_000_000, max: 8_000_000_000_000 })
        .map((t) => new Date(t)),
    );
    const sheet = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 });
    fc.assert(
      fc.property(
        sheet,
        fc.constantFrom('xlsx' as const, 'biff8' as const),
        (rows, bookType) => {
          const wb = XLSX.utils.book_new();
          XLSX.utils.book_append_sheet(
            wb,
            XLSX.utils.aoa_to_sheet(rows, { UTC: true }),
            'Sheet',
          );
          const written: unknown = XLSX.write(wb, { type: 'array', bookType });
          const read = readTable(new Uint8Array(written as ArrayBuffer));
          if (!read.ok) {
            expect(['empty', 'unreadable']).toContain(read.problem.code);
            return;
          }
          expectValidTable(read.table);
          const mapping = detectMapping(read.table, catalog);
          expectValidMapping(mapping, read.table);
          expectValidInterpretation(
            interpret(read.table, mapping, catalog),
            read.table,
          );
        },
      ),
      hostileParameters,
    );
  });
});
