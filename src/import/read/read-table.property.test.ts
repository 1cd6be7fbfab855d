// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readTable, type ReadResult } from './read-table';
import { encodeWindows1251 } from './test-encoders';
import { tradeWorkbook } from './test-workbooks';

/** Fixed so that a failure reproduces; fast-check prints the failing case. */
const SEED = 20240101;

function isWellFormed(result: ReadResult): boolean {
  if (!result.ok)
    return (
      result.problem.code === 'unreadable' || result.problem.code === 'empty'
    );
  return result.table.rows.every((row) =>
    Array.from({ length: row.length }, (_, i) => row[i]).every(
      (cell) =>
        cell === null ||
        typeof cell === 'string' ||
        (typeof cell === 'number' && Number.isFinite(cell)),
    ),
  );
}

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes.slice();
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] = m.byte;
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else
      out = new Uint8Array([
        ...out.subarray(0, at),
        ...m.bytes,
        ...out.subarray(at),
      ]);
  }
  return out;
}

const CSV = encodeWindows1251(
  [
    'Экспорт;;',
    'Период;Регион;"Стоимость; тыс. долл."',
    '2024-01;Шы?ыс;1 234,5',
    '2024-02;"Ақмола ""обл.""";12,5',
  ].join('\r\n'),
);

describe('readTable never throws', () => {
  beforeEach(() => {
    // SheetJS logs every unknown record of a damaged XLS to the console.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('returns a result for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) =>
        isWellFormed(readTable(bytes)),
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it.each([
    ['a CSV', CSV, 500],
    ['an XLSX', tradeWorkbook('xlsx'), 300],
    ['an XLS', tradeWorkbook('biff8'), 300],
  ])('returns a result for mutations of %s', (_, valid, numRuns) => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (mutations) => isWellFormed(readTable(mutate(valid, mutations))),
      ),
      { seed: SEED, numRuns },
    );
  });
});

describe('readTable on valid text tables', () => {
  const TEXT = fc.string({
    unit: fc.constantFrom(
      'a',
      'Я',
      'қ',
      '1',
      ',',
      ';',
      '\t',
      '|',
      '"',
      ' ',
      '?',
      '\n',
      '\r',
    ),
    maxLength: 200,
  });

  it('gives rows with no undefined cells', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const result = readTable(new TextEncoder().encode(text));
        return isWellFormed(result);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('gives back the cells of a table written with the delimiter', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Я', 'қ', '1', ',', ' ', '?', '.'),
      minLength: 1,
      maxLength: 8,
    });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map((row) => row.join(';')).join('\r\n');
        const result = readTable(new TextEncoder().encode(text), {
          delimiter: ';',
        });
        // Text of spaces and line breaks only is empty; otherwise every cell comes back.
        if (text.trim() === '')
          return !result.ok && result.problem.code === 'empty';
        expect(result.ok && result.table.rows).toEqual(rows);
        return true;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
